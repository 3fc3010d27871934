package org.zhulian.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.zhulian.provider.Service.Eligibility;

class EligibilityCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final EligibilityCheck CHECK = new EligibilityCheck(Function.identity(), code -> "海曙区");
    static final Eligibility OLD_AND_DISABLED = new Eligibility(List.of(), 60, null, true, null, false);

    @Test
    void aHouseholdNeedNeedsOneMemberWhoMeetsEveryPersonRequirement() {
        var young = new NeedFacts.PersonFacts(LocalDate.of(1996, 1, 1), true, List.of());
        var old = new NeedFacts.PersonFacts(LocalDate.of(1946, 1, 1), false, List.of());
        var oldAndDisabled = new NeedFacts.PersonFacts(LocalDate.of(1946, 1, 1), true, List.of());

        assertThat(allMet(household(young, old))).isFalse();
        assertThat(allMet(household(young, oldAndDisabled))).isTrue();
        assertThat(allMet(household(old, old))).isFalse();
    }

    @Test
    void aPersonNeedIsCheckedAgainstThatPersonAlone() {
        var reasons = CHECK.check(OLD_AND_DISABLED, facts(List.of(new NeedFacts.PersonFacts(LocalDate.of(1981, 5, 16), true, List.of()))), TODAY);

        assertThat(reasons).extracting(MatchReason::text).containsExactly("须60岁以上，本人45岁", "持有残疾证");
        assertThat(reasons).extracting(MatchReason::met).containsExactly(false, true);
    }

    @Test
    void aLabelOfTheHouseholdOrOfThePersonCounts() {
        var onlyTekun = new Eligibility(List.of("TEKUN"), null, null, false, "330203000000", true);
        var person = new NeedFacts.PersonFacts(LocalDate.of(1950, 1, 1), false, List.of("TEKUN"));

        assertThat(CHECK.check(onlyTekun, facts(List.of(person)), TODAY)).allMatch(MatchReason::met);
        assertThat(CHECK.check(onlyTekun, new NeedFacts("n", "DAILY_LIFE", "RESIDENT_ONLY", "330203009005001", List.of("DIBAO"),
                List.of(new NeedFacts.PersonFacts(null, false, List.of()))), TODAY))
                .extracting(MatchReason::text).containsExactly("仅限TEKUN，本人及本户均无", "居住在海曙区", "须为本地户籍，本户为常住人口");
    }

    private static boolean allMet(NeedFacts facts) {
        return CHECK.check(OLD_AND_DISABLED, facts, TODAY).stream().allMatch(MatchReason::met);
    }

    private static NeedFacts household(NeedFacts.PersonFacts... members) {
        return facts(List.of(members));
    }

    private static NeedFacts facts(List<NeedFacts.PersonFacts> persons) {
        return new NeedFacts("n", "DAILY_LIFE", "REGISTERED", "330203009005001", List.of(), persons);
    }
}
