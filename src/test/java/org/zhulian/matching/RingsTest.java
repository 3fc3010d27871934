package org.zhulian.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RingsTest {

    @Test
    void ringsGrowToTheRadiusAskedForAndNeverBeyond() {
        assertThat(Rings.upTo(5_000)).containsExactly(1_000, 2_500, 5_000);
        assertThat(Rings.upTo(2_500)).containsExactly(1_000, 2_500);
        assertThat(Rings.upTo(300)).containsExactly(300);
        assertThat(Rings.upTo(50_000)).endsWith(50_000).isSorted();
    }
}
