package org.zhulian.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The shipped rule packs, how a household's pack is chosen, and every kind of rule on its own. */
class RulesTest {

    static final RulePacks PACKS = new RulePacks();
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Test
    void theShippedPacksLoadAndTheMostSpecificRegionWins() {
        assertThat(PACKS.all()).extracting(RulePack::region).containsExactlyInAnyOrder("340700000000", "410000000000", "");
        assertThat(PACKS.forGrid("340705413001001", DAY).orElseThrow().region()).as("铜官区 under 铜陵市").isEqualTo("340700000000");
        assertThat(PACKS.forGrid("411122101229001", DAY).orElseThrow().region()).as("临颍县 under 河南省").isEqualTo("410000000000");
        assertThat(PACKS.forGrid("330203009005001", DAY).orElseThrow().region()).as("Haishu: the default").isEmpty();
        assertThat(PACKS.forGrid("340705413001001", LocalDate.of(2024, 12, 31))).as("before any pack is in effect").isEmpty();
    }

    @Test
    void tonglingsThresholdDependsOnWhatThePersonOrHouseholdHolds() {
        RulePack tongling = PACKS.forGrid("340705413001001", DAY).orElseThrow();

        assertThat(codes(tongling, medical(1000.01, "TEKUN"))).containsExactly("TL_MEDICAL_SELF_PAY");
        assertThat(codes(tongling, medical(1000.0, "TEKUN"))).as("above, not at").isEmpty();
        assertThat(codes(tongling, medical(4999.0, "DIBAO"))).isEmpty();
        assertThat(codes(tongling, medical(5000.5, "DIBAO"))).containsExactly("TL_MEDICAL_SELF_PAY");
        assertThat(codes(tongling, medical(9000.0, "RELAPSE_MONITOR"))).isEmpty();
        assertThat(codes(tongling, medical(10001.0, "RIGID_EXPENSE"))).containsExactly("TL_MEDICAL_SELF_PAY");
        assertThat(codes(tongling, medical(14999.0))).isEmpty();
        assertThat(codes(tongling, medical(15001.0, "TL_MONITORED"))).containsExactly("TL_MEDICAL_SELF_PAY");
        assertThat(codes(tongling, medical(1500.0, "DIBAO", "TEKUN"))).as("the most favourable threshold the household meets").hasSize(1);
        assertThat(codes(tongling, certificate(4))).containsExactly("TL_NEW_DISABILITY");
    }

    @Test
    void henanWarnsAtFiveThousandForItsMonitoredPopulationOnly() {
        RulePack henan = PACKS.forGrid("411122101229001", DAY).orElseThrow();

        assertThat(codes(henan, medical(5000.0, "DIBAO_EDGE"))).as("at least 5,000").containsExactly("HN_MEDICAL_SELF_PAY");
        assertThat(codes(henan, medical(4999.99, "DIBAO_EDGE"))).isEmpty();
        assertThat(codes(henan, medical(90000.0))).as("not in the monitored population").isEmpty();
    }

    @Test
    void henansScoreCountsEachIndicatorOnceAndItsLinesSetTheLevel() {
        RulePack henan = PACKS.forGrid("411122101229001", DAY).orElseThrow();
        var medical = new Evaluation.HouseholdEvent("m1", DepartmentEventType.MEDICAL_SELF_PAY, 1200.0);
        var medicalAgain = new Evaluation.HouseholdEvent("m2", DepartmentEventType.MEDICAL_SELF_PAY, 3000.0);
        var jobless = new Evaluation.HouseholdEvent("u1", DepartmentEventType.UNEMPLOYMENT, null);
        var flood = new Evaluation.HouseholdEvent("d1", DepartmentEventType.DISASTER, null);

        assertThat(scored(henan, DepartmentEventType.MEDICAL_SELF_PAY, medical, medicalAgain)).as("30 points, twice the same indicator").isEmpty();
        Evaluation.Hit general = scored(henan, DepartmentEventType.UNEMPLOYMENT, medical, medicalAgain, jobless).orElseThrow();
        assertThat(general.score()).isEqualTo(55);
        assertThat(general.level()).isEqualTo(RulePack.Level.GENERAL);
        assertThat(general.evidence()).containsExactlyInAnyOrder("m1", "m2", "u1");
        Evaluation.Hit urgent = scored(henan, DepartmentEventType.DISASTER, medical, jobless, flood).orElseThrow();
        assertThat(urgent.score()).isEqualTo(85);
        assertThat(urgent.level()).isEqualTo(RulePack.Level.URGENT);
        assertThat(scored(henan, DepartmentEventType.UNEMPLOYMENT, new Evaluation.HouseholdEvent("m3", DepartmentEventType.MEDICAL_SELF_PAY, 900.0),
                jobless)).as("a bill below the indicator's amount does not score").isEmpty();
    }

