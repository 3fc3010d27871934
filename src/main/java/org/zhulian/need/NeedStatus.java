package org.zhulian.need;

/** Where a need stands in its lifecycle. */
public enum NeedStatus {
    OPEN, IN_PROGRESS, MET, CLOSED
}
