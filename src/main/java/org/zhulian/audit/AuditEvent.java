package org.zhulian.audit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

/**
 * One entry of the audit log. It names records by id only: the log must not become a second copy
 * of the personal data it protects.
 *
 * @param actor      the token's subject
 * @param role       the caller's role, null when the token named none
 * @param action     the GraphQL field that was used, e.g. {@code household}, {@code Person.idNumber}
 * @param subjectIds the households, persons or labels concerned
 * @param purpose    the reason the caller gave, for clear personal data
 */
public record AuditEvent(String id, OffsetDateTime at, String actor, String role, String action,
                         List<String> subjectIds, String purpose, Outcome outcome) {

    Map<String, Object> parameters() {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("at", at);
        row.put("actor", actor);
        row.put("role", role);
        row.put("action", action);
        row.put("subjects", subjectIds);
        row.put("purpose", purpose);
        row.put("outcome", outcome.name());
        return row;
    }

    static AuditEvent of(Value map) {
        return new AuditEvent(map.get("id").asString(), map.get("at").asOffsetDateTime(), map.get("actor").asString(),
                map.get("role").asString(null), map.get("action").asString(), map.get("subjects").asList(Value::asString),
                map.get("purpose").asString(null), Outcome.valueOf(map.get("outcome").asString()));
    }
}
