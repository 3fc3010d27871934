package org.zhulian.search;

import java.util.Comparator;

/**
 * A record that matched: its type, how, and its key (id, or a region's code), by which its fields
 * are read in batches; whether it lies in the caller's jurisdiction and the length of what matched
 * rank equal matches.
 */
record SearchHit(SearchType type, SearchMatch match, String key, boolean near, int length) {

    /**
     * Exact before initials before prefix before anywhere, then persons before households…, then
     * what lies in the caller's jurisdiction, then the shortest, then by key.
     */
    static final Comparator<SearchHit> BEST_FIRST = Comparator.comparing(SearchHit::match).thenComparing(SearchHit::type)
            .thenComparing(SearchHit::near, Comparator.reverseOrder()).thenComparingInt(SearchHit::length).thenComparing(SearchHit::key);

    /** The key if the hit is of this type, else null. */
    String keyIf(SearchType wanted) {
        return type == wanted ? key : null;
    }
}
