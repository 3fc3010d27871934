package org.zhulian.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchingTest {

    @Test
    void aCategoryIsFittedByItselfAndEveryBroaderOne() {
        assertThat(Matching.fittingCodes("DAILY_LIFE.MEAL")).containsExactly("DAILY_LIFE.MEAL", "DAILY_LIFE");
        assertThat(Matching.fittingCodes("DAILY_LIFE")).containsExactly("DAILY_LIFE");
        assertThat(Matching.fittingCodes("A.B.C")).containsExactly("A.B.C", "A.B", "A");
    }
}
