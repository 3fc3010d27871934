package org.zhulian.need;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Value;
import org.zhulian.provider.ServiceCategory;
import org.zhulian.security.PersonalRecord;

/** A need of a household, or of one member ({@code personId}), with its category. */
public record Need(String id, ServiceCategory category, String description, Urgency urgency, NeedStatus status,
                   OffsetDateTime created, OffsetDateTime closedAt, String closeReason, String householdId, String personId)
        implements PersonalRecord {

    /**
     * Cypher map projection of need {@code n} of household {@code %s}, read by {@link #of(Value)}.
     * Use with {@code formatted(householdVariable)}.
     */
    public static final String PROJECTION = """
            n {.id, .categoryCode, .description, .urgency, .status, .created, .closedAt, .closeReason, householdId: %s.id,
               categoryName: head([(n)-[:OF_CATEGORY]->(c:ServiceCategory) | c.name]),
               personId: head([(n)-[:CONCERNS]->(about:Person) | about.id])}""";

    /** The needs of household {@code %s}, newest first. */
    public static final String LIST_PROJECTION = "[(%1$s)-[:HAS_NEED]->(n:Need) | " + PROJECTION + "]";

    static final Comparator<Need> NEWEST_FIRST = Comparator.comparing(Need::created).reversed().thenComparing(Need::id);

    public static Need of(Value map) {
        return new Need(map.get("id").asString(), new ServiceCategory(map.get("categoryCode").asString(),
                        map.get("categoryName").asString(map.get("categoryCode").asString())), map.get("description").asString(),
                Urgency.valueOf(map.get("urgency").asString()), NeedStatus.valueOf(map.get("status").asString()),
                map.get("created").asOffsetDateTime(), map.get("closedAt").isNull() ? null : map.get("closedAt").asOffsetDateTime(),
                map.get("closeReason").asString(null), map.get("householdId").asString(),
                map.get("personId").isNull() ? null : map.get("personId").asString());
    }

    /** Identifies the record without its description, which may say anything about a family, for whatever logs it. */
    @Override
    public String toString() {
        return "Need[" + id + "]";
    }

    public static List<Need> listOf(Value list) {
        return list.asList(Need::of).stream().sorted(NEWEST_FIRST).toList();
    }
}
