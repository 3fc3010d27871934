package org.zhulian.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.zhulian.demo.HouseholdData.Assignment;
import org.zhulian.demo.HouseholdData.Kin;
import org.zhulian.demo.HouseholdData.Member;
import org.zhulian.demo.HouseholdData.NeedData;
import org.zhulian.demo.RegionSeed.Region;

/**
 * Generates the ordinary households of one district: believable family structures (elders living
 * alone, couples, families with children, three generations), members whose employment, income and
 * health fit their age, and labels and needs that cluster where hardship is, as they do in a real
 * registry: a household with a disabled member or a low income is far likelier to be on 低保 and to
 * have an open need. Everything is drawn from one seeded random, in a fixed order.
 */
final class HouseholdGenerator {

    /** The day the demo data describes; fixed so that the same seed always gives the same graph. */
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** Local roads are named after their community or street: 石碶路, 后仓东路. */
    private static final String[] ROAD_SUFFIXES = {"路", "东路", "西路", "南路", "北路", "中路", "街", "大道"};
    private static final String[] HAMLETS = {"上庄", "下王", "东岙", "西岙", "前塘", "后宅", "陈家", "张家", "徐家",
        "李家", "沙港", "里山", "外村", "新屋", "塘头", "桥头", "河西", "溪口", "竹园", "施家"};
    private static final String[] DISABILITY_TYPES = {"PHYSICAL", "VISUAL", "HEARING", "SPEECH", "INTELLECTUAL", "MENTAL", "MULTIPLE"};
    private static final int[] DISABILITY_WEIGHTS = {45, 12, 14, 2, 9, 10, 8};

    /** Household shapes and how common they are (weights sum to 100; about 2.6 members on average). */
    enum Shape {
        ELDER_ALONE(12), ADULT_ALONE(6), ELDER_COUPLE(14), COUPLE(8), COUPLE_ONE_CHILD(22), COUPLE_TWO_CHILDREN(10),
        SINGLE_PARENT(5), THREE_GENERATIONS(13), ADULT_WITH_PARENT(5), GRANDPARENTS_WITH_GRANDCHILD(5);

        final int weight;

        Shape(int weight) {
            this.weight = weight;
        }
    }

    /** A member being drawn; {@code generation} is relative to the head (-1 parents, +1 children). */
    private static final class Draft {
        final boolean male;
        final LocalDate birthDate;
        final int generation;
        final String role;
        String name;
        String disabilityType;
        Integer disabilityGrade;
        String health;
        String employment;
        int income;

        Draft(boolean male, LocalDate birthDate, int generation, String role) {
            this.male = male;
            this.birthDate = birthDate;
            this.generation = generation;
            this.role = role;
        }

        int age() {
            return (int) ChronoUnit.YEARS.between(birthDate, AS_OF);
        }
    }

    private final RandomGenerator random;
    private final String districtCode;
    private final GeoShapes.Outline outline;
    private final RegionSeed regions;
    private final List<Region> grids;
    private final double[] cumulative;
    private final Set<String> idNumbers;

    /**
     * @param idNumbers ID numbers already taken (story households); generated ones are added to it
     */
    HouseholdGenerator(RandomGenerator random, RegionSeed regions, GeoShapes shapes, String districtCode, Set<String> idNumbers) {
        this.random = random;
        this.regions = regions;
        this.districtCode = districtCode;
        this.outline = shapes.district(districtCode).orElseThrow();
        this.grids = regions.under(districtCode, "GRID");
        this.idNumbers = idNumbers;
        // Town streets (街道) are denser than towns and townships (镇/乡).
        this.cumulative = new double[grids.size()];
        double sum = 0;
        for (int i = 0; i < grids.size(); i++) {
            sum += grids.get(i).urban() ? 3 : 1;
            cumulative[i] = sum;
        }
    }

    HouseholdData next() {
        Region grid = pickGrid();
        Region community = regions.get(grid.parentCode());
        Region street = regions.get(community.parentCode());
        boolean urban = grid.urban();

        List<Draft> drafts = shape(pickShape());
        for (Draft d : drafts) {
            describe(d, urban);
        }
        nameMembers(drafts);

        String householdId = RandomIds.uuid(random);
        LocalDate householdSince = randomDate(LocalDate.of(1995, 1, 1), LocalDate.of(2024, 12, 31));
        List<Member> members = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Draft d : drafts) {
            ids.add(RandomIds.uuid(random));
        }

