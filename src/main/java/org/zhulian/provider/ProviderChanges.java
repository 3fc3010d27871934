package org.zhulian.provider;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.zhulian.access.Changes.Change;
import org.zhulian.access.Locks;
import org.zhulian.security.Caller;
import org.zhulian.system.Parameters;
import org.zhulian.system.PinyinKeys;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * Providers registered and kept, each the work of one change, by ADMIN or a caseworker whose
 * jurisdiction holds the provider's region. A service's places change under the service's lock,
 * the one referrals take, so a new total never falls below the places accepted referrals hold.
 */
@Service
class ProviderChanges {

    private static final String ADD_SERVICES = """
            MATCH (p:Provider {id: $provider})
            UNWIND $services AS offer
            MATCH (c:ServiceCategory {code: offer.categoryCode})
            CREATE (p)-[:OFFERS]->(s:Service {id: 'svc-' + randomUUID()})
            SET s += offer
            CREATE (s)-[:OF_CATEGORY]->(c)""";

    private final Neo4jClient neo4j;

    ProviderChanges(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    String register(Change change, Map<String, Object> provider, List<Map<String, Object>> services) {
        requireKeeps(change.caller(), (String) provider.get("regionCode"));
        String id = "prv-" + UUID.randomUUID();
        neo4j.query("""
                        MATCH (r:Region {code: $regionCode})
                        CREATE (p:Provider {id: $id})-[:IN]->(r)
                        SET p += $provider""")
                .bindAll(Parameters.of("regionCode", provider.get("regionCode"), "id", id, "provider", PinyinKeys.withTextKeys(provider, "name")))
                .run();
        addServices(id, services);
        change.touches(id);
        return id;
    }

    void update(Change change, String id, Map<String, Object> provider, List<Map<String, Object>> added,
                Map<String, Map<String, Object>> updated) {
        requireKeeps(change.caller(), regionOf(id));
        neo4j.query("MATCH (p:Provider {id: $id}) SET p += $provider").bindAll(Parameters.of("id", id, "provider", PinyinKeys.withTextKeys(provider, "name"))).run();
        for (var service : updated.entrySet()) {
            if (!offers(id, service.getKey())) {
                throw new InvalidInputException("input.updateServices", "The provider offers no service with this id");
            }
            neo4j.query("""
                            MATCH (s:Service {id: $id})
                            SET s += $changes
                            WITH s WHERE $category IS NOT NULL
                            MATCH (s)-[old:OF_CATEGORY]->(:ServiceCategory)
                            MATCH (c:ServiceCategory {code: $category})
                            DELETE old
                            CREATE (s)-[:OF_CATEGORY]->(c)""")
                    .bindAll(Parameters.of("id", service.getKey(), "changes", service.getValue(),
                            "category", service.getValue().get("categoryCode")))
                    .run();
            change.touches(service.getKey());
        }
        addServices(id, added);
        change.touches(id);
    }

    /**
     * Sets a service's places; null for a service not limited by places. The places taken stay
     * (they may be held by people placed before the service was listed here); the total cannot fall
     * below them.
     */
    void setCapacity(Change change, String serviceId, Integer total) {
        String region = neo4j.query("MATCH (p:Provider)-[:OFFERS]->(:Service {id: $id}) RETURN p.regionCode")
                .bind(serviceId).to("id").fetchAs(String.class).one()
                .orElseThrow(() -> new InvalidInputException("input.serviceId", "No service with this id"));
        requireKeeps(change.caller(), region);
        neo4j.query(Locks.service("$id")).bind(serviceId).to("id").run();
        long taken = neo4j.query("""
                        MATCH (s:Service {id: $id})
                        RETURN coalesce(s.placesTaken, COUNT { (s)<-[:TO]-(r:Referral) WHERE r.status IN ['ACCEPTED', 'IN_SERVICE'] })""")
                .bind(serviceId).to("id").fetchAs(Long.class).one().orElse(0L);
        if (total != null && total < taken) {
            throw new InvalidInputException("input.placesTotal", taken + " places are taken; the total cannot be less").withRecord(serviceId);
        }
        neo4j.query("MATCH (s:Service {id: $id}) SET s.placesTotal = $total, s.placesTaken = $taken")
                .bindAll(Parameters.of("id", serviceId, "total", total, "taken", taken))
                .run();
        change.touches(serviceId);
    }

    private void addServices(String providerId, List<Map<String, Object>> services) {
        if (!services.isEmpty()) {
            neo4j.query(ADD_SERVICES).bindAll(Map.of("provider", providerId, "services", services)).run();
        }
    }

    private boolean offers(String providerId, String serviceId) {
        return neo4j.query("RETURN EXISTS { (:Provider {id: $provider})-[:OFFERS]->(:Service {id: $id}) }")
                .bindAll(Map.of("provider", providerId, "id", serviceId)).fetchAs(Boolean.class).one().orElse(false);
    }

    private String regionOf(String providerId) {
        return neo4j.query("MATCH (p:Provider {id: $id}) RETURN p.regionCode").bind(providerId).to("id")
                .fetchAs(String.class).one().orElseThrow(() -> new InvalidInputException("input.id", "No provider with this id"));
    }

    /** ADMIN, or a caseworker whose jurisdiction holds the region. */
    private static void requireKeeps(Caller caller, String regionCode) {
        if (!caller.jurisdiction().includes(regionCode)) {
            throw new ForbiddenException("The provider lies outside your jurisdiction");
        }
    }
}
