package org.zhulian.referral;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.zhulian.access.Changes.Change;
import org.zhulian.access.Locks;
import org.zhulian.security.Caller;
import org.zhulian.security.Role;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * Referrals made and moved, each the work of one change. A referral hangs off the household and
 * carries its {@code gridCode}, so a move of the household carries it along; every change takes the
 * household's lock first, then, when places are at stake, the service's lock, and reads what it
 * decides on only once both are held.
 */
@Service
class ReferralChanges {

    /** The open statuses as a Cypher list, from {@link ReferralStatus#open()}. */
    private static final String OPEN = Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::open)
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ", "[", "]"));

    private final Neo4jClient neo4j;
    private final Clock clock;

    ReferralChanges(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    /** Refers an open need in the caller's jurisdiction to a service, PENDING; the need is then in progress. */
    String refer(Change change, String needId, String serviceId, String note) {
        Caller caller = change.caller();
        String householdId = neo4j.query("MATCH (h:Household)-[:HAS_NEED]->(n:Need {id: $id}) WHERE " + Scope.covers("n") + "\n"
                        + Locks.household("h.id") + "\nRETURN h.id AS household")
                .bind(needId).to("id").bindAll(caller.jurisdiction().parameters())
                .fetchAs(String.class).one().orElseThrow(() -> ForbiddenException.notVisible("need"));
        Map<String, Object> need = neo4j.query("MATCH (n:Need {id: $id}) RETURN n.status AS status").bind(needId).to("id")
                .fetch().one().orElseThrow();
        if (!"OPEN".equals(need.get("status")) && !"IN_PROGRESS".equals(need.get("status"))) {
            throw new InvalidInputException("input.needId", "The need is closed already").withRecord(needId);
        }
        Map<String, Object> service = neo4j.query("MATCH (p:Provider)-[:OFFERS]->(s:Service {id: $id}) RETURN p.id AS provider")
                .bind(serviceId).to("id").fetch().one()
                .orElseThrow(() -> new InvalidInputException("input.serviceId", "No service with this id"));
        boolean referred = neo4j.query("RETURN EXISTS { (:Need {id: $need})<-[:FOR]-(r:Referral)-[:TO]->(:Service {id: $service}) WHERE r.status IN "
                        + OPEN + " } AS referred")
                .bindAll(Map.of("need", needId, "service", serviceId)).fetchAs(Boolean.class).one().orElse(false);
        if (referred) {
            throw new InvalidInputException("input.serviceId", "The need is referred to this service already").withRecord(needId);
        }
        String id = UUID.randomUUID().toString();
        neo4j.query("""
                        MATCH (h:Household {id: $household})-[:HAS_NEED]->(n:Need {id: $need}), (p:Provider)-[:OFFERS]->(s:Service {id: $service})
                        CREATE (h)-[:HAS_REFERRAL]->(r:Referral {id: $id, status: 'PENDING', needId: n.id, serviceId: s.id, providerId: p.id,
                                providerRegionCode: p.regionCode, categoryCode: n.categoryCode, urgency: n.urgency, note: $note,
                                created: $now, updated: $now, referredBy: $actor, gridCode: h.gridCode})
                        CREATE (r)-[:FOR]->(n)
                        CREATE (r)-[:TO]->(s)
                        CREATE (r)-[:STEP]->(:ReferralStep {seq: 1, status: 'PENDING', at: $now, actor: $actor, note: $note})
                        SET n.status = 'IN_PROGRESS'""")
                .bindAll(Parameters.of("household", householdId, "need", needId, "service", serviceId, "id", id, "note", note,
                        "now", OffsetDateTime.now(clock), "actor", caller.user()))
                .run();
        change.touches(id, needId, householdId);
        return id;
    }

    /** Moves a referral the caller sees one step on, if the step is legal and the caller's side may take it. */
    void move(Change change, String id, ReferralStatus to, String note) {
        Caller caller = change.caller();
        boolean found = neo4j.query("MATCH (h:Household)-[:HAS_REFERRAL]->(r:Referral {id: $id}) WHERE " + Referral.VISIBLE + "\n"
                        + Locks.household("h.id") + "\nWITH DISTINCT r SET r.revision = coalesce(r.revision, 0) + 1 RETURN count(r) > 0")
                .bindAll(Parameters.of("id", id, "provider", caller.provider())).bindAll(caller.jurisdiction().parameters())
                .fetchAs(Boolean.class).one().orElse(false);
        if (!found) {
            throw ForbiddenException.notVisible("referral");
        }
        Map<String, Object> referral = neo4j.query("""
                        MATCH (r:Referral {id: $id})-[:TO]->(s:Service)
                        RETURN r.status AS status, r.gridCode AS grid, r.providerId AS provider, r.providerRegionCode AS providerRegion,
                               r.needId AS need, s.id AS service, s.name AS serviceName""")
                .bind(id).to("id").fetch().one().orElseThrow();
        ReferralStatus from = ReferralStatus.valueOf((String) referral.get("status"));
        String needId = (String) referral.get("need");
        change.touches(id, needId);
        if (!from.mayMoveTo(to)) {
            throw new InvalidInputException("input.status", "A referral that is " + from + " cannot become " + to).withRecord(id);
        }
        boolean providerSide = actsForProvider(caller, (String) referral.get("provider"), (String) referral.get("providerRegion"));
        boolean referringSide = caller.writesRegistry() && caller.jurisdiction().includes((String) referral.get("grid"));
        if (to.providerStep() ? !providerSide : !providerSide && !referringSide) {
            throw new ForbiddenException(to.providerStep() ? "Only the provider's side may make a referral " + to
                    : "Only the referring or the provider's side may cancel a referral");
        }
        if (to.needsReason() && note == null) {
            throw new InvalidInputException("input.note", "Say why the referral is " + to.name().toLowerCase()).withRecord(id);
        }
        String needStatus = neo4j.query("MATCH (n:Need {id: $id}) RETURN n.status").bind(needId).to("id")
                .fetchAs(String.class).one().orElse("CLOSED");
        if (to.open() && !"OPEN".equals(needStatus) && !"IN_PROGRESS".equals(needStatus)) {
            throw new InvalidInputException("input.status", "The need is closed already; the referral can only be cancelled").withRecord(id);
        }
        // A need with a live micro-wish (wish package, :LiveWish) waits for a donor: two helpers would cover it twice.
        if (to == ReferralStatus.ACCEPTED && neo4j.query("RETURN EXISTS { (:Need {id: $id})<-[:FOR]-(:LiveWish) }")
                .bind(needId).to("id").fetchAs(Boolean.class).one().orElse(false)) {
            throw new InvalidInputException("input.status", "The need has a live micro-wish: cancel the wish before accepting").withRecord(id);
        }
        String serviceId = (String) referral.get("service");
        if (to.holdsPlace() && !from.holdsPlace()) {
            takePlace(serviceId, id);
        } else if (from.holdsPlace() && !to.holdsPlace()) {
            freePlace(serviceId);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        step(id, to, now, caller.user(), note);
        if (to == ReferralStatus.COMPLETED) {
            cancelOthers(id, needId, now, caller.user());
            neo4j.query("""
                            MATCH (n:Need {id: $need}) WHERE n.status IN ['OPEN', 'IN_PROGRESS']
                            SET n.status = 'MET', n.closedAt = $now, n.closeReason = $reason""")
                    .bindAll(Parameters.of("need", needId, "now", now, "reason", "转介服务完成：" + referral.get("serviceName")))
                    .run();
        } else if (!to.open()) {
            neo4j.query("MATCH (n:Need {id: $need}) WHERE n.status = 'IN_PROGRESS' AND NOT EXISTS { (n)<-[:FOR]-(o:Referral) WHERE o.status IN "
                            + OPEN + " } AND NOT EXISTS { (n)<-[:FOR]-(:Wish {status: 'CLAIMED'}) } SET n.status = 'OPEN'")
                    .bind(needId).to("need").run();
        }
    }

    private void step(String id, ReferralStatus to, OffsetDateTime now, String actor, String note) {
        neo4j.query("""
                        MATCH (r:Referral {id: $id})
                        SET r.status = $status, r.updated = $now
                        WITH r, COUNT { (r)-[:STEP]->(:ReferralStep) } AS steps
                        CREATE (r)-[:STEP]->(:ReferralStep {seq: steps + 1, status: $status, at: $now, actor: $actor, note: $note})""")
                .bindAll(Parameters.of("id", id, "status", to.name(), "now", now, "actor", actor, "note", note))
                .run();
    }

    /** Once a need is met, its other open referrals are cancelled, and the places they held freed. */
    private void cancelOthers(String completed, String needId, OffsetDateTime now, String actor) {
        neo4j.query("""
                        MATCH (:Need {id: $need})<-[:FOR]-(r:Referral)-[:TO]->(s:Service)
                        WHERE r.id <> $completed AND r.status IN %s
                        RETURN r.id AS id, r.status AS status, s.id AS service ORDER BY s.id""".formatted(OPEN))
                .bindAll(Map.of("need", needId, "completed", completed))
                .fetch().all()
                .forEach(other -> {
                    if (ReferralStatus.valueOf((String) other.get("status")).holdsPlace()) {
                        freePlace((String) other.get("service"));
                    }
                    step((String) other.get("id"), ReferralStatus.CANCELLED, now, actor, "需求已由其他转介满足");
                });
    }

    /**
     * Takes one of the service's places, if one is free, under the service's lock: of any number of
     * acceptances racing for the last places, exactly as many as are free succeed. A service not
     * limited by places counts them too, so that a total set later starts from what is held.
     */
    private void takePlace(String serviceId, String referralId) {
        lockService(serviceId);
        boolean taken = neo4j.query("""
                        MATCH (s:Service {id: $id}) WHERE s.placesTotal IS NULL OR coalesce(s.placesTaken, 0) < s.placesTotal
                        SET s.placesTaken = coalesce(s.placesTaken, 0) + 1
                        RETURN count(s) > 0""")
                .bind(serviceId).to("id").fetchAs(Boolean.class).one().orElse(false);
        if (!taken) {
            throw new InvalidInputException("input.status", "The service has no free place").withRecord(referralId);
        }
    }

    private void freePlace(String serviceId) {
        lockService(serviceId);
        neo4j.query("""
                        MATCH (s:Service {id: $id})
                        SET s.placesTaken = CASE WHEN s.placesTaken > 0 THEN s.placesTaken - 1 ELSE 0 END""")
                .bind(serviceId).to("id").run();
    }

    private void lockService(String serviceId) {
        neo4j.query(Locks.service("$id")).bind(serviceId).to("id").run();
    }

    /** ADMIN, a caseworker whose jurisdiction holds the provider, or the provider's own staff. */
    static boolean actsForProvider(Caller caller, String providerId, String providerRegionCode) {
        return caller.role() == Role.ADMIN
                || caller.role() == Role.CASEWORKER && caller.jurisdiction().includes(providerRegionCode)
                || caller.role() == Role.PROVIDER && providerId.equals(caller.provider());
    }
}
