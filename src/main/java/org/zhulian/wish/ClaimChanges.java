package org.zhulian.wish;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.zhulian.access.Changes.Change;
import org.zhulian.system.Parameters;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.RefusedException;

/**
 * The donors' side of a wish: claim, release, deliver. A claim takes the donor's lock first (its
 * count of held wishes is decided under it), then the household's, and decides on the wish only
 * once both are held; the database backs the decision with {@code :ActiveClaim}'s uniqueness
 * (V0009), so no interleaving of claims can leave two active on one wish. Each step taken again
 * returns what the first one made, so a client may retry after a timeout; a donor that gave a wish
 * back may not take it again, which would restart its hold for ever.
 */
@Service
class ClaimChanges {

    static final String ALREADY_CLAIMED = "WISH_ALREADY_CLAIMED";
    static final String QUOTA_REACHED = "CLAIM_QUOTA_REACHED";
    static final String MONTHLY_CAPACITY_REACHED = "MONTHLY_CAPACITY_REACHED";
    static final String PROFILE_REQUIRED = "DONOR_PROFILE_REQUIRED";

    private final Neo4jClient neo4j;
    private final WishSteps steps;
    private final WishSettings settings;
    private final Clock clock;

    ClaimChanges(Neo4jClient neo4j, WishSteps steps, WishSettings settings, Clock clock) {
        this.neo4j = neo4j;
        this.steps = steps;
        this.settings = settings;
        this.clock = clock;
    }

