package org.zhulian.household;

import java.util.List;

/** The {@code HouseholdFilter} input. */
record HouseholdFilter(String regionCode, List<String> labelsAll, List<String> labelsAny, List<String> labelsNone,
                       ResultOrder orderBy) {

    static final HouseholdFilter NONE = new HouseholdFilter(null, null, null, null, null);
}
