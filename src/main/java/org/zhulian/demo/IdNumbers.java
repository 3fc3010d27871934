package org.zhulian.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Resident ID numbers after GB 11643-1999: six digits of the district code, the birth date as
 * {@code yyyyMMdd}, a three-digit sequence whose last digit is odd for men and even for women, and an
 * ISO 7064 MOD 11-2 check character. Generated numbers pass every check a real system makes, so the
 * API's validation is exercised, yet they belong to nobody.
 */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

    private IdNumbers() {
    }

    /**
     * @param districtCode six-digit district code
     * @param sequence     0–999; its last digit is forced to the parity of the gender
     */
    static String of(String districtCode, LocalDate birthDate, boolean male, int sequence) {
        if (districtCode.length() != 6 || sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("district code needs 6 digits, sequence 0-999");
        }
        int seq = sequence - sequence % 2 + (male ? 1 : 0);
        if (seq > 999) {
            seq -= 2;
        }
        String body = districtCode + birthDate.format(BIRTH) + String.format("%03d", seq);
        return body + checkCharacter(body);
    }

    /** The MOD 11-2 check character of the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate.parse(number.substring(6, 14), BIRTH);
        } catch (DateTimeParseException e) {
            return false;
        }
        return checkCharacter(number) == number.charAt(17);
    }

    static boolean isMale(String number) {
        return (number.charAt(16) - '0') % 2 == 1;
    }

    static LocalDate birthDate(String number) {
        return LocalDate.parse(number.substring(6, 14), BIRTH);
    }
}
