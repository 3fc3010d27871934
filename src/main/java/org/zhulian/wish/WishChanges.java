package org.zhulian.wish;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.zhulian.access.Changes.Change;
import org.zhulian.access.Locks;
import org.zhulian.security.Caller;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * The caseworkers' side of a wish, each the work of one change under the household's lock: draft,
 * correct, review and publish, withdraw, confirm receipt, thank, invite a donor. What a donor will
 * read is checked against the family's names, numbers and address before it is stored.
 */
@Service
class WishChanges {

    private final Neo4jClient neo4j;
    private final WishSteps steps;
    private final Clock clock;

    WishChanges(Neo4jClient neo4j, WishSteps steps, Clock clock) {
        this.neo4j = neo4j;
        this.steps = steps;
        this.clock = clock;
    }

    /** What a draft says; its texts checked for shape already, for the family's details here. */
    record Draft(String item, WishCategory category, Integer quantity, Integer valueYuan, String story, LocalDate deadline,
                 WishInputs.Consent consent) {

        @Override
        public String toString() {
            return "Draft[" + category + "]";
        }
    }

    String draft(Change change, String needId, Draft draft) {
        Caller caller = change.caller();
        Map<String, Object> household = neo4j.query("MATCH (h:Household)-[:HAS_NEED]->(n:Need {id: $id}) WHERE " + Scope.covers("n") + "\n"
                        + Locks.household("h.id") + "\nRETURN h.id AS id, h.gridCode AS grid")
                .bind(needId).to("id").bindAll(caller.jurisdiction().parameters())
                .fetch().one().orElseThrow(() -> ForbiddenException.notVisible("need"));
        String householdId = (String) household.get("id");
        String grid = (String) household.get("grid");
        Map<String, Object> need = neo4j.query("""
                        MATCH (n:Need {id: $id})
                        RETURN n.status AS status, EXISTS { (n)<-[:FOR]-(:LiveWish) } AS wished,
                               EXISTS { (n)<-[:FOR]-(r:Referral) WHERE r.status IN %s } AS covered""".formatted(WishSteps.COVERING_REFERRAL))
                .bind(needId).to("id").fetch().one().orElseThrow();
        if (!"OPEN".equals(need.get("status")) && !"IN_PROGRESS".equals(need.get("status"))) {
            throw new InvalidInputException("input.needId", "The need is closed already").withRecord(needId);
        }
        if ((Boolean) need.get("wished")) {
            throw new InvalidInputException("input.needId", "The need has a live wish already: a need gets one at a time").withRecord(needId);
        }
        if ((Boolean) need.get("covered")) {
            throw new InvalidInputException("input.needId", "An accepted referral covers the need already").withRecord(needId);
        }
        PublicText.Family family = steps.family(householdId, grid);
        Map<String, Object> properties = properties(draft, family, householdId, caller);
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        neo4j.query("""
                        MATCH (h:Household {id: $household})-[:HAS_NEED]->(n:Need {id: $need})
                        OPTIONAL MATCH (community:Region {code: substring(h.gridCode, 0, 12)})
                        CREATE (h)-[:HAS_WISH]->(w:Wish:LiveWish {id: $id, needId: n.id, status: 'DRAFT', created: $now, updated: $now,
                                                                 draftedBy: $actor, editors: [$actor], gridCode: h.gridCode,
                                                                 communityCentre: community.centre})
                        SET w += $properties
                        CREATE (w)-[:FOR]->(n)
                        CREATE (w)-[:STEP]->(:WishStep {seq: 1, event: 'DRAFTED', status: 'DRAFT', at: $now, actor: $actor})""")
                .bindAll(Parameters.of("household", householdId, "need", needId, "id", id, "now", now, "actor", caller.user(),
                        "properties", properties))
                .run();
        change.touches(id, needId, householdId);
        return id;
    }

