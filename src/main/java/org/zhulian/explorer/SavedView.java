package org.zhulian.explorer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** A saved view as stored: its owner's, by node ids (TYPE:key), positions, edges and type filters. */
record SavedView(String id, String owner, String name, OffsetDateTime updatedAt, List<SavedNode> nodes, List<GraphEdge> edges,
                 List<GraphNodeType> types) {

    /** A node of the view and where it was drawn. */
    record SavedNode(GraphNode node, double x, double y) {
    }

    /** The view with only these nodes, and the edges between them. */
    SavedView keeping(Set<String> visibleIds) {
        return new SavedView(id, owner, name, updatedAt,
                nodes.stream().filter(n -> visibleIds.contains(n.node().id())).toList(),
                edges.stream().filter(e -> visibleIds.contains(e.source()) && visibleIds.contains(e.target())).toList(), types);
    }
}
