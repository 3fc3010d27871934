package org.zhulian.explorer;

import java.util.List;

/** The inputs of {@code saveView} and {@code recordExport}, as the schema declares them. */
final class SavedViewInputs {

    private SavedViewInputs() {
    }

    record SavedNodeInput(GraphNodeType type, String key, double x, double y) {
    }

    record SavedEdgeInput(String source, String target, GraphEdgeKind kind, String text) {
    }

    record SavedViewInput(String id, String name, List<SavedNodeInput> nodes, List<SavedEdgeInput> edges, List<GraphNodeType> types) {
    }

    record ExportedNodeInput(GraphNodeType type, String key) {
    }
}
