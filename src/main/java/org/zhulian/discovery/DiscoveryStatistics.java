package org.zhulian.discovery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.region.Region;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;

/**
 * The figures the articles quote (Tongling: 15,900 warnings, 2,145 aided), for a region and a period:
 * counted in the database, within the part of the caller's jurisdiction inside the region.
 */
@Service
@Transactional(readOnly = true)
class DiscoveryStatistics {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Neo4jClient neo4j;

    DiscoveryStatistics(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    record CountOf(String key, int count) {
    }

    record DiscoveryStats(Region region, LocalDate from, LocalDate to, List<CountOf> eventsByType, int warnings, List<CountOf> warningsByRule,
                          List<CountOf> warningsByClass, List<CountOf> warningsByLevel, int visited, int visitedWithinDeadline,
                          List<CountOf> outcomes) {
    }

    DiscoveryStats of(Region region, Scope scope, LocalDate from, LocalDate to) {
        Map<String, Object> parameters = Parameters.of("from", from, "to", to, "start", from.atStartOfDay(CHINA).toOffsetDateTime(),
                "end", to.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
        parameters.putAll(scope.parameters());
        List<CountOf> events = counts("""
                UNWIND $scope AS prefix
                MATCH (p:Person) WHERE p.gridCode STARTS WITH prefix
                MATCH (p)<-[:CONCERNS]-(e:DepartmentEvent) WHERE $from <= e.occurredOn <= $to
                RETURN e.type AS key, count(*) AS n""", parameters);
        Map<String, Object> row = neo4j.query("""
                        UNWIND $scope AS prefix
                        MATCH (w:Warning) WHERE w.gridCode STARTS WITH prefix AND $start <= w.createdAt < $end
                        WITH DISTINCT w
                        RETURN count(w) AS warnings, count(w.visitedOn) AS visited, count(CASE WHEN w.withinDeadline THEN 1 END) AS onTime,
                               collect(w.rule) AS rules, collect(w.warningClass) AS classes, collect(w.level) AS levels, collect(w.outcome) AS outcomes""")
                .bindAll(parameters).fetch().one().orElseThrow();
        return new DiscoveryStats(region, from, to, events, ((Number) row.get("warnings")).intValue(), tally(row.get("rules")),
                tally(row.get("classes")), tally(row.get("levels")), ((Number) row.get("visited")).intValue(),
                ((Number) row.get("onTime")).intValue(), tally(row.get("outcomes")));
    }

    private List<CountOf> counts(String statement, Map<String, Object> parameters) {
        return neo4j.query(statement).bindAll(parameters).fetch().all().stream()
                .map(r -> new CountOf((String) r.get("key"), ((Number) r.get("n")).intValue()))
                .sorted((a, b) -> b.count() != a.count() ? Integer.compare(b.count(), a.count()) : a.key().compareTo(b.key()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<CountOf> tally(Object values) {
        return ((List<String>) values).stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()))
                .entrySet().stream().map(e -> new CountOf(e.getKey(), e.getValue().intValue()))
                .sorted((a, b) -> b.count() != a.count() ? Integer.compare(b.count(), a.count()) : a.key().compareTo(b.key()))
                .toList();
    }
}
