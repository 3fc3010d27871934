package org.zhulian.matching;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.zhulian.matching.MatchReason.Kind;
import org.zhulian.provider.Service.Eligibility;
import org.zhulian.region.RegionCode;

/**
 * Checks each requirement of a service against the facts of a need, and says in words a caseworker
 * can read out which were met and which failed. A person requirement (age, disability) is met by
 * the person the need concerns, or, for a need of the whole household, by any current member; a
 * label requirement by a label of the household or of one of those persons.
 */
final class EligibilityCheck {

    private final Function<String, String> labelName;
    private final Function<String, String> regionName;

    EligibilityCheck(Function<String, String> labelName, Function<String, String> regionName) {
        this.labelName = labelName;
        this.regionName = regionName;
    }

    /** One reason per requirement the service has; none for a service open to everyone. */
    List<MatchReason> check(Eligibility requirements, NeedFacts facts, LocalDate today) {
        List<MatchReason> reasons = new ArrayList<>();
        boolean household = facts.persons().size() != 1;
        if (!requirements.labelsAnyOf().isEmpty()) {
            Set<String> carried = new HashSet<>(facts.householdLabels());
            facts.persons().forEach(p -> carried.addAll(p.labels()));
            List<String> held = requirements.labelsAnyOf().stream().filter(carried::contains).toList();
            String required = String.join("或", requirements.labelsAnyOf().stream().map(labelName).toList());
            reasons.add(held.isEmpty()
                    ? MatchReason.failed(Kind.LABEL, "仅限" + required + "，" + (household ? "本户" : "本人及本户") + "均无")
                    : MatchReason.met(Kind.LABEL, "持有" + labelName.apply(held.getFirst()) + "（限" + required + "）"));
        }
        if (requirements.minAge() != null || requirements.maxAge() != null) {
            String range = range(requirements.minAge(), requirements.maxAge());
            List<Integer> ages = facts.persons().stream().map(p -> age(p.birthDate(), today)).filter(Objects::nonNull).toList();
            boolean met = ages.stream().anyMatch(age -> fits(age, requirements.minAge(), requirements.maxAge()));
            if (household) {
                reasons.add(met ? MatchReason.met(Kind.AGE, "户内有成员年龄符合" + range)
                        : MatchReason.failed(Kind.AGE, "须" + range + "，户内无成员符合"));
            } else {
                String age = ages.isEmpty() ? "年龄未登记" : "本人" + ages.getFirst() + "岁";
                reasons.add(met ? MatchReason.met(Kind.AGE, age + "，符合" + range) : MatchReason.failed(Kind.AGE, "须" + range + "，" + age));
            }
        }
        if (requirements.disability()) {
            boolean met = facts.persons().stream().anyMatch(NeedFacts.PersonFacts::disabled);
            reasons.add(met ? MatchReason.met(Kind.DISABILITY, household ? "户内有持残疾证成员" : "持有残疾证")
                    : MatchReason.failed(Kind.DISABILITY, "须持残疾证，" + (household ? "户内无持证成员" : "本人未持证")));
        }
        if (requirements.areaCode() != null) {
            String area = regionName.apply(requirements.areaCode());
            String prefix = RegionCode.parse(requirements.areaCode(), "areaCode").prefix();
            reasons.add(facts.gridCode().startsWith(prefix) ? MatchReason.met(Kind.RESIDENCE, "居住在" + area)
                    : MatchReason.failed(Kind.RESIDENCE, "仅限居住在" + area + "的家庭"));
        }
        if (requirements.registeredOnly()) {
            reasons.add("REGISTERED".equals(facts.residence()) ? MatchReason.met(Kind.RESIDENCE, "本地户籍")
                    : MatchReason.failed(Kind.RESIDENCE, "须为本地户籍，本户为常住人口"));
        }
        return reasons;
    }

    private static Integer age(LocalDate birthDate, LocalDate today) {
        return birthDate == null ? null : Period.between(birthDate, today).getYears();
    }

    private static boolean fits(int age, Integer min, Integer max) {
        return (min == null || age >= min) && (max == null || age <= max);
    }

    private static String range(Integer min, Integer max) {
        if (min != null && max != null) {
            return min + "至" + max + "岁";
        }
        return min != null ? min + "岁以上" : max + "岁以下";
    }
}
