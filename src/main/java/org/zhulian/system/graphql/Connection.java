package org.zhulian.system.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * A Relay connection page. {@code totalCount} is not held here: each feature resolves it with its
 * own count query, only when a client selects it.
 *
 * @param <E> the edge type
 * @param <F> what the count query needs to know (the filter)
 */
public record Connection<E, F>(List<E> edges, PageInfo pageInfo, F filter) {

    /** Relay page information. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /**
     * Builds the page from rows fetched with {@code limit + 1}, so the extra row tells whether
     * a next page exists without counting.
     */
    public static <R, E, F> Connection<E, F> of(List<R> rows, Page page, F filter, EdgeFactory<R, E> edge) {
        List<E> edges = new ArrayList<>();
        int shown = Math.min(rows.size(), page.limit());
        for (int i = 0; i < shown; i++) {
            edges.add(edge.create(Page.cursor(page.offset() + i), rows.get(i)));
        }
        String start = shown == 0 ? null : Page.cursor(page.offset());
        String end = shown == 0 ? null : Page.cursor(page.offset() + shown - 1);
        return new Connection<>(edges, new PageInfo(rows.size() > page.limit(), page.offset() > 0, start, end), filter);
    }

    /** Makes an edge from a row and its cursor. */
    @FunctionalInterface
    public interface EdgeFactory<R, E> {
        E create(String cursor, R row);
    }

    /** An edge with just a node. */
    public record Edge<T>(String cursor, T node) {

        public static <T> EdgeFactory<T, Edge<T>> factory() {
            return Edge::new;
        }
    }

}
