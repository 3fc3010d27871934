package org.zhulian.explorer;

/**
 * A node: its type and key (an id, a label's or region's code), and for the types that have no
 * record of their own in the API (labels, services, grid workers) its name. A record's fields are
 * read through its own type, in batches, within the caller's jurisdiction.
 */
record GraphNode(GraphNodeType type, String key, String title) {

    static GraphNode of(GraphNodeType type, String key) {
        return new GraphNode(type, key, null);
    }

    public String id() {
        return type + ":" + key;
    }

    /** The key if the node is of this type, else null. */
    String keyIf(GraphNodeType wanted) {
        return type == wanted ? key : null;
    }
}