    void update(Change change, String id, Draft draft) {
        WishSteps.State wish = steps.lockInScope(id, change.caller().jurisdiction());
        change.touches(id, wish.needId(), wish.householdId());
        if (wish.status() != WishStatus.DRAFT) {
            throw new InvalidInputException("input.id", "Only a draft can be changed; a " + wish.status() + " wish can be cancelled and drafted again");
        }
        Map<String, Object> properties = properties(draft, steps.family(wish.householdId(), wish.gridCode()), wish.householdId(), change.caller());
        neo4j.query("""
                        MATCH (w:Wish {id: $id})
                        SET w += $properties,
                            w.editors = CASE WHEN $actor IN coalesce(w.editors, []) THEN w.editors ELSE coalesce(w.editors, []) + $actor END""")
                .bindAll(Parameters.of("id", id, "properties", properties, "actor", change.caller().user())).run();
        steps.step(id, "UPDATED", WishStatus.DRAFT, OffsetDateTime.now(clock), change.caller().user(), null);
    }

    /**
     * The review: a second caseworker, who neither drafted nor corrected the draft, publishes it once
     * the consent is on record. Publishing again what one published changes nothing.
     */
    void publish(Change change, String id, String note) {
        Caller caller = change.caller();
        WishSteps.State wish = steps.lockInScope(id, caller.jurisdiction());
        change.touches(id, wish.needId(), wish.householdId());
        if (wish.status() == WishStatus.PUBLISHED && caller.user().equals(wish.reviewedBy())) {
            return;
        }
        if (wish.status() != WishStatus.DRAFT) {
            throw new InvalidInputException("input.id", "A " + wish.status() + " wish cannot be published; only a draft is reviewed");
        }
        if (wish.editors().contains(caller.user())) {
            throw new ForbiddenException("You wrote this wish: a second caseworker, who did not draft or correct it, reviews and publishes it");
        }
        if (!wish.consented()) {
            throw new InvalidInputException("input.id", "The family's consent is not on record: record it with updateWish first");
        }
        if (!wish.deadline().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("input.id", "The deadline has come: set a later one with updateWish first");
        }
        if (!"OPEN".equals(wish.needStatus()) && !"IN_PROGRESS".equals(wish.needStatus())) {
            throw new InvalidInputException("input.id", "The need is closed already");
        }
        if (wish.coveredByReferral()) {
            throw new InvalidInputException("input.id", "An accepted referral covers the need already");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        neo4j.query("MATCH (w:Wish {id: $id}) SET w.publishedAt = $now, w.reviewedBy = $actor")
                .bindAll(Parameters.of("id", id, "now", now, "actor", caller.user())).run();
        steps.step(id, "PUBLISHED", WishStatus.PUBLISHED, now, caller.user(), note);
    }

    /** Withdraws a wish not yet delivered; a claim on it ends and its need is open again. Cancelling again changes nothing. */
    void cancel(Change change, String id, String reason) {
        WishSteps.State wish = steps.lockInScope(id, change.caller().jurisdiction());
        change.touches(id, wish.needId(), wish.householdId());
        if (wish.status() == WishStatus.CANCELLED) {
            return;
        }
        if (!wish.status().live()) {
            throw new InvalidInputException("input.id", "A " + wish.status() + " wish cannot be cancelled");
        }
        if (wish.claim() != null && wish.claim().delivered()) {
            throw new InvalidInputException("input.id", "The donor has delivered already: confirm the receipt instead");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (wish.claim() != null) {
            steps.endClaim(wish.claim().id(), ClaimStatus.CANCELLED, now);
        }
        steps.step(id, "CANCELLED", WishStatus.CANCELLED, now, change.caller().user(), reason);
        steps.reopenNeed(wish.needId());
    }

    /** The family received what the donor delivered: the wish is fulfilled and its need met. */
    void confirmReceipt(Change change, String id, String note) {
        WishSteps.State wish = steps.lockInScope(id, change.caller().jurisdiction());
        change.touches(id, wish.needId(), wish.householdId());
        if (wish.status() != WishStatus.CLAIMED) {
            throw new InvalidInputException("input.id", "A " + wish.status() + " wish has nothing to confirm; a claimed and delivered one has");
        }
        if (!wish.claim().delivered()) {
            throw new InvalidInputException("input.id", "The donor has not marked it delivered yet");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        steps.endClaim(wish.claim().id(), ClaimStatus.FULFILLED, now);
        neo4j.query("""
                        MATCH (w:Wish {id: $id})-[:FOR]->(n:Need)
                        SET w.fulfilledAt = $now, w.receiptNote = $note
                        WITH n WHERE n.status IN ['OPEN', 'IN_PROGRESS']
                        SET n.status = 'MET', n.closedAt = $now, n.closeReason = $reason""")
                .bindAll(Parameters.of("id", id, "now", now, "note", note, "reason", "微心愿已实现：" + wish.item())).run();
        steps.step(id, "RECEIVED", WishStatus.FULFILLED, now, change.caller().user(), note);
    }

    /** Records the family's thanks for the donor, which closes the wish. */
    void recordThanks(Change change, String id, String message) {
        WishSteps.State wish = steps.lockInScope(id, change.caller().jurisdiction());
        change.touches(id, wish.needId(), wish.householdId());
        if (wish.status() != WishStatus.FULFILLED) {
            throw new InvalidInputException("input.id", "Thanks are recorded for a FULFILLED wish; this one is " + wish.status());
        }
        String thanks = PublicText.require(message, "input.message", steps.family(wish.householdId(), wish.gridCode()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        neo4j.query("MATCH (w:Wish {id: $id}) SET w.thanks = $thanks, w.thankedAt = $now")
                .bindAll(Parameters.of("id", id, "thanks", thanks, "now", now)).run();
        steps.step(id, "THANKED", WishStatus.CLOSED, now, change.caller().user(), null);
    }

    /**
     * Invites a donor to claim a published wish; inviting again changes nothing. The donor's lock
     * comes first, as in a claim, so that an invitation and the donor's claim never wait on each other.
     */
    void invite(Change change, String id, String donorId) {
        if (neo4j.query("MATCH (d:Donor {id: $id}) SET d.revision = coalesce(d.revision, 0) + 1 RETURN d.id").bind(donorId).to("id")
                .fetchAs(String.class).one().isEmpty()) {
            throw new InvalidInputException("donorId", "No donor with this id");
        }
        WishSteps.State wish = steps.lockInScope(id, change.caller().jurisdiction());
        change.touches(id, donorId);
        if (wish.status() != WishStatus.PUBLISHED) {
            throw new InvalidInputException("wishId", "Donors are invited to a PUBLISHED wish; this one is " + wish.status());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Boolean invited = neo4j.query("""
                        MATCH (d:Donor {id: $donor}) MATCH (w:Wish {id: $id})
                        OPTIONAL MATCH (d)-[old:INVITED]->(w)
                        MERGE (d)-[i:INVITED]->(w) ON CREATE SET i.at = $now, i.by = $actor
                        RETURN old IS NULL AS created""")
                .bindAll(Parameters.of("donor", donorId, "id", id, "now", now, "actor", change.caller().user()))
                .fetchAs(Boolean.class).one().orElseThrow();
        if (invited) {
            steps.step(id, "INVITED", WishStatus.PUBLISHED, now, change.caller().user(), donorId);
        }
    }

    /** The draft's properties to set, what donors read checked against the family; null fields are left out. */
    private Map<String, Object> properties(Draft draft, PublicText.Family family, String householdId, Caller caller) {
        Map<String, Object> properties = new HashMap<>();
        if (draft.item() != null) {
            properties.put("item", PublicText.require(draft.item(), "input.item", family));
        }
        if (draft.story() != null) {
            properties.put("story", PublicText.require(draft.story(), "input.story", family));
        }
        if (draft.category() != null) {
            properties.put("category", draft.category().name());
        }
        if (draft.quantity() != null) {
            properties.put("quantity", draft.quantity());
        }
        if (draft.valueYuan() != null) {
            properties.put("valueYuan", draft.valueYuan());
        }
        if (draft.deadline() != null) {
            properties.put("deadline", draft.deadline());
        }
        WishInputs.Consent consent = draft.consent();
        if (consent != null) {
            if (consent.personId() != null && !neo4j.query("RETURN EXISTS { (:Person {id: $person})-[:MEMBER_OF]->(:Household {id: $household}) }")
                    .bindAll(Map.of("person", consent.personId(), "household", householdId)).fetchAs(Boolean.class).one().orElse(false)) {
                throw new InvalidInputException("input.consent.personId", "The person is not a current member of the household");
            }
            properties.put("consentPersonId", consent.personId());
            properties.put("consentGuardian", consent.guardian());
            properties.put("consentMethod", consent.method().name());
            properties.put("consentAt", consent.givenAt());
            properties.put("consentRecordedBy", caller.user());
        }
        return properties;
    }
}
