package org.zhulian.explorer;

/** What a node of the explorer's graph is; the order in which an expansion lists its neighbours. */
public enum GraphNodeType {
    HOUSEHOLD, PERSON, NEED, WARNING, LABEL, GRID_WORKER, PROVIDER, SERVICE, REGION
}
