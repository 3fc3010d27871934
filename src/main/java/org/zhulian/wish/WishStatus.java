package org.zhulian.wish;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a wish stands: DRAFT → PUBLISHED → CLAIMED → FULFILLED → CLOSED; CANCELLED and EXPIRED end
 * it early. A claim that is released or lapses puts a CLAIMED wish back to PUBLISHED, or to EXPIRED
 * when its deadline has passed meanwhile; a draft or a published wish past its deadline expires.
 */
public enum WishStatus {
    DRAFT, PUBLISHED, CLAIMED, FULFILLED, CLOSED, CANCELLED, EXPIRED;

    /** The statuses of a wish that is still under way: at most one per need ({@code :LiveWish}, V0009). */
    boolean live() {
        return this == DRAFT || this == PUBLISHED || this == CLAIMED;
    }

    /** Whether anyone, donors included, may see the card: it was published and not withdrawn. */
    boolean shownToDonors() {
        return this != DRAFT && this != CANCELLED;
    }

    /** The statuses donors may see, as a Cypher list. */
    static final String SHOWN_TO_DONORS = cypherList(Arrays.stream(values()).filter(WishStatus::shownToDonors).toList());

    static String cypherList(List<WishStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}
