package org.zhulian.household;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import org.zhulian.system.graphql.InvalidInputException;

/**
 * A resident ID number that passed the checks of GB 11643-1999: division code, a real birth date, and
 * the ISO 7064 MOD 11-2 check character. It also tells the birth date and gender, so a person's
 * stated ones can be held against it. The number is personal data: neither error messages nor
 * {@link #toString()} show it.
 */
public final class IdentityNumber {

    static final String MALE = "MALE";
    static final String FEMALE = "FEMALE";

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final String value;
    private final LocalDate birthDate;

    private IdentityNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses what a caller typed, ignoring surrounding blanks and accepting a lowercase {@code x}.
     *
     * @param field the argument's name, reported with the error
     * @param today birth dates after it are rejected
     */
    public static IdentityNumber parse(String text, String field, LocalDate today) {
        String name = nameOf(field);
        String number = text == null ? "" : text.strip();
        if (number.length() != LENGTH) {
            throw new InvalidInputException(field, name + " must have 18 characters");
        }
        if (number.charAt(17) == 'x') {
            number = number.substring(0, 17) + 'X';
        }
        if (!number.matches("[0-9]{17}[0-9X]")) {
            throw new InvalidInputException(field, name + " must be 17 digits followed by a digit or X");
        }
        if (number.charAt(0) == '0') {
            throw new InvalidInputException(field, name + " does not start with a valid division code");
        }
        LocalDate birth;
        try {
            birth = LocalDate.parse(number.substring(6, 14), BIRTH);
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, name + " holds no valid birth date");
        }
        if (birth.isAfter(today)) {
            throw new InvalidInputException(field, name + " holds a birth date in the future");
        }
        if (birth.isBefore(EARLIEST_BIRTH)) {
            throw new InvalidInputException(field, name + " holds a birth date before the year 1900");
        }
        if (checkCharacter(number) != number.charAt(17)) {
            throw new InvalidInputException(field, name + " has a wrong check character");
        }
        return new IdentityNumber(number, birth);
    }

    /** The number as stored: 18 characters, check character {@code X} in upper case. */
    public String value() {
        return value;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    /** An odd 17th digit marks a man. */
    boolean male() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** {@value #MALE} or {@value #FEMALE}, as the graph stores gender. */
    String gender() {
        return male() ? MALE : FEMALE;
    }

    /**
     * Rejects a stated birth date or gender the number contradicts; null means not stated. The birth
     * date is checked first.
     */
    void requireAgrees(LocalDate statedBirthDate, String statedGender, String birthDateField, String genderField) {
        if (statedBirthDate != null && !statedBirthDate.equals(birthDate)) {
            throw new InvalidInputException(birthDateField, nameOf(birthDateField) + " does not match the ID number");
        }
        if (statedGender != null && !statedGender.equals(gender())) {
            throw new InvalidInputException(genderField, nameOf(genderField) + " does not match the ID number");
        }
    }

    private static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** {@code input.idNumber} reads as {@code idNumber} in a message. */
    private static String nameOf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "IdentityNumber[masked]";
    }
}
