package org.zhulian.household;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Value;
import org.zhulian.label.LabelAssignment;
import org.zhulian.security.PersonalRecord;

/**
 * A person with the household membership and labels the API shows with it. {@code idNumber} and
 * {@code phone} hold the clear values; the GraphQL layer masks them.
 */
public record Person(String id, String name, String gender, LocalDate birthDate, String idNumber, String phone,
                     Disability disability, String health, String employment, Double monthlyIncome,
                     String householdId, MemberRole role, List<LabelAssignment> labels) implements PersonalRecord {

    /**
     * Cypher map projection of person {@code p} with membership {@code m} in household {@code h}
     * (both may be null), read by {@link #of(Value)}.
     */
    static final String PROJECTION = """
            p {.id, .name, .gender, .birthDate, .idNumber, .phone, .disabilityType, .disabilityGrade,
               .health, .employment, .monthlyIncome, role: m.role, householdId: h.id,
               labels: %s}""".formatted(LabelAssignment.LIST_PROJECTION.formatted("p"));

    /** Head first, then by role, then oldest first. */
    static final Comparator<Person> HOUSEHOLD_ORDER = Comparator
            .comparing(Person::role, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Person::birthDate)
            .thenComparing(Person::id);

    static Person of(Value map) {
        Value type = map.get("disabilityType");
        return new Person(map.get("id").asString(), map.get("name").asString(), map.get("gender").asString(),
                map.get("birthDate").asLocalDate(), map.get("idNumber").asString(null), map.get("phone").asString(null),
                type.isNull() ? null : new Disability(type.asString(),
                        map.get("disabilityGrade").isNull() ? null : map.get("disabilityGrade").asInt()),
                map.get("health").asString(null), map.get("employment").asString(null),
                map.get("monthlyIncome").isNull() ? null : map.get("monthlyIncome").asDouble(),
                map.get("householdId").asString(null),
                map.get("role").isNull() ? null : MemberRole.valueOf(map.get("role").asString()),
                LabelAssignment.listOf(map.get("labels")));
    }

    /** Identifies the record without its personal data, for whatever logs it. */
    @Override
    public String toString() {
        return "Person[" + id + "]";
    }

    /** Age in whole years on {@code day}. */
    int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
