package org.zhulian.wish;

/** Where a donor's claim on a wish stands; only an ACTIVE claim holds the wish. */
public enum ClaimStatus {
    /** Holds the wish until it is fulfilled, released or lapses. */
    ACTIVE,
    /** Given back by the donor. */
    RELEASED,
    /** Not fulfilled within the hold period: the wish went back to the board. */
    LAPSED,
    /** Delivered and confirmed: the wish came true. */
    FULFILLED,
    /** The wish was withdrawn while claimed. */
    CANCELLED
}
