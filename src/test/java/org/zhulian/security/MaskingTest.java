package org.zhulian.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void idNumbersKeepOnlyTheirRegion() {
        assertThat(Masking.idNumber("33020319800101123X")).isEqualTo("330203************");
    }

    @Test
    void phonesKeepOnlyTheirLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("*******5678");
        assertThat(Masking.phone("0574-8765432")).isEqualTo("********5432");
    }

    @Test
    void shortOrMissingValuesRevealNothing() {
        assertThat(Masking.phone("1234")).isEqualTo("****");
        assertThat(Masking.idNumber(null)).isNull();
    }
}