    private static java.util.Optional<Evaluation.Hit> scored(RulePack pack, DepartmentEventType type, Evaluation.HouseholdEvent... year) {
        var facts = new Evaluation.Facts("e1", type, DAY, null, null, null, "h1", "g", Set.of("DIBAO_EDGE"), 0, List.of(), List.of(year));
        return Evaluation.hits(Optional.of(pack), facts).stream().filter(hit -> hit.rule().kind() == RulePack.Kind.SCORED).findFirst();
    }

    @Test
    void theDefaultPackTellsWarningsFromHints() {
        RulePack standard = PACKS.forGrid("330203009005001", DAY).orElseThrow();

        assertThat(hit(standard, certificate(2)).rule().warningClass()).isEqualTo(RulePack.WarningClass.WARNING);
        assertThat(codes(standard, certificate(3))).as("only a new severe disability").isEmpty();
        assertThat(hit(standard, event(DepartmentEventType.UNEMPLOYMENT)).rule().warningClass()).isEqualTo(RulePack.WarningClass.HINT);
        assertThat(hit(standard, event(DepartmentEventType.DEATH)).rule().level()).isEqualTo(RulePack.Level.URGENT);
        assertThat(codes(standard, income(3000.0, 1200.0))).containsExactly("CZ_INCOME_DROP");
        assertThat(codes(standard, income(1200.0, 3000.0))).as("a rise").isEmpty();
        assertThat(codes(standard, medical(20000.0))).as("above 20,000").isEmpty();
    }

    @Test
    void aPackThatCannotBeReadStopsTheStartNamingItsFileAndRule() {
        String pack = """
                {"region": "340700000000", "name": "x", "version": "1", "effectiveFrom": "2025-01-01", "rules": [%s]}""";
        assertThatThrownBy(() -> RulePacks.parse(pack.formatted("""
                {"code": "A", "name": "a", "kind": "EACH_EVENT", "event": "LOTTERY_WIN", "class": "WARNING", "level": "GENERAL"}"""), "x.json"))
                .hasMessageContaining("x.json").hasMessageContaining("rule A");
        assertThatThrownBy(() -> RulePacks.parse(pack.formatted("""
                {"code": "A", "name": "a", "kind": "ANNUAL_SUM", "event": "MEDICAL_SELF_PAY", "class": "WARNING", "level": "GENERAL",
                 "thresholds": [{"labels": [], "above": 1, "atLeast": 1}]}"""), "x.json")).hasMessageContaining("exactly one of above and atLeast");
        assertThatThrownBy(() -> RulePacks.parse(pack.formatted("""
                {"code": "A", "name": "a", "kind": "ANNUAL_SUM", "event": "DEATH", "class": "WARNING", "level": "GENERAL",
                 "thresholds": [{"labels": [], "above": 1}]}"""), "x.json")).hasMessageContaining("DEATH has none");
        String one = """
                {"code": "A", "name": "a", "kind": "EACH_EVENT", "event": "DEATH", "class": "WARNING", "level": "GENERAL"}""";
        assertThatThrownBy(() -> RulePacks.parse(pack.formatted(one + "," + one), "x.json")).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> RulePacks.parse(pack.formatted(""), "x.json")).hasMessageContaining("needs rules");
    }

    private static Evaluation.Facts medical(double annualTotal, String... labels) {
        return new Evaluation.Facts("e1", DepartmentEventType.MEDICAL_SELF_PAY, DAY, null, null, null, "h1", "g", Set.of(labels), annualTotal,
                List.of("e0", "e1"), List.of());
    }

    private static Evaluation.Facts certificate(int grade) {
        return new Evaluation.Facts("e1", DepartmentEventType.DISABILITY_CERTIFICATE, DAY, grade, null, null, "h1", "g", Set.of(), 0, List.of(), List.of());
    }

    private static Evaluation.Facts income(double before, double after) {
        return new Evaluation.Facts("e1", DepartmentEventType.INCOME_CHANGE, DAY, null, before, after, "h1", "g", Set.of(), 0, List.of(), List.of());
    }

    private static Evaluation.Facts event(DepartmentEventType type) {
        return new Evaluation.Facts("e1", type, DAY, null, null, null, "h1", "g", Set.of(), 0, List.of(), List.of());
    }

    private static List<String> codes(RulePack pack, Evaluation.Facts facts) {
        return Evaluation.hits(Optional.of(pack), facts).stream().map(hit -> hit.rule().code()).toList();
    }

    private static Evaluation.Hit hit(RulePack pack, Evaluation.Facts facts) {
        List<Evaluation.Hit> hits = Evaluation.hits(Optional.of(pack), facts);
        assertThat(hits).hasSize(1);
        return hits.getFirst();
    }
}
