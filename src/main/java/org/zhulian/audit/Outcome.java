package org.zhulian.audit;

/** How an audited access ended. */
public enum Outcome {
    /** Done: the data was read or the change written. */
    SUCCEEDED,
    /** Refused for the caller's role or jurisdiction. */
    DENIED,
    /** Refused for invalid input; nothing was written. */
    REJECTED,
    /** Failed on the way (a conflict with a concurrent change, an outage); nothing was written. */
    FAILED
}
