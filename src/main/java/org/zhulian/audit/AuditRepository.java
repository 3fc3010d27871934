package org.zhulian.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.zhulian.system.graphql.Keyset;

/** Appends audit events and pages through them. There is deliberately no statement that changes or deletes one. */
@Repository
class AuditRepository {

    private static final String APPEND = "UNWIND $events AS e CREATE (a:AuditEvent) SET a = e";

    private static final String MATCH = """
            MATCH (e:AuditEvent)
            WHERE ($actor IS NULL OR e.actor = $actor) AND ($subjectId IS NULL OR $subjectId IN e.subjects)
              AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
            """;

    /** Newest first. */
    static final Keyset ORDER = Keyset.of("e.at DESC", "e.id");

    private final Neo4jClient neo4j;

    AuditRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Writes the events in one statement, inside the caller's transaction when there is one. */
    void append(Collection<AuditEvent> events) {
        neo4j.query(APPEND).bind(events.stream().map(AuditEvent::parameters).toList()).to("events").run();
    }

    List<Keyset.Row<AuditEvent>> page(Map<String, Object> filter, Keyset.Slice slice) {
        return slice.rows(neo4j.query(slice.statement(MATCH, "e {.*} AS event")).bindAll(filter), record -> AuditEvent.of(record.get("event")));
    }

    long count(Map<String, Object> filter) {
        return neo4j.query(MATCH + "RETURN count(e)").bindAll(filter).fetchAs(Long.class).one().orElse(0L);
    }
}
