package org.zhulian.household;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.access.Changes.Change;
import org.zhulian.access.Locks;
import org.zhulian.security.Caller;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Keyset;

/**
 * Transfers of persons between jurisdictions, each step the work of one change. The requesting side
 * learns only that the person exists elsewhere (counted, see {@link IdentityProbes}); the person's
 * record crosses only when the side that holds it accepts. Accepting takes the locks of both
 * households, in the order of their ids, so two transfers between the same households cannot
 * deadlock one another.
 */
@Service
class Transfers {

    /** Whether transfer {@code t} has an end in the scope. */
    private static final String EITHER_END = "any(prefix IN $scope WHERE t.gridCode STARTS WITH prefix OR t.fromGridCode STARTS WITH prefix)";

    private static final String WAITING = """
            MATCH (t:Transfer {id: $id})-[:OF]->(p:Person) WHERE %s
            MATCH (t)-[:INTO]->(h:Household)
            OPTIONAL MATCH (p)-[m:MEMBER_OF]->(from:Household)
            RETURN t.status AS status, t.role AS role, p.id AS person, h.id AS household, from.id AS from, m.role AS fromRole""";

    private final Neo4jClient neo4j;
    private final Registry registry;
    private final IdentityProbes probes;
    private final Clock clock;

    Transfers(Neo4jClient neo4j, Registry registry, IdentityProbes probes, Clock clock) {
        this.neo4j = neo4j;
        this.registry = registry;
        this.probes = probes;
        this.clock = clock;
    }

    String request(Change change, String idNumber, String householdId, MemberRole role, String reason) {
        Caller caller = change.caller();
        probes.requireUnderLimit(caller);
        String grid = neo4j.query(Registry.LOCK_HOUSEHOLD).bind(householdId).to("id").bindAll(caller.jurisdiction().parameters())
                .fetchAs(String.class).one().orElseThrow(() -> ForbiddenException.notVisible("household"));
        Map<String, Object> person = neo4j.query("""
                        MATCH (p:Person {idNumber: $idNumber})
                        SET p.revision = coalesce(p.revision, 0) + 1
                        RETURN p.id AS id, p.gridCode AS gridCode, EXISTS { (:Transfer {status: 'REQUESTED'})-[:OF]->(p) } AS waiting""")
                .bind(idNumber).to("idNumber").fetch().one()
                .orElseThrow(() -> probes.revealing(caller, idNumber, "input.idNumber",
                        "No one is registered with this ID number: add them with addMember"));
        if (caller.jurisdiction().includes((String) person.get("gridCode"))) {
            throw probes.known(caller, idNumber, "input.idNumber", "This person is in your jurisdiction: add them with addMember");
        }
        String hashed = probes.count(caller, idNumber);
        if ((Boolean) person.get("waiting")) {
            throw new InvalidInputException("input.idNumber", "A transfer of this person is waiting already").withRecord(hashed);
        }
        registry.requireRoleFits(householdId, role);
        String id = UUID.randomUUID().toString();
        neo4j.query("""
                        MATCH (p:Person {id: $person}) MATCH (h:Household {id: $household})
                        CREATE (t:Transfer {id: $id, status: 'REQUESTED', role: $role, reason: $reason, requestedBy: $actor,
                                            requestedAt: $now, gridCode: $grid, fromGridCode: p.gridCode})
                        CREATE (t)-[:OF]->(p), (t)-[:INTO]->(h)""")
                .bindAll(Parameters.of("person", person.get("id"), "household", householdId, "id", id, "role", role.name(),
                        "reason", reason, "actor", caller.user(), "now", OffsetDateTime.now(clock), "grid", grid))
                .run();
        change.touches(id, householdId, (String) person.get("id"), hashed);
        return id;
    }

