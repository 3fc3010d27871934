package org.zhulian.discovery;

/**
 * Where a warning stands: raised into REVIEW (hints, and warnings of packs that ask for it) or
 * straight to DISPATCHED to the grid worker → VISITED → CLOSED with an outcome; a reviewed one may
 * be DISMISSED.
 */
public enum WarningStatus {
    REVIEW, DISPATCHED, VISITED, CLOSED, DISMISSED
}
