package org.zhulian.referral;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Value;
import org.zhulian.need.Need;
import org.zhulian.need.Urgency;
import org.zhulian.security.PersonalRecord;
import org.zhulian.security.Scope;

/**
 * A need referred to a service. The referral keeps the need's category and urgency as referred, so
 * that the provider side knows what is asked without seeing the household's archive; the need
 * itself is there only for callers whose jurisdiction holds the household.
 *
 * @param need null when the need's household lies outside the caller's jurisdiction
 */
public record Referral(String id, ReferralStatus status, String needId, String categoryCode, Urgency urgency, String serviceId,
                       String providerId, String note, OffsetDateTime created, String referredBy, OffsetDateTime updated,
                       List<ReferralStep> history, Need need) implements PersonalRecord {

    /**
     * Whether the caller sees referral {@code r}: its household lies in the jurisdiction (the
     * referring side), its provider does (a caseworker on the provider's behalf), or the caller is
     * staff of its provider. Binds {@code $scope} and {@code $provider}.
     */
    static final String VISIBLE = """
            (any(prefix IN $scope WHERE r.gridCode STARTS WITH prefix OR r.providerRegionCode STARTS WITH prefix)
             OR r.providerId = $provider)""";

    /** Cypher map projection of referral {@code r}, read by {@link #of(Value)}; binds {@code $scope}. */
    static final String PROJECTION = """
            r {.id, .status, .needId, .categoryCode, .urgency, .serviceId, .providerId, .note, .created, .referredBy, .updated,
               history: [(r)-[:STEP]->(step:ReferralStep) | step {.seq, .status, .at, .actor, .note}],
               need: head([(r)-[:FOR]->(n:Need)<-[:HAS_NEED]-(h:Household) WHERE %s | %s])}"""
            .formatted(Scope.covers("n"), Need.PROJECTION.formatted("h"));

    static Referral of(Value map) {
        List<ReferralStep> history = map.get("history").asList(s -> s).stream()
                .sorted(Comparator.comparingInt(s -> s.get("seq").asInt()))
                .map(s -> new ReferralStep(ReferralStatus.valueOf(s.get("status").asString()), s.get("at").asOffsetDateTime(),
                        s.get("actor").asString(), s.get("note").asString(null)))
                .toList();
        return new Referral(map.get("id").asString(), ReferralStatus.valueOf(map.get("status").asString()), map.get("needId").asString(),
                map.get("categoryCode").asString(), Urgency.valueOf(map.get("urgency").asString()), map.get("serviceId").asString(),
                map.get("providerId").asString(), map.get("note").asString(null), map.get("created").asOffsetDateTime(),
                map.get("referredBy").asString(), map.get("updated").asOffsetDateTime(), history,
                map.get("need").isNull() ? null : Need.of(map.get("need")));
    }

    /** Identifies the record without its note, which may say anything about a family, for whatever logs it. */
    @Override
    public String toString() {
        return "Referral[" + id + "]";
    }
}
