package org.zhulian.search;

import java.util.Comparator;

/**
 * A record that matched: its type, how, and its key (id, or a region's code), by which its fields
 * are read in batches; the length of what matched ranks equal matches, the shortest first.
 */
record SearchHit(SearchType type, SearchMatch match, String key, int length) {

    /** Exact before prefix before anywhere, then persons before households… , then the shortest, then by key. */
    static final Comparator<SearchHit> BEST_FIRST = Comparator.comparing(SearchHit::match).thenComparing(SearchHit::type)
            .thenComparingInt(SearchHit::length).thenComparing(SearchHit::key);

    /** The key if the hit is of this type, else null. */
    String keyIf(SearchType wanted) {
        return type == wanted ? key : null;
    }
}
