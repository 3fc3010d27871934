package org.zhulian.wish;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.zhulian.access.Locks;
import org.zhulian.region.Regions;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;
import org.zhulian.system.graphql.ForbiddenException;

/**
 * What every change of a wish does, whoever makes it: take the household's lock (a wish hangs off its
 * household and changes under its lock, like the household's needs and referrals), read the wish
 * once the lock is held, and move it one step on record. A wish that leaves the live statuses loses
 * {@code :LiveWish}, so its need may get a new one; a claim that ends loses {@code :ActiveClaim}.
 */
@Component
class WishSteps {

    /** The open statuses of a referral, as the referral package keeps them. */
    static final String OPEN_REFERRAL = "['PENDING', 'ACCEPTED', 'IN_SERVICE']";
    /** The statuses of a referral that covers its need: the provider has taken it on. */
    static final String COVERING_REFERRAL = "['ACCEPTED', 'IN_SERVICE']";

    private static final String LOCK = """
            MATCH (h:Household)-[:HAS_WISH]->(w:Wish {id: $id}) WHERE %s
            """ + Locks.household("h.id") + "\nRETURN h.id AS household";

    private final Neo4jClient neo4j;
    private final Regions regions;

    WishSteps(Neo4jClient neo4j, Regions regions) {
        this.neo4j = neo4j;
        this.regions = regions;
    }

    /**
     * Where a wish stands, read under its household's lock.
     *
     * @param editors who wrote the draft: its drafter and whoever corrected it
     * @param claim   the active claim, or null
     */
    record State(String id, WishStatus status, String item, List<String> editors, String reviewedBy, boolean consented, LocalDate deadline, String needId,
                 String needStatus, String householdId, String gridCode, boolean coveredByReferral, ActiveClaim claim) {

        boolean heldBy(String donorId) {
            return claim != null && claim.donorId().equals(donorId);
        }
    }

    /** The active claim on a wish. */
    record ActiveClaim(String id, String donorId, boolean delivered) {
    }

    /** Locks the household of a wish in the scope and returns its state; FORBIDDEN when there is none. */
    State lockInScope(String wishId, Scope scope) {
        neo4j.query(LOCK.formatted(Scope.covers("w"))).bind(wishId).to("id").bindAll(scope.parameters())
                .fetchAs(String.class).one().orElseThrow(() -> ForbiddenException.notVisible("wish"));
        return state(wishId);
    }

    /** Locks the household of a wish any donor may see (published, whatever became of it since) and returns its state. */
    State lockShown(String wishId) {
        neo4j.query(LOCK.formatted("w.status IN " + WishStatus.SHOWN_TO_DONORS)).bind(wishId).to("id")
                .fetchAs(String.class).one().orElseThrow(() -> new ForbiddenException("No published wish with this id"));
        return state(wishId);
    }

    private State state(String wishId) {
        Map<String, Object> row = neo4j.query("""
                        MATCH (h:Household)-[:HAS_WISH]->(w:Wish {id: $id})-[:FOR]->(n:Need)
                        RETURN w.status AS status, w.item AS item, coalesce(w.editors, [w.draftedBy]) AS editors, w.reviewedBy AS reviewedBy,
                               w.consentMethod IS NOT NULL AS consented,
                               w.deadline AS deadline, n.id AS need, n.status AS needStatus, h.id AS household, h.gridCode AS grid,
                               EXISTS { (n)<-[:FOR]-(r:Referral) WHERE r.status IN %s } AS covered,
                               head([(w)<-[:ON]-(c:ActiveClaim) | c {.id, .donorId, delivered: c.deliveredAt IS NOT NULL}]) AS claim"""
                        .formatted(COVERING_REFERRAL))
                .bind(wishId).to("id").fetch().one().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> claim = (Map<String, Object>) row.get("claim");
        @SuppressWarnings("unchecked")
        List<String> editors = (List<String>) row.get("editors");
        return new State(wishId, WishStatus.valueOf((String) row.get("status")), (String) row.get("item"), editors, (String) row.get("reviewedBy"),
                (Boolean) row.get("consented"), (LocalDate) row.get("deadline"), (String) row.get("need"), (String) row.get("needStatus"),
                (String) row.get("household"), (String) row.get("grid"), (Boolean) row.get("covered"),
                claim == null ? null : new ActiveClaim((String) claim.get("id"), (String) claim.get("donorId"), (Boolean) claim.get("delivered")));
    }

    /** Moves the wish to {@code status}, with a step on record. */
    void step(String wishId, String event, WishStatus status, OffsetDateTime now, String actor, String note) {
        neo4j.query("""
                        MATCH (w:Wish {id: $id})
                        SET w.status = $status, w.updated = $now
                        FOREACH (_ IN CASE WHEN $live THEN [] ELSE [1] END | REMOVE w:LiveWish)
                        WITH w, COUNT { (w)-[:STEP]->(:WishStep) } AS steps
                        CREATE (w)-[:STEP]->(:WishStep {seq: steps + 1, event: $event, status: $status, at: $now, actor: $actor, note: $note})""")
                .bindAll(Parameters.of("id", wishId, "status", status.name(), "live", status.live(), "now", now, "event", event,
                        "actor", actor, "note", note))
                .run();
    }

    /** Ends the active claim of a wish. */
    void endClaim(String claimId, ClaimStatus how, OffsetDateTime now) {
        neo4j.query("MATCH (c:ActiveClaim {id: $id}) REMOVE c:ActiveClaim SET c.status = $status, c.endedAt = $now")
                .bindAll(Parameters.of("id", claimId, "status", how.name(), "now", now)).run();
    }

    /** A need being worked on only through this wish is open again once nothing works on it. */
    void reopenNeed(String needId) {
        neo4j.query("""
                        MATCH (n:Need {id: $id}) WHERE n.status = 'IN_PROGRESS'
                          AND NOT EXISTS { (n)<-[:FOR]-(r:Referral) WHERE r.status IN %s }
                          AND NOT EXISTS { (n)<-[:FOR]-(:Wish {status: 'CLAIMED'}) }
                        SET n.status = 'OPEN'""".formatted(OPEN_REFERRAL))
                .bind(needId).to("id").run();
    }

    /** What would identify the family of a household, for {@link PublicText}. */
    PublicText.Family family(String householdId, String gridCode) {
        Map<String, Object> row = neo4j.query("""
                        MATCH (h:Household {id: $id})
                        RETURN h.address AS address, [(h)<-[:MEMBER_OF]-(p:Person) | p.name] AS names""")
                .bind(householdId).to("id").fetch().one().orElseThrow();
        List<String> regionNames = regions.paths(List.of(gridCode)).getFirst().stream().map(r -> r.name()).toList();
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) row.get("names");
        return PublicText.Family.of(names, (String) row.get("address"), regionNames);
    }
}
