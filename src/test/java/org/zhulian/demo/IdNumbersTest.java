package org.zhulian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdNumbersTest {

    @Test
    void aKnownValidNumberPassesWithItsXCheckCharacter() {
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
    }

    @Test
    void aWrongCheckCharacterOrImpossibleDateFails() {
        assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
        assertThat(IdNumbers.isValid("110105194902300027")).isFalse();
        assertThat(IdNumbers.isValid("11010519491231002")).isFalse();
    }

    @Test
    void theSequenceEncodesTheGenderInItsLastDigit() {
        LocalDate birth = LocalDate.of(1981, 5, 16);
        String man = IdNumbers.of("330203", birth, true, 212);
        String woman = IdNumbers.of("330203", birth, false, 213);

        assertThat(man).startsWith("33020319810516").matches("\\d{17}[\\dX]");
        assertThat(IdNumbers.isMale(man)).isTrue();
        assertThat(IdNumbers.isMale(woman)).isFalse();
        assertThat(IdNumbers.isValid(man)).isTrue();
        assertThat(IdNumbers.isValid(woman)).isTrue();
        assertThat(IdNumbers.of("330203", birth, true, 999).substring(14, 17)).isEqualTo("999");
        assertThat(IdNumbers.of("330203", birth, false, 999).substring(14, 17)).isEqualTo("998");
    }

    @Test
    void theBirthDateIsEncodedAsYearMonthDay() {
        String number = IdNumbers.of("310105", LocalDate.of(1966, 2, 14), true, 173);

        assertThat(number.substring(6, 14)).isEqualTo("19660214");
        assertThat(IdNumbers.birthDate(number)).isEqualTo(LocalDate.of(1966, 2, 14));
    }
}
