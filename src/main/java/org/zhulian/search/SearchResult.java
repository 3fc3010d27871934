package org.zhulian.search;

import java.util.List;

/** The best hits, and how many of each type matched. */
record SearchResult(List<SearchHit> hits, List<Count> counts) {

    record Count(SearchType type, int count) {
    }
}
