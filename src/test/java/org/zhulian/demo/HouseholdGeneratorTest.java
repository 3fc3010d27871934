package org.zhulian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HouseholdGeneratorTest {

    private static final GeoShapes SHAPES = GeoShapes.load();
    private static List<HouseholdData> households;

    @BeforeAll
    static void generate() {
        households = generate(20230601, 2_000);
    }

    private static List<HouseholdData> generate(long seed, int count) {
        var random = new SplittableRandom(seed);
        var regions = RegionSeed.load(SHAPES, random);
        var generator = new HouseholdGenerator(random, regions, SHAPES, "330203", new HashSet<>());
        List<HouseholdData> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(generator.next());
        }
        return result;
    }

    @Test
    void theSameSeedGivesTheSameHouseholds() {
        assertThat(generate(20230601, 50)).isEqualTo(households.subList(0, 50));
        assertThat(generate(1, 50)).isNotEqualTo(households.subList(0, 50));
    }

    @Test
    void householdsAverageAtLeastTwoAndAHalfMembersWithOneHead() {
        long persons = households.stream().mapToLong(h -> h.members().size()).sum();

        assertThat(persons).isGreaterThanOrEqualTo(5_000);
        assertThat(households).allSatisfy(h -> {
            assertThat(h.members()).hasSizeBetween(1, 5);
            assertThat(h.members()).filteredOn(m -> m.role().equals("HEAD")).hasSize(1);
            assertThat(h.gridCode()).hasSize(15).startsWith("330203");
        });
    }

    @Test
    void idNumbersAreValidUniqueAndMatchBirthDateAndGender() {
        Set<String> seen = new HashSet<>();
        households.stream().flatMap(h -> h.members().stream()).forEach(m -> {
            assertThat(IdNumbers.isValid(m.idNumber())).isTrue();
            assertThat(m.idNumber()).startsWith("330203");
            assertThat(IdNumbers.birthDate(m.idNumber())).isEqualTo(m.birthDate());
            assertThat(IdNumbers.isMale(m.idNumber())).isEqualTo(m.gender().equals("MALE"));
            assertThat(seen.add(m.idNumber())).isTrue();
        });
    }

    @Test
    void kinIsStoredInBothDirectionsWithInverseRelations() {
        for (HouseholdData h : households) {
            for (HouseholdData.Kin k : h.kin()) {
                assertThat(h.kin()).contains(new HouseholdData.Kin(k.to(), k.from(), HouseholdData.inverse(k.relation())));
            }
        }
    }

    @Test
    void employmentAndIncomeFitTheAge() {
        households.stream().flatMap(h -> h.members().stream()).forEach(m -> {
            int age = Period.between(m.birthDate(), HouseholdGenerator.AS_OF).getYears();
            if (age < 7) {
                assertThat(m.employment()).isEqualTo("PRESCHOOL");
            }
            if (age < 18) {
                assertThat(m.monthlyIncome()).isZero();
            }
            if (m.employment().equals("RETIRED")) {
                assertThat(age).isGreaterThanOrEqualTo(55);
            }
        });
    }

    @Test
    void assistanceLabelsClusterWhereHardshipIs() {
        var dibao = households.stream().filter(h -> h.labels().stream().anyMatch(l -> l.code().equals("DIBAO") && l.until() == null)).toList();
        double dibaoRate = (double) dibao.size() / households.size();
        double disabledShareAll = share(households);
        double disabledShareDibao = share(dibao);

        assertThat(dibaoRate).isBetween(0.03, 0.08);
        assertThat(disabledShareDibao).isGreaterThan(disabledShareAll * 1.5);
        assertThat(dibao).allSatisfy(h -> assertThat(h.members().stream().mapToInt(HouseholdData.Member::monthlyIncome).sum())
                .isLessThanOrEqualTo(1_005 * h.members().size()));
    }

    private static double share(List<HouseholdData> list) {
        return (double) list.stream().filter(h -> h.members().stream().anyMatch(m -> m.disabilityType() != null)).count() / list.size();
    }
}
