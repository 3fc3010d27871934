package org.zhulian.explorer;

/** An edge between two nodes by their ids, with what it says and its text. */
record GraphEdge(String source, String target, GraphEdgeKind kind, String text) {
}