    /** Claims a published wish for the caller's donor; returns the claim, the one it holds already if it does. */
    String claim(Change change, String wishId) {
        LockedDonor donor = lockDonor(change);
        WishSteps.State wish = steps.lockShown(wishId);
        change.touches(wishId, donor.id(), wish.householdId());
        if (wish.heldBy(donor.id())) {
            return wish.claim().id();
        }
        if (wish.status() == WishStatus.CLAIMED) {
            throw new RefusedException(ALREADY_CLAIMED, "wishId", "Another donor holds this wish");
        }
        if (wish.status() != WishStatus.PUBLISHED) {
            throw new InvalidInputException("wishId", "A " + wish.status() + " wish cannot be claimed");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (wish.deadline().isBefore(now.toLocalDate())) {
            throw new InvalidInputException("wishId", "The wish's deadline has passed");
        }
        Map<String, Object> held = neo4j.query("""
                        MATCH (d:Donor {id: $donor})
                        RETURN COUNT { (d)-[:MADE]->(:ActiveClaim) } AS active,
                               COUNT { (d)-[:MADE]->(c:Claim) WHERE c.claimedAt >= $monthStart } AS thisMonth,
                               EXISTS { (d)-[:MADE]->(c:Claim {wishId: $wish}) WHERE c.status IN ['RELEASED', 'LAPSED'] } AS gaveBack""")
                .bindAll(Parameters.of("donor", donor.id(), "wish", wishId, "monthStart", DonorRepository.monthStart(now)))
                .fetch().one().orElseThrow();
        if ((Boolean) held.get("gaveBack")) {
            throw new InvalidInputException("wishId", "You gave this wish back or let its hold run out: it is another donor's turn");
        }
        if ((Long) held.get("active") >= settings.maxActiveClaims()) {
            throw new RefusedException(QUOTA_REACHED, "wishId",
                    "You hold " + settings.maxActiveClaims() + " wishes already: fulfil or release one first");
        }
        if (donor.monthlyCapacity() != null && (Long) held.get("thisMonth") >= donor.monthlyCapacity()) {
            throw new RefusedException(MONTHLY_CAPACITY_REACHED, "wishId",
                    "You claimed " + donor.monthlyCapacity() + " wishes this month, as many as your profile says you can take");
        }
        String id = UUID.randomUUID().toString();
        neo4j.query("""
                        MATCH (d:Donor {id: $donor}) MATCH (w:Wish {id: $wish})
                        CREATE (d)-[:MADE]->(c:Claim:ActiveClaim {id: $id, wishId: w.id, donorId: d.id, account: d.account, status: 'ACTIVE',
                                                               claimedAt: $now, expiresAt: $expires})-[:ON]->(w)""")
                .bindAll(Parameters.of("donor", donor.id(), "wish", wishId, "id", id, "now", now,
                        "expires", now.plus(settings.claimHold())))
                .run();
        steps.step(wishId, "CLAIMED", WishStatus.CLAIMED, now, change.caller().user(), donor.displayName());
        neo4j.query("MATCH (n:Need {id: $id}) WHERE n.status = 'OPEN' SET n.status = 'IN_PROGRESS'").bind(wish.needId()).to("id").run();
        change.touches(id);
        return id;
    }

    /**
     * Gives back a wish the caller holds and has not delivered: it is on the board again, or expired
     * if its deadline passed. Giving back again what one gave back changes nothing.
     */
    String release(Change change, String wishId, String reason) {
        LockedDonor donor = lockDonor(change);
        WishSteps.State wish = steps.lockShown(wishId);
        change.touches(wishId, donor.id(), wish.householdId());
        if (!wish.heldBy(donor.id())) {
            return neo4j.query("""
                            MATCH (:Donor {id: $donor})-[:MADE]->(c:Claim {wishId: $wish, status: 'RELEASED'})
                            RETURN c.id ORDER BY c.endedAt DESC LIMIT 1""")
                    .bindAll(Map.of("donor", donor.id(), "wish", wishId)).fetchAs(String.class).one()
                    .orElseThrow(() -> new InvalidInputException("wishId", "You hold no claim on this wish"));
        }
        if (wish.claim().delivered()) {
            throw new InvalidInputException("wishId", "You marked it delivered: the caseworker confirms the receipt now");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        steps.endClaim(wish.claim().id(), ClaimStatus.RELEASED, now);
        boolean late = wish.deadline().isBefore(now.toLocalDate());
        steps.step(wishId, "RELEASED", late ? WishStatus.EXPIRED : WishStatus.PUBLISHED, now, change.caller().user(), reason);
        steps.reopenNeed(wish.needId());
        return wish.claim().id();
    }

    /** Says the caller delivered what the wish asks for; saying it again changes nothing. */
    String markDelivered(Change change, String wishId, String note) {
        LockedDonor donor = lockDonor(change);
        WishSteps.State wish = held(change, wishId, donor);
        if (!wish.claim().delivered()) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            neo4j.query("MATCH (c:ActiveClaim {id: $id}) SET c.deliveredAt = $now, c.deliveryNote = $note")
                    .bindAll(Parameters.of("id", wish.claim().id(), "now", now, "note", note)).run();
            steps.step(wishId, "DELIVERED", WishStatus.CLAIMED, now, change.caller().user(), note);
        }
        return wish.claim().id();
    }

    private WishSteps.State held(Change change, String wishId, LockedDonor donor) {
        WishSteps.State wish = steps.lockShown(wishId);
        change.touches(wishId, donor.id(), wish.householdId());
        if (!wish.heldBy(donor.id())) {
            throw new InvalidInputException("wishId", "You hold no claim on this wish");
        }
        return wish;
    }

    /** The caller's donor, locked: the count of wishes it holds is decided under this lock. */
    private LockedDonor lockDonor(Change change) {
        return neo4j.query("""
                        MATCH (d:Donor {account: $account}) SET d.revision = coalesce(d.revision, 0) + 1
                        RETURN d.id AS id, d.displayName AS name, d.monthlyCapacity AS capacity""")
                .bind(change.caller().user()).to("account")
                .fetchAs(LockedDonor.class).mappedBy((types, row) -> new LockedDonor(row.get("id").asString(), row.get("name").asString(),
                        row.get("capacity").isNull() ? null : row.get("capacity").asInt()))
                .one().orElseThrow(() -> new RefusedException(PROFILE_REQUIRED, "wishId",
                        "Set up your donor profile first (updateDonorProfile): families see the name you choose there"));
    }

    private record LockedDonor(String id, String displayName, Integer monthlyCapacity) {
    }
}
