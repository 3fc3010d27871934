package org.zhulian.explorer;

/** What an edge of the explorer's graph says. */
public enum GraphEdgeKind {
    MEMBER, LABELLED, NEEDS, WARNED, GRID_WORKER, FITS, OFFERS, IN
}
