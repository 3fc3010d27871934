package org.zhulian.discovery;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.neo4j.driver.Value;
import org.zhulian.security.PersonalRecord;

/**
 * An event about someone not in the registry (Changzhou watches people without local household
 * registration too): the person shows only by the masked ID number; the region is where it is listed.
 */
public record UnmatchedEvent(String id, String departmentCode, String recordId, DepartmentEventType type, String idNumber,
                             LocalDate occurredOn, Double amount, String regionCode, OffsetDateTime receivedAt) implements PersonalRecord {

    static final String PROJECTION = "e {.id, .department, .recordId, .type, .idMasked, .occurredOn, .amount, .regionCode, .receivedAt}";

    static UnmatchedEvent of(Value map) {
        return new UnmatchedEvent(map.get("id").asString(), map.get("department").asString(), map.get("recordId").asString(),
                DepartmentEventType.valueOf(map.get("type").asString()), map.get("idMasked").asString(), map.get("occurredOn").asLocalDate(),
                map.get("amount").isNull() ? null : map.get("amount").asDouble(), map.get("regionCode").asString(null),
                map.get("receivedAt").asOffsetDateTime());
    }

    @Override
    public String toString() {
        return "UnmatchedEvent[" + id + "]";
    }
}
