package org.zhulian.security;

/**
 * Masks the identifiers of a person for display, keeping just enough to tell records apart on the
 * phone with a caseworker: the region part and last four of an ID number ({@code 330203********1234}),
 * the carrier prefix and last four of a mobile ({@code 138****5678}).
 */
public final class Masking {

    private Masking() {
    }

    public static String idNumber(String idNumber) {
        return mask(idNumber, 6, 4);
    }

    public static String phone(String phone) {
        return mask(phone, 3, 4);
    }

    private static String mask(String value, int keepStart, int keepEnd) {
        if (value == null) {
            return null;
        }
        if (value.length() <= keepStart + keepEnd) {
            return "*".repeat(value.length());
        }
        return value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }
}
