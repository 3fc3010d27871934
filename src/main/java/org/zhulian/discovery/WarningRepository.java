package org.zhulian.discovery;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;
import org.zhulian.system.graphql.Keyset;

/** Reads of warnings, each anchored at the caller's scope on the warnings' grid codes. */
@Repository
@Transactional(readOnly = true)
class WarningRepository {

    private static final String MATCH = Scope.SEEK + """
            MATCH (w:Warning) WHERE w.gridCode STARTS WITH prefix AND w.gridCode STARTS WITH $region
              AND ($statuses IS NULL OR w.status IN $statuses)
              AND ($class IS NULL OR w.warningClass = $class)
              AND ($level IS NULL OR w.level = $level)
              AND ($overdue IS NULL OR (w.status = 'DISPATCHED' AND w.dueDate < $today) = $overdue)
            WITH DISTINCT w
            """;

    private final Neo4jClient neo4j;

    WarningRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Which warnings. */
    record Criteria(String region, List<String> statuses, String warningClass, String level, Boolean overdue, LocalDate today) {

        Map<String, Object> parameters() {
            return Parameters.of("region", region, "statuses", statuses, "class", warningClass, "level", level, "overdue", overdue, "today", today);
        }
    }

    Optional<Warning> byId(String id, Scope scope) {
        return neo4j.query("MATCH (w:Warning {id: $id}) WHERE " + Scope.covers("w") + " RETURN " + Warning.PROJECTION + " AS warning")
                .bind(id).to("id").bindAll(scope.parameters())
                .fetchAs(Warning.class).mappedBy((types, row) -> Warning.of(row.get("warning"))).one();
    }

    List<Keyset.Row<Warning>> page(Criteria criteria, Scope scope, Keyset.Slice slice) {
        return slice.rows(neo4j.query(slice.statement(MATCH, Warning.PROJECTION + " AS warning")).bindAll(parameters(criteria, scope)),
                row -> Warning.of(row.get("warning")));
    }

    long count(Criteria criteria, Scope scope) {
        return neo4j.query(MATCH + "RETURN count(w)").bindAll(parameters(criteria, scope)).fetchAs(Long.class).one().orElse(0L);
    }

    private static Map<String, Object> parameters(Criteria criteria, Scope scope) {
        Map<String, Object> parameters = new HashMap<>(criteria.parameters());
        parameters.putAll(scope.parameters());
        return parameters;
    }
}
