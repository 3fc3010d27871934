package org.zhulian.system.graphql;

/**
 * The one check on free text typed by a caller (names, addresses, reasons): stripped, of bounded
 * length, with at least one visible character, and without control or bidirectional-override
 * characters, which can make a name look like another one or hide what a record says. Failures
 * name the field and never quote the value.
 */
public final class Texts {

    private Texts() {
    }

    /** The text stripped, required to hold 1 to {@code max} characters, at least one of them visible. */
    public static String required(String value, String field, int max) {
        String stripped = value == null ? "" : value.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length == 0 || length > max) {
            throw new InvalidInputException(field, leaf(field) + " must be 1 to " + max + " characters");
        }
        boolean visible = false;
        for (int i = 0; i < stripped.length(); ) {
            int c = stripped.codePointAt(i);
            i += Character.charCount(c);
            if (isBidiControl(c) || Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') {
                throw new InvalidInputException(field, leaf(field) + " must not hold control or text-direction characters");
            }
            visible |= !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT;
        }
        if (!visible) {
            throw new InvalidInputException(field, leaf(field) + " must hold at least one visible character");
        }
        return stripped;
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    private static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
