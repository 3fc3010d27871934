package org.zhulian.discovery;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.security.Scope;
import org.zhulian.system.graphql.Keyset;

/** Reads of department events, each limited to the caller's jurisdiction. */
@Repository
@Transactional(readOnly = true)
class EventRepository {

    /** The unmatched events listed under a region in the scope: one index seek per prefix. */
    private static final String UNMATCHED = Scope.SEEK + "MATCH (e:UnmatchedEvent) WHERE e.regionCode STARTS WITH prefix WITH DISTINCT e\n";

    /** Newest first. */
    static final Keyset ORDER = Keyset.of("e.receivedAt DESC", "e.id");

    private final Neo4jClient neo4j;

    EventRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<Keyset.Row<UnmatchedEvent>> unmatched(Scope scope, Keyset.Slice slice) {
        return slice.rows(neo4j.query(slice.statement(UNMATCHED, UnmatchedEvent.PROJECTION + " AS event")).bindAll(scope.parameters()),
                row -> UnmatchedEvent.of(row.get("event")));
    }

    long countUnmatched(Scope scope) {
        return neo4j.query(UNMATCHED + "RETURN count(e)").bindAll(scope.parameters()).fetchAs(Long.class).one().orElse(0L);
    }
}