    /**
     * Moves the person, decided by the side that holds them (or ADMIN). Locks the transfer, then
     * both households in the order of their ids, then the person, and reads everything again: a
     * concurrent rejection, addition or removal either came first and is seen, or waits.
     */
    void accept(Change change, String id, String note) {
        Map<String, Object> waiting = waiting(id, change.caller().jurisdiction());
        neo4j.query("MATCH (t:Transfer {id: $id}) SET t.revision = coalesce(t.revision, 0) + 1").bind(id).to("id").run();
        List<String> households = Stream.of((String) waiting.get("from"), (String) waiting.get("household"))
                .filter(Objects::nonNull).distinct().sorted().toList();
        neo4j.query("UNWIND $ids AS householdId " + Locks.household("householdId")).bind(households).to("ids").run();
        neo4j.query("MATCH (p:Person {id: $id}) SET p.revision = coalesce(p.revision, 0) + 1").bind(waiting.get("person")).to("id").run();
        Map<String, Object> locked = waiting(id, change.caller().jurisdiction());
        if (!Objects.equals(locked, waiting)) {
            throw new Registry.ConcurrentChange();
        }
        MemberRole role = MemberRole.valueOf((String) locked.get("role"));
        if ("HEAD".equals(locked.get("fromRole")) && registry.othersThanTheHead((String) locked.get("from"))) {
            throw new InvalidInputException("input.id", "The person heads their household: hand the headship over first");
        }
        registry.requireRoleFits((String) locked.get("household"), role);
        neo4j.query("""
                        MATCH (t:Transfer {id: $id, status: 'REQUESTED'})-[:OF]->(p:Person)
                        MATCH (t)-[:INTO]->(h:Household)
                        OPTIONAL MATCH (p)-[m:MEMBER_OF]->(from:Household)
                        FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END |
                          CREATE (p)-[:FORMER_MEMBER_OF {role: m.role, since: m.since, until: $today, reason: $reason}]->(from))
                        DELETE m
                        WITH t, p, h
                        CALL (p, h) {
                          MATCH (p)-[a:HAS_LABEL]->(l:Label)
                          WHERE (a.until IS NULL OR a.until >= $today) AND NOT h.gridCode STARTS WITH l.scope
                          SET a.until = CASE WHEN a.since > $today - duration('P1D') THEN a.since ELSE $today - duration('P1D') END
                        }
                        CREATE (p)-[:MEMBER_OF {role: t.role, since: $today}]->(h)
                        SET p.gridCode = h.gridCode, t.status = 'ACCEPTED', t.decidedBy = $actor, t.decidedAt = $now, t.note = $note""")
                .bindAll(Parameters.of("id", id, "today", LocalDate.now(clock), "reason", "转出: " + id, "actor", change.caller().user(),
                        "now", OffsetDateTime.now(clock), "note", note))
                .run();
        change.touches((String) locked.get("person"), (String) locked.get("household"), (String) locked.get("from"));
    }

    /** Rejected by the side that holds the person, or withdrawn by the side that asked. */
    void reject(Change change, String id, String note) {
        boolean open = neo4j.query("""
                        MATCH (t:Transfer {id: $id}) WHERE %s
                        SET t.revision = coalesce(t.revision, 0) + 1
                        WITH t, t.status = 'REQUESTED' AS open
                        FOREACH (_ IN CASE WHEN open THEN [1] ELSE [] END |
                          SET t.status = 'REJECTED', t.decidedBy = $actor, t.decidedAt = $now, t.note = $note)
                        RETURN open""".formatted(EITHER_END))
                .bindAll(Parameters.of("id", id, "actor", change.caller().user(), "now", OffsetDateTime.now(clock), "note", note))
                .bindAll(change.caller().jurisdiction().parameters())
                .fetchAs(Boolean.class).one().orElseThrow(() -> ForbiddenException.notVisible("transfer"));
        if (!open) {
            throw new InvalidInputException("input.id", "The transfer has been decided already");
        }
        change.touches(id);
    }

    /** The transfers with an end in the scope, each end found on its index. */
    private static final String IN_SCOPE = """
            CALL () {
              UNWIND $scope AS prefix MATCH (t:Transfer) WHERE t.gridCode STARTS WITH prefix RETURN t
              UNION
              UNWIND $scope AS prefix MATCH (t:Transfer) WHERE t.fromGridCode STARTS WITH prefix RETURN t
            }
            WITH t WHERE $statuses IS NULL OR t.status IN $statuses
            """;

    /** The transfers with an end in the scope, newest first. */
    static final Keyset ORDER = Keyset.of("t.requestedAt DESC", "t.id");

    @Transactional(readOnly = true)
    List<Keyset.Row<Transfer>> page(Scope scope, List<String> statuses, Keyset.Slice slice) {
        return slice.rows(neo4j.query(slice.statement(IN_SCOPE, Transfer.PROJECTION + " AS transfer")).bindAll(scope.parameters())
                .bind(statuses).to("statuses"), row -> Transfer.of(row.get("transfer")));
    }

    @Transactional(readOnly = true)
    long count(Scope scope, List<String> statuses) {
        return neo4j.query(IN_SCOPE + "RETURN count(t)").bindAll(scope.parameters()).bind(statuses).to("statuses")
                .fetchAs(Long.class).one().orElse(0L);
    }

    /** The transfer, if it has an end in the scope. */
    @Transactional(readOnly = true)
    Transfer find(String id, Scope scope) {
        return neo4j.query("MATCH (t:Transfer {id: $id}) WHERE %s RETURN %s AS transfer".formatted(EITHER_END, Transfer.PROJECTION))
                .bind(id).to("id").bindAll(scope.parameters())
                .fetchAs(Transfer.class).mappedBy((types, row) -> Transfer.of(row.get("transfer"))).one()
                .orElseThrow(() -> ForbiddenException.notVisible("transfer"));
    }

    /** A waiting transfer of a person in the scope; anything else is not the caller's to decide. */
    private Map<String, Object> waiting(String id, Scope scope) {
        Map<String, Object> found = neo4j.query(WAITING.formatted(Scope.covers("p"))).bind(id).to("id").bindAll(scope.parameters())
                .fetch().one().orElseThrow(() -> ForbiddenException.notVisible("transfer"));
        if (!"REQUESTED".equals(found.get("status"))) {
            throw new InvalidInputException("input.id", "The transfer has been decided already");
        }
        return found;
    }
}
