package org.zhulian.need;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.zhulian.access.Changes.Change;
import org.zhulian.access.Locks;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;
import org.zhulian.system.PinyinKeys;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * Needs recorded and kept, each the work of one change under the household's lock: a need lies
 * where its household lies ({@code gridCode}) and hangs off it, so a move of the household, which
 * takes the same lock, carries it along. A need is changed only while it is open or in progress.
 */
@Service
class NeedChanges {

    /** The need in the scope, with its household's lock taken and its status read again once held. */
    private static final String LOCK_NEED = """
            MATCH (h:Household)-[:HAS_NEED]->(n:Need {id: $id}) WHERE %s
            %s
            WITH n
            RETURN n.status AS status""".formatted(Scope.covers("n"), Locks.household("h.id"));

    private final Neo4jClient neo4j;
    private final Clock clock;

    NeedChanges(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    String create(Change change, String householdId, String personId, String categoryCode, String description, Urgency urgency) {
        String grid = neo4j.query("MATCH (h:Household {id: $id}) WHERE " + Scope.covers("h") + "\n" + Locks.household("h.id")
                        + "\nRETURN h.gridCode AS grid")
                .bind(householdId).to("id").bindAll(change.caller().jurisdiction().parameters())
                .fetchAs(String.class).one().orElseThrow(() -> ForbiddenException.notVisible("household"));
        if (personId != null && !neo4j.query("RETURN EXISTS { (:Person {id: $person})-[:MEMBER_OF]->(:Household {id: $household}) }")
                .bindAll(Map.of("person", personId, "household", householdId)).fetchAs(Boolean.class).one().orElse(false)) {
            throw new InvalidInputException("input.personId", "The person is not a current member of the household");
        }
        String id = UUID.randomUUID().toString();
        neo4j.query("""
                        MATCH (h:Household {id: $household}) MATCH (c:ServiceCategory {code: $category})
                        CREATE (h)-[:HAS_NEED]->(n:Need {id: $id, categoryCode: $category, description: $description,
                                                         urgency: $urgency, urgencyRank: $rank, status: 'OPEN', created: $now, gridCode: $grid})
                        SET n += $pinyin
                        CREATE (n)-[:OF_CATEGORY]->(c)
                        WITH n OPTIONAL MATCH (p:Person {id: $person})
                        FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (n)-[:CONCERNS]->(p))""")
                .bindAll(Parameters.of("household", householdId, "category", categoryCode, "id", id, "description", description,
                        "urgency", urgency.name(), "rank", urgency.rank(), "now", OffsetDateTime.now(clock), "grid", grid, "person", personId,
                        "pinyin", PinyinKeys.ofText(description).properties()))
                .run();
        change.touches(id, householdId, personId);
        return id;
    }

    /** Sets what is given; null leaves a property as it is. */
    void update(Change change, String id, String categoryCode, String description, Urgency urgency) {
        requireOpen(id, change);
        neo4j.query("""
                        MATCH (n:Need {id: $id})
                        SET n.description = coalesce($description, n.description), n.urgency = coalesce($urgency, n.urgency),
                            n.urgencyRank = coalesce($rank, n.urgencyRank), n += $pinyin
                        WITH n WHERE $category IS NOT NULL
                        MATCH (c:ServiceCategory {code: $category})
                        OPTIONAL MATCH (n)-[old:OF_CATEGORY]->(:ServiceCategory)
                        DELETE old
                        WITH DISTINCT n, c
                        SET n.categoryCode = c.code
                        CREATE (n)-[:OF_CATEGORY]->(c)""")
                .bindAll(Parameters.of("id", id, "description", description, "urgency", urgency == null ? null : urgency.name(),
                        "rank", urgency == null ? null : urgency.rank(), "category", categoryCode, "pinyin", description == null ? Map.of() : PinyinKeys.ofText(description).properties()))
                .run();
    }

    void close(Change change, String id, NeedStatus outcome, String reason) {
        if (outcome != NeedStatus.MET && outcome != NeedStatus.CLOSED) {
            throw new InvalidInputException("input.outcome", "A need ends as MET or CLOSED");
        }
        requireOpen(id, change);
        // A need referred to a service ends with its referrals (referral package), which hold places.
        if (neo4j.query("RETURN EXISTS { (:Need {id: $id})<-[:FOR]-(r:Referral) WHERE r.status IN ['PENDING', 'ACCEPTED', 'IN_SERVICE'] }")
                .bind(id).to("id").fetchAs(Boolean.class).one().orElse(false)) {
            throw new InvalidInputException("input.id", "The need has open referrals: complete or cancel them first").withRecord(id);
        }
        // Nor while a micro-wish of it lives (wish package): a donor may be on the way.
        if (neo4j.query("RETURN EXISTS { (:Need {id: $id})<-[:FOR]-(:LiveWish) }").bind(id).to("id").fetchAs(Boolean.class).one().orElse(false)) {
            throw new InvalidInputException("input.id", "The need has a live micro-wish: cancel it first").withRecord(id);
        }
        neo4j.query("MATCH (n:Need {id: $id}) SET n.status = $status, n.closedAt = $now, n.closeReason = $reason")
                .bindAll(Parameters.of("id", id, "status", outcome.name(), "now", OffsetDateTime.now(clock), "reason", reason))
                .run();
    }

    private void requireOpen(String id, Change change) {
        String status = neo4j.query(LOCK_NEED).bind(id).to("id").bindAll(change.caller().jurisdiction().parameters())
                .fetchAs(String.class).one().orElseThrow(() -> ForbiddenException.notVisible("need"));
        if (!NeedStatus.OPEN.name().equals(status) && !NeedStatus.IN_PROGRESS.name().equals(status)) {
            throw new InvalidInputException("input.id", "The need is closed already");
        }
        change.touches(id);
    }
}
