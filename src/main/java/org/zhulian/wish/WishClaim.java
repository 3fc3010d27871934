package org.zhulian.wish;

import java.time.OffsetDateTime;

import org.neo4j.driver.Value;

/**
 * A donor's claim on a wish. It keeps the donor's account (the token subject) so that a donor's own
 * claims are told apart without a look-up; the schema has no field for it.
 */
public record WishClaim(String id, String wishId, String donorId, String account, ClaimStatus status, OffsetDateTime claimedAt,
                        OffsetDateTime expiresAt, OffsetDateTime deliveredAt, OffsetDateTime endedAt) {

    /** Cypher map projection of claim {@code c}, read by {@link #of(Value)}. */
    static final String PROJECTION = "c {.id, .wishId, .donorId, .account, .status, .claimedAt, .expiresAt, .deliveredAt, .endedAt}";

    static WishClaim of(Value map) {
        return new WishClaim(map.get("id").asString(), map.get("wishId").asString(), map.get("donorId").asString(),
                map.get("account").asString(), ClaimStatus.valueOf(map.get("status").asString()), map.get("claimedAt").asOffsetDateTime(),
                map.get("expiresAt").asOffsetDateTime(), Wish.dateTime(map.get("deliveredAt")), Wish.dateTime(map.get("endedAt")));
    }
}
