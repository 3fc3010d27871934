package org.zhulian.matching;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

/**
 * What eligibility is checked against: the household of a need and the persons it is about (the
 * member it concerns, or every current member for a need of the whole household), with the labels
 * they carry today.
 */
record NeedFacts(String needId, String categoryCode, String residence, String gridCode, List<String> householdLabels,
                 List<PersonFacts> persons) {

    /** One person's age-relevant, disability and label facts. */
    record PersonFacts(LocalDate birthDate, boolean disabled, List<String> labels) {
    }

    /** Cypher map projection of household {@code h}, need {@code n} and its persons {@code persons}; needs {@code $today}. */
    static final String PROJECTION = """
            {needId: n.id, categoryCode: n.categoryCode, residence: h.residence, gridCode: h.gridCode,
             householdLabels: [(h)-[a:HAS_LABEL]->(l:Label) WHERE %1$s | l.code],
             persons: [m IN persons | {birthDate: m.birthDate, disabled: m.disabilityType IS NOT NULL,
                                       labels: [(m)-[a:HAS_LABEL]->(l:Label) WHERE %1$s | l.code]}]}"""
            .formatted("(a.since IS NULL OR a.since <= $today) AND (a.until IS NULL OR a.until >= $today)");

    /** Names the need only: the facts are personal data. */
    @Override
    public String toString() {
        return "NeedFacts[" + needId + "]";
    }

    static NeedFacts of(Value map) {
        return new NeedFacts(map.get("needId").asString(), map.get("categoryCode").asString(), map.get("residence").asString(null),
                map.get("gridCode").asString(), map.get("householdLabels").asList(Value::asString),
                map.get("persons").asList(p -> new PersonFacts(p.get("birthDate").isNull() ? null : p.get("birthDate").asLocalDate(),
                        p.get("disabled").asBoolean(), p.get("labels").asList(Value::asString))));
    }
}
