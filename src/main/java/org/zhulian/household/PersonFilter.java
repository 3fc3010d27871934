package org.zhulian.household;

import java.util.List;

/** The {@code PersonFilter} input. */
record PersonFilter(String regionCode, List<String> labelsAll, List<String> labelsAny, List<String> labelsNone,
                    Integer ageMin, Integer ageMax, ResultOrder orderBy) {

    static final PersonFilter NONE = new PersonFilter(null, null, null, null, null, null, null);
}
