package org.zhulian.wish;

import java.util.List;
import java.util.regex.Pattern;

import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Texts;

/**
 * The check on text written for donors (a wish's item and story, the family's thanks): besides the
 * checks of all free text, it must not name a member of the family, give its address beyond the
 * community, or hold anything shaped like an ID or phone number, whoever's it is. Spaces are
 * ignored, so {@code 138 1234 5678} is a phone number too. The refusal says what was found, never
 * the text.
 */
final class PublicText {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})(?!\\d)");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Shorter remains of an address (8号) name nothing: they would only refuse ordinary words. */
    private static final int MIN_ADDRESS = 4;

    /**
     * What would identify the family.
     *
     * @param names        its members' names
     * @param addressBelow its address without the names of its regions (the street and house part)
     */
    record Family(List<String> names, String addressBelow) {

        /** The family, its address stripped of the names of the regions it lies in. */
        static Family of(List<String> names, String address, List<String> regionNames) {
            String below = address == null ? "" : address;
            for (String region : regionNames) {
                below = below.replace(region, "");
            }
            return new Family(names, compact(below));
        }
    }

    private PublicText() {
    }

    /** The text, checked as any free text and for what would identify the family. */
    static String checked(String value, String field, int max, Family family) {
        String text = Texts.required(value, field, max);
        String compact = compact(text);
        if (ID_NUMBER.matcher(compact).find() || PHONE.matcher(compact).find()) {
            throw new InvalidInputException(field, leaf(field) + " is shown to donors: it must not hold an ID or phone number");
        }
        if (family.names().stream().anyMatch(name -> name != null && name.length() >= 2 && compact.contains(compact(name)))) {
            throw new InvalidInputException(field, leaf(field) + " is shown to donors: it must not name a member of the family");
        }
        if (family.addressBelow().length() >= MIN_ADDRESS && compact.contains(family.addressBelow())) {
            throw new InvalidInputException(field, leaf(field) + " is shown to donors: it must not give the family's address");
        }
        return text;
    }

    private static String compact(String text) {
        return SPACE.matcher(text).replaceAll("");
    }

    private static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
