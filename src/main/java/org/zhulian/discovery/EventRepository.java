package org.zhulian.discovery;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.security.Scope;
import org.zhulian.system.graphql.Page;

/** Reads of department events, each limited to the caller's jurisdiction. */
@Repository
@Transactional(readOnly = true)
class EventRepository {

    /** The unmatched events listed under a region in the scope: one index seek per prefix. */
    private static final String UNMATCHED = Scope.SEEK + "MATCH (e:UnmatchedEvent) WHERE e.regionCode STARTS WITH prefix WITH DISTINCT e\n";

    private final Neo4jClient neo4j;

    EventRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Newest first. */
    List<UnmatchedEvent> unmatched(Scope scope, Page page) {
        return neo4j.query(UNMATCHED + "RETURN " + UnmatchedEvent.PROJECTION + " AS event ORDER BY e.receivedAt DESC, e.id SKIP $skip LIMIT $limit")
                .bindAll(scope.parameters()).bindAll(page.parameters())
                .fetchAs(UnmatchedEvent.class).mappedBy((types, row) -> UnmatchedEvent.of(row.get("event"))).all().stream().toList();
    }

    long countUnmatched(Scope scope) {
        return neo4j.query(UNMATCHED + "RETURN count(e)").bindAll(scope.parameters()).fetchAs(Long.class).one().orElse(0L);
    }
}
