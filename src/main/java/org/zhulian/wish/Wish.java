package org.zhulian.wish;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.neo4j.driver.Value;

/**
 * The public wish card: what every caller may see of a wish. It keeps the family's grid only to
 * name its community and to decide who sees the casefile; the schema has no field for it.
 *
 * @param claim the claim holding the wish, or the one that fulfilled it
 */
public record Wish(String id, String needId, WishStatus status, String item, WishCategory category, int quantity, int valueYuan, String story,
                   LocalDate deadline, OffsetDateTime publishedAt, OffsetDateTime fulfilledAt, String thanks, String gridCode,
                   WishClaim claim) {

    /** Whether caller-visible wish {@code w} may be shown: to anyone once published and not withdrawn, else within the jurisdiction. Binds {@code $scope}. */
    static final String VISIBLE = "(w.status IN " + WishStatus.SHOWN_TO_DONORS + " OR any(prefix IN $scope WHERE w.gridCode STARTS WITH prefix))";

    /** Cypher map projection of wish {@code w}, read by {@link #of(Value)}. */
    static final String PROJECTION = """
            w {.id, .needId, .status, .item, .category, .quantity, .valueYuan, .story, .deadline, .publishedAt, .fulfilledAt, .thanks, .gridCode,
               claim: head([(w)<-[:ON]-(c:Claim) WHERE c.status IN ['ACTIVE', 'FULFILLED'] | %s])}""".formatted(WishClaim.PROJECTION);

    static Wish of(Value map) {
        Value claim = map.get("claim");
        return new Wish(map.get("id").asString(), map.get("needId").asString(), WishStatus.valueOf(map.get("status").asString()), map.get("item").asString(),
                WishCategory.valueOf(map.get("category").asString()), map.get("quantity").asInt(), map.get("valueYuan").asInt(),
                map.get("story").asString(), map.get("deadline").asLocalDate(), dateTime(map.get("publishedAt")),
                dateTime(map.get("fulfilledAt")), map.get("thanks").asString(null), map.get("gridCode").asString(),
                claim.isNull() ? null : WishClaim.of(claim));
    }

    /** The code of the family's community (社区/村): the first 12 digits of its grid. */
    public String communityCode() {
        return gridCode.substring(0, 12);
    }

    public String categoryName() {
        return category.label();
    }

    static OffsetDateTime dateTime(Value value) {
        return value.isNull() ? null : value.asOffsetDateTime();
    }

    /** Identifies the wish without its story, for whatever logs it. */
    @Override
    public String toString() {
        return "Wish[" + id + "]";
    }
}
