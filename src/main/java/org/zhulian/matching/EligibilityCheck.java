package org.zhulian.matching;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        boolean age = requirements.minAge() != null || requirements.maxAge() != null;
        if (age || requirements.disability()) {
            reasons.addAll(personRequirements(requirements, facts, today, household));
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

    /**
     * Age and disability are one person's: for a need of the whole household, one member must meet
     * both (a disabled 30-year-old beside a healthy 80-year-old does not make "60 or older, with a
     * certificate").
     */
    private static List<MatchReason> personRequirements(Eligibility requirements, NeedFacts facts, LocalDate today, boolean household) {
        boolean age = requirements.minAge() != null || requirements.maxAge() != null;
        String range = age ? range(requirements.minAge(), requirements.maxAge()) : null;
        List<MatchReason> reasons = new ArrayList<>();
        if (!household) {
            NeedFacts.PersonFacts person = facts.persons().getFirst();
            if (age) {
                Integer years = age(person.birthDate(), today);
                String stated = years == null ? "年龄未登记" : "本人" + years + "岁";
                reasons.add(years != null && fits(years, requirements.minAge(), requirements.maxAge())
                        ? MatchReason.met(Kind.AGE, stated + "，符合" + range) : MatchReason.failed(Kind.AGE, "须" + range + "，" + stated));
            }
            if (requirements.disability()) {
                reasons.add(person.disabled() ? MatchReason.met(Kind.DISABILITY, "持有残疾证")
                        : MatchReason.failed(Kind.DISABILITY, "须持残疾证，本人未持证"));
            }
            return reasons;
        }
        boolean someoneFits = facts.persons().stream().anyMatch(p -> meets(p, requirements, today));
        boolean someoneOfAge = !age || facts.persons().stream().anyMatch(p -> ofAge(p, requirements, today));
        boolean someoneDisabled = !requirements.disability() || facts.persons().stream().anyMatch(NeedFacts.PersonFacts::disabled);
        if (age) {
            reasons.add(someoneFits ? MatchReason.met(Kind.AGE, "户内有成员年龄符合" + range)
                    : someoneOfAge && !someoneDisabled ? MatchReason.met(Kind.AGE, "户内有成员年龄符合" + range)
                    : someoneOfAge ? MatchReason.failed(Kind.AGE, "须" + range + "且持残疾证，户内无成员同时符合")
                    : MatchReason.failed(Kind.AGE, "须" + range + "，户内无成员符合"));
        }
        if (requirements.disability()) {
            reasons.add(someoneFits || !age && someoneDisabled ? MatchReason.met(Kind.DISABILITY, "户内有持残疾证成员")
                    : MatchReason.failed(Kind.DISABILITY, someoneDisabled ? "持证成员不符合年龄要求" : "须持残疾证，户内无持证成员"));
        }
        return reasons;
    }

    private static boolean meets(NeedFacts.PersonFacts person, Eligibility requirements, LocalDate today) {
        return ofAge(person, requirements, today) && (!requirements.disability() || person.disabled());
    }

    private static boolean ofAge(NeedFacts.PersonFacts person, Eligibility requirements, LocalDate today) {
        if (requirements.minAge() == null && requirements.maxAge() == null) {
            return true;
        }
        Integer years = age(person.birthDate(), today);
        return years != null && fits(years, requirements.minAge(), requirements.maxAge());
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
