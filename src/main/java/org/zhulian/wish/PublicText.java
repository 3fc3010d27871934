package org.zhulian.wish;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhulian.system.graphql.InvalidInputException;

/**
 * The check on text written for donors (a wish's item and story, the family's thanks), after the
 * checks of all free text: it must not name a member of the family, give its street and house
 * number, or hold anything shaped like an ID or phone number, whoever's it is. The text is compared
 * in its compatibility form (full-width digits are digits) without spaces of any kind, invisible
 * characters or the dashes and dots numbers are grouped with, so {@code 138 1234 5678},
 * {@code 138-1234-5678} and {@code １３８１２３４５６７８} are all a phone number. The refusal says
 * what was found, never the text.
 */
final class PublicText {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:1[3-9]\\d{9}|0\\d{2,3}\\d{7,8})(?!\\d)");
    /** What compact text leaves out: every kind of space, invisible formatting, and the marks numbers are grouped with. */
    private static final Pattern NOISE = Pattern.compile("[\\p{Z}\\s\\p{Cf}\\-‐‑‒–—―.·•()（）]+");
    /**
     * A street with its number (the last two characters of the street's name are enough, so that
     * 解放北路12号 is found as 放北路12 whatever precedes it), or a building, entrance or flat
     * number: what finds a door.
     */
    private static final Pattern DOOR = Pattern.compile("\\p{IsHan}{2}(?:路|街|巷|弄|里)\\d+|\\d+(?:幢|栋|单元|室)");

    /**
     * What would identify the family.
     *
     * @param names its members' names, compact
     * @param doors the streets with numbers and the building and flat numbers of its address, compact
     */
    record Family(List<String> names, List<String> doors) {

        /** The family, its address stripped of the names of the regions it lies in. */
        static Family of(List<String> names, String address, List<String> regionNames) {
            String below = address == null ? "" : address;
            for (String region : regionNames) {
                below = below.replace(region, "");
            }
            List<String> doors = new ArrayList<>();
            Matcher door = DOOR.matcher(compact(below));
            while (door.find()) {
                doors.add(door.group());
            }
            return new Family(names.stream().filter(name -> name != null).map(PublicText::compact).filter(name -> name.length() >= 2).toList(),
                    doors);
        }
    }

    private PublicText() {
    }

    /** Refuses a text, already checked as free text, that would identify the family. */
    static String require(String text, String field, Family family) {
        String compact = compact(text);
        if (ID_NUMBER.matcher(compact).find() || PHONE.matcher(compact).find()) {
            throw new InvalidInputException(field, leaf(field) + " is shown to donors: it must not hold an ID or phone number");
        }
        if (family.names().stream().anyMatch(compact::contains)) {
            throw new InvalidInputException(field, leaf(field) + " is shown to donors: it must not name a member of the family");
        }
        if (family.doors().stream().anyMatch(compact::contains)) {
            throw new InvalidInputException(field, leaf(field) + " is shown to donors: it must not give the family's address");
        }
        return text;
    }

    private static String compact(String text) {
        return NOISE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    private static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
