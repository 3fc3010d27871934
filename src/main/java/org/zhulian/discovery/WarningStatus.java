package org.zhulian.discovery;

/**
 * Where a warning stands: NEW → REVIEW (hints, and warnings of packs that ask for it) → DISPATCHED
 * to the grid worker → VISITED → CLOSED with an outcome; a reviewed hint may be DISMISSED.
 */
public enum WarningStatus {
    NEW, REVIEW, DISPATCHED, VISITED, CLOSED, DISMISSED
}
