package org.zhulian.region;

import org.zhulian.system.graphql.InvalidInputException;

/**
 * A region's division code and what follows from its shape alone. Official codes pad to 12 digits
 * (石碶街道 = 330203009000); grids add 3 digits to their community's code. Because the levels nest by
 * prefix, the prefix of a code ({@code 330203009}) selects everything below that region with one
 * {@code STARTS WITH} index seek.
 */
public record RegionCode(String code, RegionLevel level) {

    private static final int OFFICIAL_LENGTH = 12;

    /**
     * Parses what a caller typed: a 12- or 15-digit code, or a shorter official form such as
     * {@code 330203} (district) or {@code 330203009} (street), which is padded.
     */
    public static RegionCode parse(String argument, String field) {
        String text = argument == null ? "" : argument.strip();
        if (!text.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}|\\d{15}")) {
            throw new InvalidInputException(field, "Not a region code: expected 12 digits (15 for a grid)");
        }
        String code = text.length() < OFFICIAL_LENGTH ? text + "0".repeat(OFFICIAL_LENGTH - text.length()) : text;
        return new RegionCode(code, levelOf(code));
    }

    /** The prefix shared by the codes of this region and everything below it. */
    public String prefix() {
        return code.substring(0, level.prefixLength());
    }

    /** The level a well-formed code belongs to, read from where its zero padding starts. */
    static RegionLevel levelOf(String code) {
        if (code.length() == RegionLevel.GRID.prefixLength()) {
            return RegionLevel.GRID;
        }
        for (RegionLevel level : RegionLevel.values()) {
            if (code.substring(level.prefixLength()).chars().allMatch(c -> c == '0')) {
                return level;
            }
        }
        return RegionLevel.COMMUNITY;
    }
}
