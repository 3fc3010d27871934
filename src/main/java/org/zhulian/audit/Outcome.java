package org.zhulian.audit;

/** How an audited access ended. */
public enum Outcome {
    /** Done: the data was read or the change written. */
    SUCCEEDED,
    /** Refused for the caller's role or jurisdiction. */
    DENIED,
    /** Refused for invalid input; nothing was written. */
    REJECTED
}
