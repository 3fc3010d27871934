package org.zhulian.household;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.zhulian.system.graphql.InvalidInputException;

/**
 * Where a page of households or persons ends, in their order (requested labels matched, most
 * first, then grid code, then id): the keyset cursor. The next page starts right after it, so it
 * costs what the first costs whatever its depth, and a record added or removed before it shifts
 * nothing. Opaque to clients; inside, base64 of {@code k:matches:gridCode:id}.
 */
record PagePosition(int matches, String gridCode, String id) {

    /** Before every row: more matches than any row has. */
    static final PagePosition START = new PagePosition(Integer.MAX_VALUE, "", "");

    private static final String PREFIX = "k:";
    /** Above every character of a grid code: the top of a prefix's range. */
    private static final String TOP = "\uffff";

    /** The position an {@code after} argument names; null means the start. */
    static PagePosition after(String cursor) {
        if (cursor == null) {
            return START;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split(":", 4);
            if (parts.length == 4 && text.startsWith(PREFIX) && parts[2].chars().allMatch(Character::isDigit) && !parts[3].isEmpty()) {
                return new PagePosition(Integer.parseInt(parts[1]), parts[2], parts[3]);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInputException("after", "Malformed cursor: pass an endCursor returned by an earlier page");
    }

    String cursor() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + matches + ':' + gridCode + ':' + id).getBytes(StandardCharsets.UTF_8));
    }

    boolean isStart() {
        return equals(START);
    }

    /**
     * {@code $afterMatches}, {@code $afterGrid}, {@code $afterId}; {@code $afterNext}, the least text
     * above the grid code (the lower bound of the grids after it), {@code $top}; and {@code $limit},
     * one row more than the page shows, so that the connection can tell whether a next page exists.
     */
    Map<String, Object> parameters(int limit) {
        return Map.of("afterMatches", matches, "afterGrid", gridCode, "afterId", id, "afterNext", gridCode + '\u0000', "top", TOP,
                "limit", limit + 1);
    }
}
