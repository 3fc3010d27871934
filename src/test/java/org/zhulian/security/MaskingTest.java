package org.zhulian.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void idNumbersKeepRegionAndLastFour() {
        assertThat(Masking.idNumber("33020319800101123X")).isEqualTo("330203********123X");
    }

    @Test
    void phonesKeepPrefixAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void shortOrMissingValuesRevealNothing() {
        assertThat(Masking.phone("1234")).isEqualTo("****");
        assertThat(Masking.idNumber(null)).isNull();
    }
}
