package org.zhulian.explorer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

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

    private static final String ASSISTS = Scope.SEEK + """
            CALL (prefix) {
              MATCH (n:Need) WHERE n.gridCode STARTS WITH prefix AND n.status = 'MET' AND n.closedAt >= $since
              RETURN count(n) AS needsMet
            }
            CALL (prefix) {
              MATCH (w:Warning) WHERE w.gridCode STARTS WITH prefix AND w.outcome = 'AID_GRANTED' AND w.closedAt >= $since
              RETURN count(w) AS aidGranted, sum(coalesce(w.aidAmountYuan, 0.0)) AS aidYuan
            }
            CALL (prefix) {
              MATCH (w:Wish) WHERE w.gridCode STARTS WITH prefix AND w.fulfilledAt >= $since
              RETURN sum(coalesce(w.valueYuan, 0)) AS wishesYuan
            }
            RETURN sum(needsMet) AS needsMet, sum(aidGranted) AS aidGranted, sum(aidYuan) AS aidYuan, sum(wishesYuan) AS wishesYuan""";

    /**
     * From the labels counted to their holders in the scope (a member stands for her household): a
     * label's assignments are far fewer than the households of a district. Per label, and in all.
     */
    private static final String GROUPS = Scope.SEEK + """
            MATCH (l:Label) WHERE $labels IS NULL AND l.category IN ['ASSISTANCE', 'SOCIAL'] OR l.code IN $labels
            MATCH (l)<-[a:HAS_LABEL]-(x) WHERE x.gridCode STARTS WITH prefix AND (a.until IS NULL OR a.until >= $today)
            WITH l, CASE WHEN x:Household THEN x ELSE head([(x)-[:MEMBER_OF]->(h:Household) | h]) END AS h
            WHERE h IS NOT NULL
            WITH l.code AS code, collect(DISTINCT h) AS households
            WITH collect({code: code, households: households}) AS groups
            CALL (groups) {
              UNWIND groups AS g
              UNWIND g.households AS h
              RETURN count(DISTINCT h) AS cared
            }
            UNWIND groups AS g
            RETURN cared, g.code AS code, size(g.households) AS households ORDER BY households DESC, code""";

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

    /** The live indicators (the API's CareIndicators), without the labels' records. */
    record Indicators(LocalDate since, int needsMet, int aidGranted, int householdsCaredFor, List<Group> groups, double aidYuan,
                      double wishesYuan) {

        public int assists() {
            return needsMet + aidGranted;
        }

        public double fundsYuan() {
            return aidYuan + wishesYuan;
        }
    }

    /** Households holding one label now (the API's CareGroup). */
    record Group(String labelCode, int households) {
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

    /** Counts from 00:00 of {@code since} where the zone of {@code today} is (China time). */
    Indicators indicators(Scope scope, List<String> labels, LocalDate today, ZoneId zone) {
        LocalDate since = today.withDayOfYear(1);
        Map<String, Object> assists = neo4j.query(ASSISTS).bindAll(scope.parameters())
                .bindAll(Parameters.of("since", since.atStartOfDay(zone))).fetch().one().orElseThrow();
        List<Map<String, Object>> rows = neo4j.query(GROUPS).bindAll(scope.parameters())
                .bindAll(Parameters.of("labels", labels, "today", today)).fetch().all().stream().toList();
        int cared = rows.isEmpty() ? 0 : ((Number) rows.getFirst().get("cared")).intValue();
        List<Group> groups = rows.stream().map(row -> new Group((String) row.get("code"), ((Number) row.get("households")).intValue())).toList();
        return new Indicators(since, number(assists, "needsMet").intValue(), number(assists, "aidGranted").intValue(), cared, groups,
                number(assists, "aidYuan").doubleValue(), number(assists, "wishesYuan").doubleValue());
    }

    private static Number number(Map<String, Object> row, String column) {
        return row.get(column) instanceof Number number ? number : 0;
    }
}
