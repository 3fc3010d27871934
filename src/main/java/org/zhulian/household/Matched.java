package org.zhulian.household;

import java.util.List;

import org.zhulian.label.Label;

/** A household or person found by a filter, with the requested labels it carries and its place in the list. */
record Matched<T>(T node, List<Label> matchedLabels, PagePosition position) {

    String cursor() {
        return position.cursor();
    }

    /** The edge of a connection: a match and its cursor. */
    record Edge<T>(String cursor, T node, List<Label> matchedLabels) {

        static <T> Edge<T> of(String cursor, Matched<T> match) {
            return new Edge<>(cursor, match.node(), match.matchedLabels());
        }
    }
}
