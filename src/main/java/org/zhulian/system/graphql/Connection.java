package org.zhulian.system.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * A Relay connection page.
 *
 * @param filter what a count query needs to know, for features that count only when asked
 * @param total  the total when the page query already knew it; null otherwise
 * @param <E>    the edge type
 * @param <F>    the filter type
 */
public record Connection<E, F>(List<E> edges, PageInfo pageInfo, F filter, Long total) {

    /** Relay page information. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /**
     * Builds the page from rows fetched with {@link Page#parameters()}: the one row beyond the
     * page tells whether a next page exists without counting.
     */
    public static <R, E, F> Connection<E, F> of(List<R> rows, Page page, F filter, EdgeFactory<R, E> edge) {
        return of(rows, page, filter, null, edge);
    }

    /** As {@link #of(List, Page, Object, EdgeFactory)}, with a total the query already computed. */
    public static <R, E, F> Connection<E, F> of(List<R> rows, Page page, F filter, Long total, EdgeFactory<R, E> edge) {
        List<E> edges = new ArrayList<>();
        int shown = Math.min(rows.size(), page.limit());
        for (int i = 0; i < shown; i++) {
            edges.add(edge.create(Page.cursor(page.offset() + i), rows.get(i)));
        }
        String start = shown == 0 ? null : Page.cursor(page.offset());
        String end = shown == 0 ? null : Page.cursor(page.offset() + shown - 1);
        return new Connection<>(edges, new PageInfo(rows.size() > page.limit(), page.offset() > 0, start, end), filter, total);
    }

    /** Makes an edge from a row and its cursor. */
    @FunctionalInterface
    public interface EdgeFactory<R, E> {
        E create(String cursor, R row);
    }

    /** An edge with just a node. */
    public record Edge<T>(String cursor, T node) {
    }

}
