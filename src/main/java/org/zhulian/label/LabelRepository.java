package org.zhulian.label;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the label dictionary. */
@Repository
@Transactional(readOnly = true)
class LabelRepository {

    private final Neo4jClient neo4j;

    LabelRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Labels usable in the region with this prefix: national ones and those of it and its ancestors. */
    List<Label> visibleFrom(String regionPrefix) {
        return neo4j.query("""
                        MATCH (l:Label) WHERE $prefix STARTS WITH l.scope
                        RETURN %s AS label ORDER BY l.category, size(l.scope), l.code""".formatted(Label.PROJECTION))
                .bind(regionPrefix).to("prefix")
                .fetchAs(Label.class).mappedBy((types, record) -> Label.of(record.get("label")))
                .all().stream().toList();
    }

    /**
     * Creates a dictionary entry with its defining region and broader label. The unique code
     * constraint turns a concurrent definition of the same code into a failure of one of the two.
     */
    @Transactional
    void create(Label label, String definingRegionCode) {
        neo4j.query("""
                        CREATE (l:Label {code: $code, name: $name, category: $category, scope: $scope})
                        WITH l
                        OPTIONAL MATCH (r:Region {code: $regionCode})
                        OPTIONAL MATCH (p:Label {code: $parentCode})
                        FOREACH (region IN CASE WHEN r IS NULL THEN [] ELSE [r] END | CREATE (l)-[:DEFINED_IN]->(region))
                        FOREACH (parent IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (l)-[:REFINES]->(parent))""")
                .bindAll(parameters(label, definingRegionCode))
                .run();
    }

    private static Map<String, Object> parameters(Label label, String definingRegionCode) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("code", label.code());
        parameters.put("name", label.name());
        parameters.put("category", label.category().name());
        parameters.put("scope", label.scope());
        parameters.put("regionCode", definingRegionCode);
        parameters.put("parentCode", label.parentCode());
        return parameters;
    }

    List<Label> findAll(Collection<String> codes) {
        return neo4j.query("MATCH (l:Label) WHERE l.code IN $codes RETURN %s AS label".formatted(Label.PROJECTION))
                .bind(codes).to("codes")
                .fetchAs(Label.class).mappedBy((types, record) -> Label.of(record.get("label")))
                .all().stream().toList();
    }

    Set<String> allCodes() {
        return neo4j.query("MATCH (l:Label) RETURN l.code AS code").fetchAs(String.class).all().stream()
                .collect(Collectors.toSet());
    }
}
