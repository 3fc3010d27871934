package org.zhulian.system.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * A Relay connection page: the one template of every paged list. A list's controller validates its
 * filter into typed criteria (with the caller's {@code Scope} in them), fetches one page through
 * {@link Keyset.Slice#rows} (or {@link Page#parameters()} for a ranked list) and hands over how to
 * count; {@code totalCount} is read from {@link #totalCount()} by the GraphQL engine, so the count
 * runs only when a client asks for it.
 *
 * @param counter counts every match of the filter, on every page
 * @param <E>     the edge type
 */
public record Connection<E>(List<E> edges, PageInfo pageInfo, LongSupplier counter) {

    /** Relay page information. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /**
     * Builds the page from rows fetched with {@link Page#parameters()}: the one row beyond the
     * page tells whether a next page exists without counting.
     */
    public static <R, E> Connection<E> of(List<R> rows, Page page, LongSupplier counter, EdgeFactory<R, E> edge) {
        return of(rows, page.limit(), page.offset() > 0, i -> Page.cursor(page.offset() + i), counter, edge);
    }

    /** Builds a keyset page from the rows fetched with {@link Keyset.Slice#rows}, each with its cursor. */
    public static <R, E> Connection<E> of(List<Keyset.Row<R>> rows, Keyset.Slice slice, LongSupplier counter, EdgeFactory<R, E> edge) {
        return of(rows, slice.limit(), slice.after() != null, i -> rows.get(i).cursor(), counter,
                (cursor, row) -> edge.create(cursor, row.node()));
    }

    /**
     * Builds a keyset page from {@code limit + 1} rows read after a cursor ({@code after}: whether
     * there was one), each row naming its own cursor.
     */
    public static <R, E> Connection<E> ofKeys(List<R> rows, int limit, boolean after, Function<R, String> cursor, LongSupplier counter,
                                             EdgeFactory<R, E> edge) {
        return of(rows, limit, after, i -> cursor.apply(rows.get(i)), counter, edge);
    }

    private static <R, E> Connection<E> of(List<R> rows, int limit, boolean after, IntFunction<String> cursorAt, LongSupplier counter,
                                          EdgeFactory<R, E> edge) {
        List<E> edges = new ArrayList<>();
        int shown = Math.min(rows.size(), limit);
        for (int i = 0; i < shown; i++) {
            edges.add(edge.create(cursorAt.apply(i), rows.get(i)));
        }
        String start = shown == 0 ? null : cursorAt.apply(0);
        String end = shown == 0 ? null : cursorAt.apply(shown - 1);
        return new Connection<>(edges, new PageInfo(rows.size() > limit, after, start, end), counter);
    }

    /** {@code totalCount}: all matches, counted when asked. */
    public long totalCount() {
        return counter.getAsLong();
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
