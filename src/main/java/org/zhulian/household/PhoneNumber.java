package org.zhulian.household;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhulian.system.graphql.InvalidInputException;

/**
 * Brings a phone number a caller typed into the one form the graph stores: a mainland mobile as 11
 * digits ({@code 13812345678}), a landline as area code, hyphen and local number
 * ({@code 0574-87654321}). One form per number lets records be compared and masked alike.
 */
final class PhoneNumber {

    private static final String MESSAGE = "phone must be a mainland mobile (11 digits starting 1) or a landline with area code";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern MOBILE = Pattern.compile("(?:\\+86|86)?(1[3-9][0-9]{9})");
    /** 010 and 02x are the only three-digit area codes, so the split needs no hyphen to be certain. */
    private static final Pattern LANDLINE = Pattern.compile("(0[12][0-9]|0[3-9][0-9]{2})([0-9]{7,8})");

    private PhoneNumber() {
    }

    /**
     * The canonical form of {@code text}, which may carry spaces and hyphens, and for a mobile a
     * {@code +86} or {@code 86} prefix.
     *
     * @param field the argument's name, reported with the error
     */
    static String normalise(String text, String field) {
        String digits = text == null ? "" : SEPARATORS.matcher(text).replaceAll("");
        Matcher mobile = MOBILE.matcher(digits);
        if (mobile.matches()) {
            return mobile.group(1);
        }
        Matcher landline = LANDLINE.matcher(digits);
        if (landline.matches()) {
            return landline.group(1) + "-" + landline.group(2);
        }
        throw new InvalidInputException(field, MESSAGE);
    }
}
