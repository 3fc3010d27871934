package org.zhulian.system.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Which slice of a ranked list a connection field asks for, from its {@code first} and {@code after}
 * arguments: a list ranked by what the request computes (a donor's matches by distance), which has
 * no stored keys to page by. Cursors are opaque to clients; inside they are offsets, so a record
 * added or removed between two pages shifts later pages by one. Lists of stored records page by
 * their keys instead ({@link Keyset}, {@code household.PagePosition}).
 */
public record Page(int offset, int limit) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private static final String PREFIX = "o:";
    /** Far beyond any real list, and far enough from int overflow for offset + limit. */
    private static final int MAX_OFFSET = 100_000_000;

    /** Validates {@code first} and {@code after}; null {@code first} means the default size. */
    public static Page of(Integer first, String after) {
        return new Page(after == null ? 0 : decode(after) + 1, size(first));
    }

    /** Validates {@code first}, for offset and keyset pages alike; null means the default size. */
    public static int size(Integer first) {
        int limit = first == null ? DEFAULT_SIZE : first;
        if (limit < 0 || limit > MAX_SIZE) {
            throw new InvalidInputException("first", "first must be between 0 and " + MAX_SIZE + ", was " + limit);
        }
        return limit;
    }

    /**
     * {@code $skip} and {@code $limit} for a page statement. The limit asks for one row more than
     * the page shows, so {@link Connection#of} can tell whether a next page exists without counting.
     */
    public Map<String, Object> parameters() {
        return Map.of("skip", offset, "limit", limit + 1);
    }

    public static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long offset = Long.parseLong(text.substring(PREFIX.length()));
                if (offset >= 0 && offset < MAX_OFFSET) {
                    return (int) offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInputException("after", "Malformed cursor: pass an endCursor returned by an earlier page");
    }
}
