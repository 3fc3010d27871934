package org.zhulian.referral;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Keyset;

/** Reads of referrals, each limited to those the caller sees ({@link Referral#VISIBLE}). */
@Repository
@Transactional(readOnly = true)
class ReferralRepository {

    private static final String MATCH = """
            MATCH (r:Referral) WHERE %s
              AND (r.gridCode STARTS WITH $prefix OR r.providerRegionCode STARTS WITH $prefix)
              AND ($providerId IS NULL OR r.providerId = $providerId)
              AND ($statuses IS NULL OR r.status IN $statuses)
            """.formatted(Referral.VISIBLE);

    /** Newest first. */
    static final Keyset ORDER = Keyset.of("r.created DESC", "r.id");

    private final Neo4jClient neo4j;

    ReferralRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<Referral> find(String id, Caller caller) {
        return neo4j.query("MATCH (r:Referral {id: $id}) WHERE " + Referral.VISIBLE + " RETURN " + Referral.PROJECTION + " AS referral")
                .bindAll(parameters(caller, Map.of("id", id)))
                .fetchAs(Referral.class).mappedBy((types, record) -> Referral.of(record.get("referral"))).one();
    }

    List<Keyset.Row<Referral>> page(ReferralCriteria criteria, Caller caller, Keyset.Slice slice) {
        return slice.rows(neo4j.query(slice.statement(MATCH, Referral.PROJECTION + " AS referral")).bindAll(parameters(caller, criteria.parameters())),
                record -> Referral.of(record.get("referral")));
    }

    long count(ReferralCriteria criteria, Caller caller) {
        return neo4j.query(MATCH + "RETURN count(r) AS n").bindAll(parameters(caller, criteria.parameters())).fetchAs(Long.class).one().orElse(0L);
    }

    /** The referrals of these needs that the caller sees, newest first. */
    List<Referral> ofNeeds(Collection<String> needIds, Caller caller) {
        return neo4j.query("""
                        UNWIND $needs AS needId MATCH (:Need {id: needId})<-[:FOR]-(r:Referral) WHERE %s
                        RETURN %s AS referral ORDER BY r.created DESC, r.id""".formatted(Referral.VISIBLE, Referral.PROJECTION))
                .bindAll(parameters(caller, Map.of("needs", needIds)))
                .fetchAs(Referral.class).mappedBy((types, record) -> Referral.of(record.get("referral")))
                .all().stream().toList();
    }

    private static Map<String, Object> parameters(Caller caller, Map<String, Object> own) {
        Map<String, Object> parameters = new HashMap<>(own);
        parameters.putAll(caller.jurisdiction().parameters());
        parameters.put("provider", caller.provider());
        return parameters;
    }
}
