package org.zhulian.explorer;

import java.util.List;

/** A node, the neighbours shown, the edges to them, and per type how many are shown of how many. */
record Neighbourhood(GraphNode focus, List<GraphNode> nodes, List<GraphEdge> edges, List<Count> counts) {

    record Count(GraphNodeType type, int shown, int total) {
    }
}
