package org.zhulian.explorer;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.provider.ProviderType;
import org.zhulian.security.Scope;
import org.zhulian.system.GeoPoint;
import org.zhulian.system.Parameters;

/** What the maps draw: providers with a position, and counts of open needs per community. */
@Repository
@Transactional(readOnly = true)
class MapRepository {

    static final int MAX_MARKERS = 10_000;

    private static final String MARKERS = Scope.SEEK + """
            MATCH (p:Provider) WHERE p.regionCode STARTS WITH prefix AND p.location IS NOT NULL AND ($types IS NULL OR p.type IN $types)
            WITH DISTINCT p ORDER BY p.id LIMIT $limit
            RETURN p.id AS id, p.name AS name, p.type AS type, p.location AS location""";

    private static final String DEMAND = Scope.SEEK + """
            MATCH (h:Household)-[:HAS_NEED]->(n:Need) WHERE n.gridCode STARTS WITH prefix AND n.status IN ['OPEN', 'IN_PROGRESS']
              AND ($categories IS NULL OR any(c IN $categories WHERE n.categoryCode = c OR n.categoryCode STARTS WITH c + '.'))
            WITH h.communityCode AS community, count(DISTINCT h) AS households, count(n) AS needs
            RETURN community, households, needs ORDER BY households DESC, community""";

    private final Neo4jClient neo4j;

    MapRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** A provider's marker on the resource map (the API's ResourceMarker). */
    record Marker(String id, String name, ProviderType type, GeoPoint location) {
    }

    /** Households with open needs in one community, and those needs (the API's DemandArea). */
    record Demand(String communityCode, int households, int needs) {
    }

    List<Marker> markers(Scope scope, List<String> types) {
        return neo4j.query(MARKERS).bindAll(scope.parameters()).bindAll(Parameters.of("types", types, "limit", MAX_MARKERS))
                .fetchAs(Marker.class).mappedBy((t, row) -> new Marker(row.get("id").asString(), row.get("name").asString(),
                        ProviderType.valueOf(row.get("type").asString()), GeoPoint.of(row.get("location"))))
                .all().stream().toList();
    }

    List<Demand> demand(Scope scope, List<String> categories) {
        return neo4j.query(DEMAND).bindAll(scope.parameters()).bindAll(Parameters.of("categories", categories))
                .fetchAs(Demand.class)
                .mappedBy((t, row) -> new Demand(row.get("community").asString(), row.get("households").asInt(), row.get("needs").asInt()))
                .all().stream().toList();
    }
}
