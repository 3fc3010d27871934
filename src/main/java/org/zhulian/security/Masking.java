package org.zhulian.security;

/**
 * Masks the identifiers of a person so that what a caller without {@code pii:unmask} can combine
 * (masked ID number, masked phone, age, gender, region, household) never narrows a person down to
 * fewer than 10,000 possible ID numbers or phone numbers:
 * <ul>
 * <li>an ID number keeps only its first six digits, the region of registration, which the region
 * of the household mostly tells anyway ({@code 330203************}). Its birth date is hidden, and
 * so is the birth date itself: with the age alone that leaves some 365 dates times 500 sequence
 * numbers, about 180,000 valid ID numbers. (The usual mask that keeps the last four digits leaves
 * some 33 once the age is known: the check digit gives the rest away.)</li>
 * <li>a phone keeps only its last four digits, "尾号" as callers are asked for them
 * ({@code *******5678}): some 700,000 mobiles. (The usual {@code 138****5678} hides the four digits
 * that name the city's number block, which the household's region gives away.)</li>
 * </ul>
 * A test counts the candidates.
 */
public final class Masking {

    private Masking() {
    }

    public static String idNumber(String idNumber) {
        return keep(idNumber, 6, 0);
    }

    public static String phone(String phone) {
        return keep(phone, 0, 4);
    }

    private static String keep(String value, int keepStart, int keepEnd) {
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
