package org.zhulian.household;

import java.time.OffsetDateTime;

import org.neo4j.driver.Value;
import org.zhulian.security.PersonalRecord;

/** A person's move from one jurisdiction into a household of another, asked for by one side and decided by the other. */
record Transfer(String id, Status status, MemberRole role, String reason, String requestedBy, OffsetDateTime requestedAt,
                String decidedBy, OffsetDateTime decidedAt, String note, String personId, String householdId)
        implements PersonalRecord {

    enum Status {
        REQUESTED, ACCEPTED, REJECTED
    }

    /** Cypher map projection of transfer {@code t}, read by {@link #of(Value)}. */
    static final String PROJECTION = """
            t {.id, .status, .role, .reason, .requestedBy, .requestedAt, .decidedBy, .decidedAt, .note,
               personId: head([(t)-[:OF]->(p:Person) | p.id]), householdId: head([(t)-[:INTO]->(h:Household) | h.id])}""";

    static Transfer of(Value map) {
        return new Transfer(map.get("id").asString(), Status.valueOf(map.get("status").asString()),
                MemberRole.valueOf(map.get("role").asString()), map.get("reason").asString(), map.get("requestedBy").asString(),
                map.get("requestedAt").asOffsetDateTime(), map.get("decidedBy").asString(null),
                map.get("decidedAt").isNull() ? null : map.get("decidedAt").asOffsetDateTime(), map.get("note").asString(null),
                map.get("personId").asString(), map.get("householdId").asString());
    }

    @Override
    public String toString() {
        return "Transfer[" + id + "]";
    }
}
