package org.zhulian.system.graphql;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.system.Parameters;

/**
 * The order of a list of stored records, by keys that no two rows share (the last is an id), and
 * the keyset cursors that page through it. A page starts right after the last row of the one
 * before, by its keys, not after a count of rows: page 500 sorts no more than page 1, and a record
 * added or removed before the cursor shifts nothing (a new record at the top of a newest-first
 * list is seen on the next first page, never twice).
 *
 * <p>{@link Slice#statement} makes a page's statement from what finds the list's rows; keys are never
 * null. Cursors are opaque to clients; inside, the list's signature and the last row's keys,
 * each with its type, so that a cursor of another list is refused rather than misread.
 */
public final class Keyset {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String SEPARATOR = "|";

    private final List<String> expressions;
    private final List<Boolean> descending;
    private final String signature;
    /** {@code WITH *, e0 AS keyset0, e1 AS keyset1…}: each row's keys, computed once for its filter, its sort and its cursor. */
    private final String keys;
    /** Rows after {@code $after}, by the keys' variables. */
    private final String predicate;
    /** {@code ORDER BY} the keys' variables. */
    private final String sort;
    /** The keys' variables as one list, returned as {@code key} to make the row's cursor. */
    private final String key;

    private Keyset(List<String> expressions, List<Boolean> descending) {
        this.expressions = expressions;
        this.descending = descending;
        this.signature = Integer.toHexString(String.join(",", expressions).hashCode() * 31 + descending.hashCode());
        this.keys = "WITH *, " + each(i -> expressions.get(i) + " AS " + variable(i));
        this.predicate = after(0);
        this.sort = "ORDER BY " + each(i -> variable(i) + direction(i));
        this.key = "[" + each(Keyset::variable) + "]";
    }

    /** The order by its keys, most significant first, each as in an ORDER BY: {@code "w.createdAt DESC", "w.id"}. */
    public static Keyset of(String... order) {
        List<String> expressions = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        for (String key : order) {
            boolean desc = key.endsWith(" DESC");
            expressions.add(desc ? key.substring(0, key.length() - 5).strip() : key.strip());
            descending.add(desc);
        }
        return new Keyset(List.copyOf(expressions), List.copyOf(descending));
    }

    /** {@code ORDER BY} the keys: for a statement that lists the same rows without paging. */
    public String orderBy() {
        return "ORDER BY " + each(i -> expressions.get(i) + direction(i));
    }

    @Override
    public String toString() {
        return orderBy();
    }

    private static String variable(int i) {
        return "keyset" + i;
    }

    private String direction(int i) {
        return descending.get(i) ? " DESC" : "";
    }

    /** Something of every key, in order, joined by commas. */
    private String each(IntFunction<String> ofKey) {
        return IntStream.range(0, expressions.size()).mapToObj(ofKey).collect(Collectors.joining(", "));
    }

    /** The page that {@code first} and {@code after} ask for; a malformed cursor or one of another list is refused. */
    public Slice slice(Integer first, String after) {
        return new Slice(this, after == null ? null : decode(after), Page.size(first));
    }

    private String cursor(Value key) {
        StringBuilder text = new StringBuilder(signature);
        for (Value value : key.values()) {
            text.append(SEPARATOR).append(token(value));
        }
        return ENCODER.encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Rows after {@code $after}: beyond it on the first key, or level with it there and beyond on
     * the next. The first key's bound also stands alone: most rows fail it on one comparison.
     */
    private String after(int i) {
        String expression = variable(i);
        String beyond = expression + (descending.get(i) ? " < " : " > ") + "$after[" + i + "]";
        if (i == expressions.size() - 1) {
            return beyond;
        }
        String rest = "(" + beyond + " OR " + expression + " = $after[" + i + "] AND " + after(i + 1) + ")";
        return i == 0 ? expression + (descending.get(i) ? " <= " : " >= ") + "$after[0] AND " + rest : rest;
    }

    private static String token(Value value) {
        Object object = value.asObject();
        return switch (object) {
            case String text -> "s" + encode(text);
            case Long number -> "i" + number;
            case LocalDate date -> "d" + date;
            case LocalDateTime time -> "l" + time;
            case ZonedDateTime time -> "t" + encode(time.toString());
            default -> throw new IllegalStateException("A key of type " + value.type().name() + " cannot make a cursor");
        };
    }

    private List<Object> decode(String cursor) {
        try {
            String[] parts = new String(DECODER.decode(cursor), StandardCharsets.UTF_8).split("\\" + SEPARATOR, -1);
            if (parts.length == expressions.size() + 1 && parts[0].equals(signature)) {
                return Arrays.stream(parts, 1, parts.length).map(Keyset::value).toList();
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // reported below
        }
        throw new InvalidInputException("after", "Malformed cursor: pass an endCursor returned by an earlier page of the same list");
    }

    private static Object value(String token) {
        if (token.isEmpty()) {
            throw new IllegalArgumentException("empty key");
        }
        String text = token.substring(1);
        return switch (token.charAt(0)) {
            case 's' -> decodeText(text);
            case 'i' -> Long.parseLong(text);
            case 'd' -> LocalDate.parse(text);
            case 'l' -> LocalDateTime.parse(text);
            case 't' -> ZonedDateTime.parse(decodeText(text));
            default -> throw new IllegalArgumentException("unknown key type");
        };
    }

    private static String encode(String text) {
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeText(String text) {
        return new String(DECODER.decode(text), StandardCharsets.UTF_8);
    }

    /**
     * One page of the list: after which keys, if any, and how many rows.
     *
     * @param after the keys of the row before the page; null for the first page
     */
    public record Slice(Keyset order, List<Object> after, int limit) {

        /**
         * The page's statement: the list's rows as {@code match} finds them, those after the cursor,
         * sorted and cut to one row more than the page shows (so that
         * {@link Connection#of(List, Slice, java.util.function.LongSupplier, Connection.EdgeFactory)}
         * can tell whether a next page exists without counting), and only then {@code RETURN returns}
         * with each row's key: what a row returns is computed for the rows shown, not for every row
         * sorted. {@link #rows} binds {@code $after} (the cursor's keys, null on the first page) and
         * {@code $limit}.
         */
        public String statement(String match, String returns) {
            return match + order.keys + (after == null ? "" : " WHERE " + order.predicate) + "\n"
                    + "WITH * " + order.sort + " LIMIT $limit\n"
                    + "RETURN " + returns + ", " + order.key + " AS key " + order.sort;
        }

        /** Runs the {@link #statement} (its other parameters bound) and makes each record a row with its cursor. */
        @SuppressWarnings("unchecked")
        public <T> List<Row<T>> rows(Neo4jClient.RunnableSpec query, Function<Record, T> node) {
            return query.bindAll(Parameters.of("after", after, "limit", limit + 1))
                    .fetchAs(Row.class).mappedBy((types, record) -> new Row<>(node.apply(record), order.cursor(record.get("key"))))
                    .all().stream().map(row -> (Row<T>) row).toList();
        }
    }

    /** A row of a keyset page with its cursor. */
    public record Row<T>(T node, String cursor) {
    }
}
