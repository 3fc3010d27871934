package org.zhulian.discovery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.zhulian.access.Changes.Change;
import org.zhulian.system.Parameters;

/**
 * Stores a checked batch of department records in one statement: each record is merged on its
 * department and record id (unique, V0010), so the same record twice is one event, whoever sends it
 * and however the sends interleave. A new event is matched to the person with its ID number, or
 * labelled {@code :UnmatchedEvent} and kept under its region; a record id seen before with other
 * content is refused, never overwritten. The new matched events are then evaluated against their
 * households' rule packs in the same change ({@link Discovery}).
 */
@Service
class EventIngest {

    private static final String STORE = """
            UNWIND $rows AS row
            MERGE (e:DepartmentEvent {key: row.key})
            ON CREATE SET e += row.properties, e.id = row.id, e.receivedAt = $now, e.receivedBy = $actor
            WITH row, e, e.id = row.id AS created
            OPTIONAL MATCH (p:Person {idNumber: CASE WHEN created THEN row.idNumber END})
            FOREACH (_ IN CASE WHEN created AND p IS NOT NULL THEN [1] ELSE [] END | CREATE (e)-[:CONCERNS]->(p))
            FOREACH (_ IN CASE WHEN created AND p IS NULL THEN [1] ELSE [] END |
              SET e:UnmatchedEvent, e.idHash = row.idHash, e.idMasked = row.idMasked)
            RETURN row.index AS index,
                   CASE WHEN NOT created AND e.fingerprint = row.properties.fingerprint THEN 'UNCHANGED'
                        WHEN NOT created THEN 'CONFLICT'
                        WHEN p IS NULL THEN 'UNMATCHED' ELSE 'MATCHED' END AS outcome, e.id AS event""";

    private final Neo4jClient neo4j;
    private final Discovery discovery;
    private final Clock clock;

    EventIngest(Neo4jClient neo4j, Discovery discovery, Clock clock) {
        this.neo4j = neo4j;
        this.discovery = discovery;
        this.clock = clock;
    }

    /** What became of a batch. */
    /**
     * What became of a batch, as its feed is told: nothing of what the registry holds (whether an
     * ID number matched, whether a warning fired), which would make every feed a probe of it.
     */
    record IngestResult(int received, int created, int unchanged, List<EventRows.Rejected> rejected) {
    }

    IngestResult store(Change change, int received, EventRows.Checked checked) {
        List<EventRows.Rejected> rejected = new ArrayList<>(checked.rejected());
        int created = 0;
        int unchanged = 0;
        List<String> matchedEvents = new ArrayList<>();
        for (Map<String, Object> outcome : neo4j.query(STORE)
                .bindAll(Parameters.of("rows", checked.rows(), "now", OffsetDateTime.now(clock), "actor", change.caller().user()))
                .fetch().all()) {
            switch ((String) outcome.get("outcome")) {
                case "UNCHANGED" -> unchanged++;
                case "MATCHED" -> {
                    created++;
                    matchedEvents.add((String) outcome.get("event"));
                }
                case "UNMATCHED" -> created++;
                default -> rejected.add(new EventRows.Rejected(((Number) outcome.get("index")).intValue(), "recordId",
                        "This department sent a record with this id before, saying something else: send corrections under a new record id"));
            }
        }
        rejected.sort((a, b) -> Integer.compare(a.index(), b.index()));
        discovery.evaluate(matchedEvents);
        return new IngestResult(received, created, unchanged, rejected);
    }
}
