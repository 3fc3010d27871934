package org.zhulian.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.zhulian.system.graphql.InvalidInputException;

class IdentityNumberTest {

    private static final String FIELD = "input.idNumber";
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final String KNOWN_FEMALE = "11010519491231002X";
    private static final String CHECK_CHARACTERS = "0123456789X";

    @Test
    void aKnownNumberWithCheckCharacterXIsValid() {
        IdentityNumber number = parse(KNOWN_FEMALE);

        assertThat(number.value()).isEqualTo(KNOWN_FEMALE);
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.male()).isFalse();
        assertThat(number.gender()).isEqualTo("FEMALE");
    }

    @Test
    void anOddSeventeenthDigitMarksAMan() {
        IdentityNumber number = parse(withCheck("33020319810516213"));

        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1981, 5, 16));
        assertThat(number.male()).isTrue();
        assertThat(number.gender()).isEqualTo("MALE");
    }

    @Test
    void theIndependentHelperAgreesWithTheKnownNumbers() {
        assertThat(withCheck("11010519491231002")).isEqualTo(KNOWN_FEMALE);
        assertThat(withCheck("44052418800101001")).isEqualTo("440524188001010014");
    }

    @Test
    void numbersEndingInEachOfTheElevenCheckCharactersAreValid() {
        Set<Character> seen = new TreeSet<>();
        for (int sequence = 0; sequence < 1000 && seen.size() < CHECK_CHARACTERS.length(); sequence++) {
            String number = withCheck("33020319810516" + String.format("%03d", sequence));
            if (seen.add(number.charAt(17))) {
                assertThat(parse(number).value()).isEqualTo(number);
            }
        }
        assertThat(seen).hasSize(CHECK_CHARACTERS.length());
    }

    @Test
    void aLowercaseXAndSurroundingBlanksAreNormalised() {
        IdentityNumber number = parse(" 11010519491231002x\t");

        assertThat(number.value()).isEqualTo(KNOWN_FEMALE);
        assertThat(number).isEqualTo(parse(KNOWN_FEMALE));
    }

    @Test
    void everyOtherCheckCharacterIsRejected() {
        String body = "33020319810516213";
        char right = withCheck(body).charAt(17);
        for (char c : CHECK_CHARACTERS.toCharArray()) {
            if (c != right) {
                assertThat(rejection(body + c)).hasMessage("idNumber has a wrong check character");
            }
        }
    }

    @Test
    void aSingleMistypedDigitIsCaught() {
        String valid = withCheck("33020319810516213");
        for (int i = 0; i < 17; i++) {
            char wrong = (char) ('0' + (valid.charAt(i) - '0' + 1) % 10);
            String typo = valid.substring(0, i) + wrong + valid.substring(i + 1);
            assertThat(rejection(typo)).as("digit %d changed", i + 1).isNotNull();
        }
    }

    @Test
    void numbersOfTheWrongLengthAreRejected() {
        for (String text : new String[] {null, "", "   ", "11010519491231002", "11010519491231002X1",
                "110105491231002"}) {
            assertThat(rejection(text)).hasMessage("idNumber must have 18 characters");
        }
    }

    @Test
    void lettersOtherThanATrailingXAreRejected() {
        for (String text : new String[] {"11010519491231002A", "1101051949123100X2", "A1010519491231002X",
                "11010519491231002Y", "110105 19491231002"}) {
            assertThat(rejection(text)).hasMessage("idNumber must be 17 digits followed by a digit or X");
        }
    }

    @Test
    void aDivisionCodeCannotStartWithZero() {
        assertThat(rejection(withCheck("01010519491231002")))
                .hasMessage("idNumber does not start with a valid division code");
    }

    @Test
    void impossibleDatesAreRejected() {
        for (String date : new String[] {"20230230", "19490229", "19491301", "19490000", "19490431"}) {
            assertThat(rejection(withCheck("330203" + date + "213")))
                    .as(date).hasMessage("idNumber holds no valid birth date");
        }
        assertThat(parse(withCheck("33020320000229213")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void aBirthDateAfterTodayIsRejectedButTodayIsNot() {
        assertThat(rejection(withCheck("33020320240602213"))).hasMessage("idNumber holds a birth date in the future");
        assertThat(parse(withCheck("33020320240601213")).birthDate()).isEqualTo(TODAY);
    }

    @Test
    void birthDatesBefore1900AreRejected() {
        assertThat(rejection("440524188001010014")).hasMessage("idNumber holds a birth date before the year 1900");
        assertThat(rejection(withCheck("33020318991231213"))).hasMessage("idNumber holds a birth date before the year 1900");
        assertThat(parse(withCheck("33020319000101213")).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void theErrorNamesTheFieldItWasGiven() {
        assertThat(rejection("123").field()).isEqualTo(FIELD);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> IdentityNumber.parse("123", "idCard", TODAY));
        assertThat(e.field()).isEqualTo("idCard");
        assertThat(e).hasMessage("idCard must have 18 characters");
    }

    @Test
    void aStatedBirthDateOrGenderThatAgreesPasses() {
        IdentityNumber number = parse(KNOWN_FEMALE);

        assertThatCode(() -> number.requireAgrees(LocalDate.of(1949, 12, 31), "FEMALE", "input.birthDate", "input.gender"))
                .doesNotThrowAnyException();
        assertThatCode(() -> number.requireAgrees(null, null, "input.birthDate", "input.gender"))
                .doesNotThrowAnyException();
    }

    @Test
    void aDisagreeingBirthDateNamesTheBirthDateField() {
        IdentityNumber number = parse(KNOWN_FEMALE);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> number.requireAgrees(LocalDate.of(1949, 12, 30), "FEMALE", "input.birthDate", "input.gender"));

        assertThat(e.field()).isEqualTo("input.birthDate");
        assertThat(e).hasMessage("birthDate does not match the ID number");
    }

    @Test
    void aDisagreeingGenderNamesTheGenderField() {
        IdentityNumber man = parse(withCheck("33020319810516213"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> man.requireAgrees(null, "FEMALE", "input.birthDate", "input.gender"));

        assertThat(e.field()).isEqualTo("input.gender");
        assertThat(e).hasMessage("gender does not match the ID number");
    }

    @Test
    void messagesAndToStringNeverShowTheNumber() {
        List<String> inputs = List.of("11010519491231002", "11010519491231002A", withCheck("01010519491231002"),
                withCheck("33020320230230213"), withCheck("33020320250101213"), withCheck("33020318991231213"),
                wrongCheck("33020319810516213"));
        List<String> messages = new ArrayList<>();
        for (String input : inputs) {
            String message = rejection(input).getMessage();
            messages.add(message);
            for (int i = 0; i + 4 <= input.length(); i++) {
                assertThat(message).as(input).doesNotContain(input.substring(i, i + 4));
            }
        }
        assertThat(messages).doesNotHaveDuplicates();

        String number = withCheck("33020319810516213");
        assertThat(parse(number).toString()).doesNotContain(number.substring(0, 6), number.substring(14))
                .doesNotContainPattern("[0-9]");
    }

    private static IdentityNumber parse(String text) {
        return IdentityNumber.parse(text, FIELD, TODAY);
    }

    private static InvalidInputException rejection(String text) {
        return catchThrowableOfType(InvalidInputException.class, () -> parse(text));
    }

    private static String wrongCheck(String body) {
        char right = withCheck(body).charAt(17);
        return body + CHECK_CHARACTERS.charAt((CHECK_CHARACTERS.indexOf(right) + 1) % CHECK_CHARACTERS.length());
    }

    /**
     * The body plus its check character, worked out from the definition of MOD 11-2 rather than the
     * weight table: digit i (from the left) weighs 2^(17-i) mod 11, and the check value makes the
     * weighted sum 1 mod 11.
     */
    private static String withCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ((1 << (17 - i)) % 11);
        }
        int check = (12 - sum % 11) % 11;
        return body + (check == 10 ? "X" : String.valueOf(check));
    }
}