        List<Assignment> householdLabels = new ArrayList<>();
        String status = assistance(drafts, householdLabels);
        adjustIncome(drafts, status);

        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            LocalDate since = d.birthDate.isAfter(householdSince) ? d.birthDate : householdSince;
            String phone = d.age() >= 18 || (d.age() >= 12 && random.nextInt(5) < 2) ? RandomIds.mobile(random) : null;
            members.add(new Member(ids.get(i), d.name, d.male ? "MALE" : "FEMALE", d.birthDate,
                    idNumber(d), phone, d.disabilityType, d.disabilityGrade, d.health, d.employment, d.income,
                    d.role, since, personLabels(d, drafts, status)));
        }

        List<NeedData> needs = needs(drafts, ids, status != null);
        return new HouseholdData(householdId, address(street, community, urban), outline.pointNear(grid.centre(), 400, random),
                random.nextInt(100) < 85 ? "REGISTERED" : "RESIDENT_ONLY", grid.code(), members, kin(drafts, ids),
                householdLabels, needs);
    }

    private Region pickGrid() {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return grids.get(i >= 0 ? i : -i - 1);
    }

    private Shape pickShape() {
        int x = random.nextInt(100);
        for (Shape shape : Shape.values()) {
            x -= shape.weight;
            if (x < 0) {
                return shape;
            }
        }
        return Shape.COUPLE;
    }

    private List<Draft> shape(Shape shape) {
        List<Draft> d = new ArrayList<>();
        boolean headMale = random.nextInt(10) < 7;
        switch (shape) {
            case ELDER_ALONE -> d.add(person(random.nextInt(10) < 4, between(60, 95), 0, "HEAD"));
            case ADULT_ALONE -> d.add(person(random.nextInt(10) < 6, between(22, 59), 0, "HEAD"));
            case ELDER_COUPLE -> couple(d, between(62, 90));
            case COUPLE -> couple(d, between(24, 59));
            case COUPLE_ONE_CHILD -> children(d, couple(d, between(28, 55)), 1);
            case COUPLE_TWO_CHILDREN -> children(d, couple(d, between(30, 55)), 2);
            case SINGLE_PARENT -> {
                Draft head = person(random.nextInt(10) < 3, between(28, 55), 0, "HEAD");
                d.add(head);
                children(d, head.age(), 1 + (random.nextInt(4) == 0 ? 1 : 0));
            }
            case THREE_GENERATIONS -> {
                int headAge = couple(d, between(30, 50));
                int kids = 1 + random.nextInt(2);
                children(d, headAge, kids);
                int parentAge = Math.min(headAge + between(23, 32), 95);
                if (kids == 1 && random.nextBoolean()) {
                    d.add(person(true, parentAge + random.nextInt(4), -1, "PARENT"));
                    d.add(person(false, parentAge, -1, "PARENT"));
                } else {
                    d.add(person(random.nextInt(3) == 0, parentAge, -1, "PARENT"));
                }
            }
            case ADULT_WITH_PARENT -> {
                Draft head = person(headMale, between(30, 58), 0, "HEAD");
                d.add(head);
                d.add(person(random.nextInt(3) == 0, Math.min(head.age() + between(22, 34), 96), -1, "PARENT"));
            }
            case GRANDPARENTS_WITH_GRANDCHILD -> {
                int age = couple(d, between(58, 75));
                d.add(person(random.nextBoolean(), Math.max(1, Math.min(15, age - between(48, 60))), 2, "GRANDCHILD"));
            }
        }
        return d;
    }

    /** Adds a head and a spouse of the other gender; returns the head's age. */
    private int couple(List<Draft> d, int headAge) {
        boolean headMale = random.nextInt(10) < 8;
        Draft head = person(headMale, headAge, 0, "HEAD");
        int spouseAge = Math.max(20, headAge + (headMale ? -random.nextInt(6) : random.nextInt(6)));
        d.add(head);
        d.add(person(!headMale, spouseAge, 0, "SPOUSE"));
        return headAge;
    }

    private void children(List<Draft> d, int parentAge, int count) {
        int oldest = Math.max(0, Math.min(parentAge - between(22, 34), 30));
        for (int i = 0; i < count; i++) {
            int age = Math.max(0, oldest - i * between(2, 6));
            d.add(person(random.nextBoolean(), age, 1, "CHILD"));
        }
    }

    private Draft person(boolean male, int age, int generation, String role) {
        LocalDate birth = AS_OF.minusYears(age).minusDays(1 + random.nextInt(364));
        return new Draft(male, birth, generation, role);
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private void describe(Draft d, boolean urban) {
        int age = d.age();
        double disabilityChance = age < 18 ? 0.02 : age < 60 ? 0.05 : 0.11;
        if (random.nextDouble() < disabilityChance) {
            d.disabilityType = DISABILITY_TYPES[weighted(DISABILITY_WEIGHTS)];
            d.disabilityGrade = 1 + weighted(new int[] {15, 25, 30, 30});
        }
        int h = random.nextInt(100);
        if (d.disabilityGrade != null && d.disabilityGrade == 1 && random.nextBoolean()) {
            d.health = "DISABLED_CARE_DEPENDENT";
        } else if (age < 18) {
            d.health = h < 97 ? "HEALTHY" : h < 99 ? "CHRONIC_ILLNESS" : "SERIOUS_ILLNESS";
        } else if (age < 60) {
            d.health = h < 85 ? "HEALTHY" : h < 96 ? "CHRONIC_ILLNESS" : "SERIOUS_ILLNESS";
        } else {
            d.health = h < 48 ? "HEALTHY" : h < 88 ? "CHRONIC_ILLNESS" : h < 95 ? "SERIOUS_ILLNESS" : "DISABLED_CARE_DEPENDENT";
        }
        boolean unableToWork = (d.disabilityGrade != null && d.disabilityGrade <= 2)
                || d.health.equals("SERIOUS_ILLNESS") || d.health.equals("DISABLED_CARE_DEPENDENT");
        int retirementAge = d.male ? 60 : 55;
        int e = random.nextInt(100);
        if (age < 7) {
            d.employment = "PRESCHOOL";
        } else if (age < 18 || (age < 23 && e < 60)) {
            d.employment = "STUDENT";
        } else if (age < retirementAge) {
            if (unableToWork && e < 70) {
                d.employment = "UNABLE_TO_WORK";
            } else if (urban) {
                d.employment = e < 70 ? "EMPLOYED" : e < 85 ? "FLEXIBLE" : e < 93 ? "UNEMPLOYED" : e < 94 ? "FARMING" : "FLEXIBLE";
            } else {
                d.employment = e < 55 ? "EMPLOYED" : e < 73 ? "FLEXIBLE" : e < 79 ? "UNEMPLOYED" : "FARMING";
            }
        } else {
            d.employment = urban ? (e < 92 ? "RETIRED" : "FLEXIBLE") : (e < 65 ? "RETIRED" : e < 92 ? "FARMING" : "FLEXIBLE");
        }
        d.income = switch (d.employment) {
            case "EMPLOYED" -> round10(3_500 + Math.pow(random.nextDouble(), 2) * 9_000);
            case "FLEXIBLE" -> round10(1_500 + random.nextDouble() * 3_000);
            case "FARMING" -> round10(800 + random.nextDouble() * 1_700);
            case "RETIRED" -> urban && random.nextInt(10) < 8
                    ? round10(2_500 + random.nextDouble() * 4_000)
                    : round10(300 + random.nextDouble() * 1_200);
            default -> 0;
        };
    }

    private static int round10(double yuan) {
        return (int) Math.round(yuan / 10) * 10;
    }

    private int weighted(int[] weights) {
        int x = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Children and grandchildren usually carry the father's surname: the head's, or when the head is
     * the mother, her husband's.
     */
    private void nameMembers(List<Draft> drafts) {
        String familySurname = ChineseNames.surname(random);
        Draft head = drafts.getFirst();
        boolean fatherIsHead = head.male;
        String headSurname = fatherIsHead || drafts.size() == 1 ? familySurname : ChineseNames.surname(random);
        for (Draft d : drafts) {
            int year = d.birthDate.getYear();
            if (d == head) {
                d.name = headSurname + ChineseNames.givenName(random, d.male, year);
            } else if (d.generation > 0) {
                String surname = random.nextInt(10) < 9 ? familySurname : ChineseNames.surname(random);
                d.name = surname + ChineseNames.givenName(random, d.male, year);
            } else if (d.generation < 0 && d.male) {
                d.name = headSurname + ChineseNames.givenName(random, true, year);
            } else if (d.generation == 0 && d.male && !fatherIsHead) {
                ChineseNames.surname(random); // drawn as for anyone else, so that the data drawn after stays as it was
                d.name = familySurname + ChineseNames.givenName(random, true, year);
            } else {
                d.name = ChineseNames.fullName(random, d.male, year);
            }
        }
    }

    private String idNumber(Draft d) {
        while (true) {
            String number = IdNumbers.of(districtCode, d.birthDate, d.male, random.nextInt(1000));
            if (idNumbers.add(number)) {
                return number;
            }
        }
    }

    /**
     * Picks at most one current assistance category, likelier where there is disability, illness or
     * a low income; about one in ten assignments has already ended. Returns the current category.
     */
    private String assistance(List<Draft> drafts, List<Assignment> labels) {
        int total = drafts.stream().mapToInt(d -> d.income).sum();
        double perCapita = (double) total / drafts.size();
        boolean disabled = drafts.stream().anyMatch(d -> d.disabilityType != null);
        boolean severe = drafts.stream().anyMatch(d -> d.disabilityGrade != null && d.disabilityGrade <= 2);
        boolean ill = drafts.stream().anyMatch(d -> d.health.equals("SERIOUS_ILLNESS") || d.health.equals("DISABLED_CARE_DEPENDENT"));
        boolean elderAlone = drafts.size() == 1 && drafts.getFirst().age() >= 60;
        double risk = 1 + (disabled ? 2 : 0) + (severe ? 2 : 0) + (ill ? 2 : 0)
                + (perCapita < 1_500 ? 3 : perCapita < 2_500 ? 1.5 : 0) + (elderAlone ? 1 : 0);
        String current = null;
        if (random.nextDouble() < 0.11 * risk / 2.6) {
            if (elderAlone && perCapita < 2_500 && random.nextInt(10) < 7) {
                current = "TEKUN";
            } else {
                int x = random.nextInt(100);
                current = x < 55 ? "DIBAO" : x < 85 ? "DIBAO_EDGE" : x < 92 ? "RIGID_EXPENSE" : x < 99 ? "RELAPSE_MONITOR" : "TEKUN";
            }
            LocalDate since = randomDate(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31));
            LocalDate until = null;
            if (random.nextInt(10) == 0) {
                until = randomDate(since.plusMonths(6), since.plusYears(3));
                if (!until.isBefore(AS_OF)) {
                    until = AS_OF.minusMonths(1 + random.nextInt(6));
                }
                if (!until.isAfter(since)) {
                    until = since.plusMonths(3);
                }
            }
            labels.add(new Assignment(current, since, until, "CIVIL_AFFAIRS"));
            if (random.nextInt(100) < 20) {
                labels.add(new Assignment("HS_LINKED_AID", since.plusMonths(random.nextInt(12)), null, "CIVIL_AFFAIRS"));
            }
            if (until != null) {
                current = null;
            }
        } else if (random.nextInt(1000) < 5) {
            labels.add(new Assignment("HS_LINKED_AID", randomDate(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31)),
                    null, "CIVIL_AFFAIRS"));
        }
        return current;
    }

    /** A 低保 or 特困 household's income is below the line (Ningbo 2023: 1,005 yuan a person), 低保边缘 just above it. */
    private void adjustIncome(List<Draft> drafts, String status) {
        if (status == null || !(status.equals("DIBAO") || status.equals("TEKUN") || status.equals("DIBAO_EDGE"))) {
            return;
        }
        int total = drafts.stream().mapToInt(d -> d.income).sum();
        double perCapita = status.equals("DIBAO_EDGE") ? 1_005 + random.nextDouble() * 500 : 300 + random.nextDouble() * 700;
        double target = perCapita * drafts.size();
        if (total <= target || total == 0) {
            return;
        }
        double factor = target / total;
        for (Draft d : drafts) {
            d.income = round10(d.income * factor);
            if (d.employment.equals("EMPLOYED") && d.income < 2_000) {
                d.employment = "FLEXIBLE";
            }
        }
    }

    private List<Assignment> personLabels(Draft d, List<Draft> household, String status) {
        List<Assignment> labels = new ArrayList<>();
        int age = d.age();
        if (d.disabilityType != null) {
            LocalDate since = laterOf(d.birthDate, randomDate(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31)));
            labels.add(new Assignment("DISABILITY", since, null, "DISABLED_FEDERATION"));
            if (d.disabilityGrade <= 2) {
                labels.add(new Assignment("SEVERE_DISABILITY", since, null, "DISABLED_FEDERATION"));
            }
        }
        if (age >= 60 && household.size() == 1) {
            labels.add(new Assignment("NB_ELDERLY_ALONE", randomDate(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31)), null, "COMMUNITY"));
        }
        if (age <= 3) {
            labels.add(new Assignment("NB_CHILD_0_3", d.birthDate, null, "HEALTH"));
        }
        if (age < 18 && ("DIBAO".equals(status) || "TEKUN".equals(status)) && random.nextBoolean()) {
            labels.add(new Assignment("NB_DIFFICULT_CHILD", laterOf(d.birthDate, randomDate(LocalDate.of(2019, 1, 1),
                    LocalDate.of(2025, 12, 31))), null, "CIVIL_AFFAIRS"));
        }
        if (age >= 20 && random.nextInt(1000) < (d.male ? 36 : 4)) {
            labels.add(new Assignment("VETERAN", randomDate(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31)), null, "VETERANS_AFFAIRS"));
        }
        if (age >= 18 && random.nextInt(100) < 8) {
            labels.add(new Assignment("PARTY_MEMBER", randomDate(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31)), null, "COMMUNITY"));
        }
        if (age >= 18 && random.nextInt(100) < 5) {
            labels.add(new Assignment("NB_VOLUNTEER", randomDate(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31)), null, "COMMUNITY"));
        }
        return labels;
    }

    private static LocalDate laterOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private LocalDate randomDate(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** Kinship follows from the generations: same generation spouses or siblings, one apart parent and child… */
    private static List<Kin> kin(List<Draft> drafts, List<String> ids) {
        List<Kin> kin = new ArrayList<>();
        for (int a = 0; a < drafts.size(); a++) {
            for (int b = 0; b < drafts.size(); b++) {
                if (a == b) {
                    continue;
                }
                String relation = relation(drafts.get(a), drafts.get(b));
                if (relation != null) {
                    kin.add(new Kin(ids.get(a), ids.get(b), relation));
                }
            }
        }
        return kin;
    }

    /** What {@code b} is to {@code a}. */
    private static String relation(Draft a, Draft b) {
        int diff = b.generation - a.generation;
        boolean spouseOfHead = a.role.equals("SPOUSE") || b.role.equals("SPOUSE");
        return switch (diff) {
            case 0 -> a.generation == 0 ? "SPOUSE" : a.generation < 0 ? "SPOUSE" : "SIBLING";
            case -1 -> spouseOfHead && a.generation == 0 ? "PARENT_IN_LAW" : "PARENT";
            case 1 -> spouseOfHead && b.generation == 0 ? "CHILD_IN_LAW" : "CHILD";
            case -2 -> "GRANDPARENT";
            case 2 -> "GRANDCHILD";
            default -> null;
        };
    }

    private List<NeedData> needs(List<Draft> drafts, List<String> ids, boolean assisted) {
        boolean disabled = drafts.stream().anyMatch(d -> d.disabilityType != null);
        boolean elder = drafts.stream().anyMatch(d -> d.age() >= 70);
        double chance = 0.07 + (assisted ? 0.35 : 0) + (disabled ? 0.15 : 0) + (elder ? 0.05 : 0);
        if (random.nextDouble() >= chance) {
            return List.of();
        }
        List<String[]> candidates = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String id = ids.get(i);
            if (d.age() >= 70) {
                for (String c : List.of("DAILY_LIFE.MEAL", "DAILY_LIFE.BATH", "DAILY_LIFE.HOME_CARE", "DAILY_LIFE.DAY_CARE",
                        "DAILY_LIFE.MEDICAL", "DAILY_LIFE.ERRANDS", "EMOTIONAL.VISITING", "EMOTIONAL.COMPANIONSHIP")) {
                    candidates.add(new String[] {c, id});
                }
            }
            if (d.disabilityType != null) {
                for (String c : List.of("DAILY_LIFE.REHABILITATION", "DAILY_LIFE.BARRIER_FREE", "DAILY_LIFE.HOME_CARE")) {
                    candidates.add(new String[] {c, id});
                }
            }
            if (d.age() >= 6 && d.age() < 18) {
                candidates.add(new String[] {"CAPABILITY.EDUCATION", id});
                candidates.add(new String[] {"SOCIAL_INCLUSION.CHILD_GROWTH", id});
            }
            if (d.employment.equals("UNEMPLOYED") || (d.employment.equals("FLEXIBLE") && d.age() < 50)) {
                candidates.add(new String[] {"CAPABILITY.SKILLS", id});
                candidates.add(new String[] {"CAPABILITY.EMPLOYMENT", id});
            }
            if (d.health.equals("SERIOUS_ILLNESS")) {
                candidates.add(new String[] {"DAILY_LIFE.MEDICAL", id});
                candidates.add(new String[] {"PSYCHOLOGICAL.COUNSELLING", id});
            }
        }
        if (assisted) {
            for (String c : List.of("MATERIAL.CASH", "MATERIAL.GOODS", "MATERIAL.HOUSING", "MATERIAL.GOODS")) {
                candidates.add(new String[] {c, null});
            }
        }
        candidates.add(new String[] {"SOCIAL_INCLUSION.ACTIVITIES", null});
        candidates.add(new String[] {"PSYCHOLOGICAL.COUNSELLING", ids.getFirst()});

        int count = random.nextInt(10) < 7 ? 1 : 2;
        Set<String> categories = new LinkedHashSet<>();
        List<NeedData> needs = new ArrayList<>();
        for (int attempt = 0; attempt < 6 && needs.size() < count; attempt++) {
            String[] pick = candidates.get(random.nextInt(candidates.size()));
            if (!categories.add(pick[0])) {
                continue;
            }
            String urgency = NeedTexts.urgency(pick[0], weighted(new int[] {30, 40, 22, 8}));
            String status = new String[] {"OPEN", "IN_PROGRESS", "MET"}[weighted(new int[] {65, 22, 13})];
            LocalDate day = randomDate(LocalDate.of(2025, 1, 1), AS_OF.minusDays(1));
            OffsetDateTime created = OffsetDateTime.of(day, LocalTime.of(8 + random.nextInt(10), random.nextInt(60)), CHINA);
            needs.add(new NeedData(RandomIds.uuid(random), pick[0], NeedTexts.describe(pick[0], random), urgency, status,
                    created, pick[1]));
        }
        return needs;
    }

    /** A road of the community's own neighbourhood, named after the community or its street. */
    static String localRoad(Region street, Region community, int pick) {
        String[] stems = {stem(RegionSeed.shortName(community.name())), stem(street.name())};
        return stems[pick % 2] + ROAD_SUFFIXES[(pick / 2) % ROAD_SUFFIXES.length];
    }

    private static String stem(String name) {
        String stem = name.replaceFirst("(街道|社区|小区|镇|乡|村)$", "");
        return stem.isEmpty() ? name : stem;
    }

    private String address(Region street, Region community, boolean urban) {
        String place = regions.cityOf(street.parentCode()) + regions.get(street.parentCode()).name() + street.name() + RegionSeed.shortName(community.name());
        int hash = Math.floorMod(community.code().hashCode(), 1_000_003);
        if (community.name().contains("村")) {
            return place + HAMLETS[(hash + random.nextInt(4)) % HAMLETS.length] + between(1, 180) + "号";
        }
        String road = localRoad(street, community, hash + random.nextInt(3) * 7);
        return place + road + between(1, 420) + "号" + between(1, 24) + "幢" + between(1, urban ? 18 : 6) + "0" + between(1, 4) + "室";
    }
}
