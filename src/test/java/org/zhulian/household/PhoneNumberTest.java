package org.zhulian.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.zhulian.system.graphql.InvalidInputException;

class PhoneNumberTest {

    private static final String FIELD = "input.phone";
    private static final String MESSAGE =
            "phone must be a mainland mobile (11 digits starting 1) or a landline with area code";

    @Test
    void aMobileKeepsItsElevenDigits() {
        assertThat(normalise("13812345678")).isEqualTo("13812345678");
        assertThat(normalise("19912345678")).isEqualTo("19912345678");
    }

    @Test
    void aMobileLosesSpacesHyphensAndTheCountryCode() {
        assertThat(normalise(" 138 1234 5678 ")).isEqualTo("13812345678");
        assertThat(normalise("138-1234-5678")).isEqualTo("13812345678");
        assertThat(normalise("+86 138 1234 5678")).isEqualTo("13812345678");
        assertThat(normalise("+8613812345678")).isEqualTo("13812345678");
        assertThat(normalise("86-138-1234-5678")).isEqualTo("13812345678");
    }

    @Test
    void aLandlineGetsAHyphenAfterItsAreaCode() {
        assertThat(normalise("0574-87654321")).isEqualTo("0574-87654321");
        assertThat(normalise("057487654321")).isEqualTo("0574-87654321");
        assertThat(normalise("0574 8765432")).isEqualTo("0574-8765432");
        assertThat(normalise("0571-8765-4321")).isEqualTo("0571-87654321");
    }

    @Test
    void onlyBeijingAndThe02xCitiesHaveThreeDigitAreaCodes() {
        assertThat(normalise("01012345678")).isEqualTo("010-12345678");
        assertThat(normalise("021 6123 4567")).isEqualTo("021-61234567");
        assertThat(normalise("0101234567")).isEqualTo("010-1234567");
        assertThat(normalise("05741234567")).isEqualTo("0574-1234567");
    }

    @Test
    void numbersOfNeitherKindAreRejected() {
        for (String text : new String[] {null, "", "  ", "12812345678", "10812345678", "1381234567",
                "138123456789", "1381234567a", "23812345678", "+85213812345678", "+86 0574 87654321",
                "87654321", "574-87654321", "0574-876543", "0574-876543210", "010-123456", "(0574) 87654321",
                "138.1234.5678", "+86+8613812345678"}) {
            InvalidInputException e = rejection(text);
            assertThat(e).as(String.valueOf(text)).isNotNull().hasMessage(MESSAGE);
            assertThat(e.field()).isEqualTo(FIELD);
        }
    }

    @Test
    void theMessageNeverShowsTheNumber() {
        String text = "139876543";
        assertThat(rejection(text).getMessage()).doesNotContain("9876", "139");
    }

    private static String normalise(String text) {
        return PhoneNumber.normalise(text, FIELD);
    }

    private static InvalidInputException rejection(String text) {
        return catchThrowableOfType(InvalidInputException.class, () -> normalise(text));
    }
}
