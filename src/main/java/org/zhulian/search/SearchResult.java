package org.zhulian.search;

import java.util.List;

/** The best hits, and how many of each type matched. */
record SearchResult(List<SearchHit> hits, List<Count> counts) {

    /** {@code more}: more than {@code count} match; the search stopped counting there. */
    record Count(SearchType type, int count, boolean more) {
    }
}
