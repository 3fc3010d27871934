package org.zhulian.need;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.security.Scope;
import org.zhulian.system.graphql.Keyset;

/** Reads of needs, within the criteria's scope: the caller's jurisdiction inside the filter's region. */
@Repository
@Transactional(readOnly = true)
class NeedRepository {

    private static final String MATCH = Scope.SEEK + """
            MATCH (h:Household)-[:HAS_NEED]->(n:Need) WHERE n.gridCode STARTS WITH prefix
              AND ($categories IS NULL OR any(c IN $categories WHERE n.categoryCode = c OR n.categoryCode STARTS WITH c + '.'))
              AND ($statuses IS NULL OR n.status IN $statuses)
            """;

    /** Most urgent first, then oldest first: the order in which someone should act. */
    static final Keyset ORDER = Keyset.of("CASE n.urgency WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END",
            "n.created", "n.id");

    private final Neo4jClient neo4j;

    NeedRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The need, if it lies in the scope. */
    Optional<Need> find(String id, Scope scope) {
        return findAll(List.of(id), scope).stream().findFirst();
    }

    /** These needs, of those in the scope, in one statement. */
    List<Need> findAll(Collection<String> ids, Scope scope) {
        return neo4j.query("UNWIND $ids AS id MATCH (h:Household)-[:HAS_NEED]->(n:Need {id: id}) WHERE " + Scope.covers("n")
                        + " RETURN " + Need.PROJECTION.formatted("h") + " AS need")
                .bind(ids).to("ids").bindAll(scope.parameters())
                .fetchAs(Need.class).mappedBy((types, record) -> Need.of(record.get("need"))).all().stream().toList();
    }

    List<Keyset.Row<Need>> page(NeedCriteria criteria, Keyset.Slice slice) {
        return slice.rows(neo4j.query(slice.statement(MATCH, Need.PROJECTION.formatted("h") + " AS need")).bindAll(criteria.parameters()),
                record -> Need.of(record.get("need")));
    }

    long count(NeedCriteria criteria) {
        return neo4j.query(MATCH + "RETURN count(n) AS n").bindAll(criteria.parameters()).fetchAs(Long.class).one().orElse(0L);
    }
}
