package org.zhulian.need;

import java.util.List;

/** The {@code NeedFilter} input. */
record NeedFilter(String regionCode, List<String> categories, List<NeedStatus> status) {

    static final NeedFilter NONE = new NeedFilter(null, null, null);
}
