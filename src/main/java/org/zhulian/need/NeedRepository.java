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

    private static final String FILTER = """
              AND ($categories IS NULL OR any(c IN $categories WHERE n.categoryCode = c OR n.categoryCode STARTS WITH c + '.'))
              AND ($statuses IS NULL OR n.status IN $statuses)
            """;

    /** A street's needs or fewer: found by their grids, then sorted. */
    private static final String IN_GRIDS = Scope.SEEK + """
            MATCH (h:Household)-[:HAS_NEED]->(n:Need) WHERE n.gridCode STARTS WITH prefix
            """ + FILTER;

    /**
     * A district's needs or more: read in the order's index until the page is full, the scope and
     * the cursor checked on the way (a page deep in the list reads the entries before it, which
     * costs far less than sorting the district's needs). For a street that would read most needs
     * of the district to fill a page, so narrower scopes take {@link #IN_GRIDS}.
     */
    private static final String IN_ORDER = """
            MATCH (n:Need) USING INDEX n:Need(urgencyRank, created)
            WHERE n.urgencyRank IS NOT NULL AND n.created IS NOT NULL
              AND any(prefix IN $scope WHERE n.gridCode STARTS WITH prefix)
            """ + FILTER + "MATCH (h:Household)-[:HAS_NEED]->(n)\n";

    /** Most urgent first, then oldest first: the order in which someone should act. */
    static final Keyset ORDER = Keyset.of("n.urgencyRank", "n.created", "n.id");

    /** Scopes whose prefixes are this short (a district's code or less) are read in the order's index. */
    private static final int WIDE = 6;

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
        return slice.rows(neo4j.query(statement(criteria, slice)).bindAll(criteria.parameters()),
                record -> Need.of(record.get("need")));
    }

    static String statement(NeedCriteria criteria, Keyset.Slice slice) {
        String match = criteria.scope().prefixes().stream().anyMatch(prefix -> prefix.length() <= WIDE) ? IN_ORDER : IN_GRIDS;
        return slice.statement(match, Need.PROJECTION.formatted("h") + " AS need");
    }

    long count(NeedCriteria criteria) {
        return neo4j.query(IN_GRIDS + "RETURN count(n) AS n").bindAll(criteria.parameters()).fetchAs(Long.class).one().orElse(0L);
    }
}
