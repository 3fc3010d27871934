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

    /** A province-sized set spreads over other districts: their households carry their own city, codes and ID numbers. */
    @Test
    void anotherDistrictsHouseholdsLieInItAndSayItsCity() {
        var random = new SplittableRandom(7);
        var regions = RegionSeed.load(SHAPES, random);
        var generator = new HouseholdGenerator(random, regions, SHAPES, "411122", new HashSet<>());
        for (int i = 0; i < 200; i++) {
            HouseholdData household = generator.next();
            assertThat(household.gridCode()).startsWith("411122");
            assertThat(household.address()).startsWith("漯河市临颍县");
            assertThat(household.members()).allSatisfy(m -> assertThat(m.idNumber()).startsWith("411122"));
        }
        var shanghai = new HouseholdGenerator(random, regions, SHAPES, "310105", new HashSet<>());
        assertThat(shanghai.next().address()).as("a municipality's district").startsWith("上海市长宁区");
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

    @Test
    void childrenMostlyCarryTheirFathersSurname() {
        long children = 0;
        long withAParentsSurname = 0;
        for (HouseholdData household : households) {
            List<String> parents = household.members().stream().filter(m -> m.role().equals("HEAD") || m.role().equals("SPOUSE"))
                    .map(m -> m.name().substring(0, 1)).toList();
            for (HouseholdData.Member child : household.members().stream().filter(m -> m.role().equals("CHILD")).toList()) {
                children++;
                if (parents.contains(child.name().substring(0, 1))) {
                    withAParentsSurname++;
                }
            }
        }
        assertThat(children).isGreaterThan(500);
        assertThat((double) withAParentsSurname / children).as("the rest: a mother's alone, with their absent father's surname, or another")
                .isGreaterThan(0.8);
    }

    @Test
    void townAddressesUseRoadsNamedAfterTheirOwnCommunityOrStreet() {
        for (HouseholdData household : households.subList(0, 300)) {
            String address = household.address();
            if (!address.contains("号") || !address.contains("幢")) {
                continue;
            }
            String road = address.replaceFirst(".*?(?:社区|小区|村)(.+?)\\d+号.*", "$1");
            String before = address.substring(0, address.lastIndexOf(road));
            assertThat(before).as(address).contains(road.replaceFirst("(东路|西路|南路|北路|中路|大道|路|街)$", ""));
        }
    }

    @Test
    void aNeedsUrgencyFitsWhatItIs() {
        List<HouseholdData.NeedData> needs = households.stream().flatMap(h -> h.needs().stream()).toList();

        assertThat(needs.stream().filter(n -> n.categoryCode().startsWith("CAPABILITY.SKILLS") || n.categoryCode().startsWith("SOCIAL_INCLUSION")
                || n.categoryCode().startsWith("EMOTIONAL")).map(HouseholdData.NeedData::urgency)).isNotEmpty().doesNotContain("CRITICAL", "HIGH");
        assertThat(needs.stream().filter(n -> n.categoryCode().equals("DAILY_LIFE.HOME_CARE")).map(HouseholdData.NeedData::urgency))
                .isNotEmpty().containsOnly("HIGH", "CRITICAL");
    }
}
