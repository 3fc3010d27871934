package org.zhulian.discovery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.zhulian.access.Changes;
import org.zhulian.access.Changes.Change;
import org.zhulian.department.Departments;
import org.zhulian.region.RegionCode;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.security.KeyedHash;
import org.zhulian.system.Parameters;

/**
 * Takes a batch of department records, from a feed or from a bulk import ({@link EventImport}):
 * checks it row by row before any transaction, then stores it in one statement, in one change on
 * record without the ids of what it touched (the events carry who sent them and when). Each record
 * is merged on its department and record id (unique, V0010), so the same record twice is one event,
 * whoever sends it and however the sends interleave. A new event is matched to the person with its
 * ID number, or labelled {@code :UnmatchedEvent} and kept under its region; a record id seen before
 * with other content is refused, never overwritten. The new matched events are then evaluated
 * against their households' rule packs in the same change ({@link Discovery}).
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
                        WHEN p IS NULL THEN 'UNMATCHED' ELSE 'MATCHED' END AS outcome, elementId(e) AS event""";

    private final Neo4jClient neo4j;
    private final Discovery discovery;
    private final Changes changes;
    private final Departments departments;
    private final Regions regions;
    private final KeyedHash hash;
    private final Clock clock;

    EventIngest(Neo4jClient neo4j, Discovery discovery, Changes changes, Departments departments, Regions regions, KeyedHash hash,
                Clock clock) {
        this.neo4j = neo4j;
        this.discovery = discovery;
        this.changes = changes;
        this.departments = departments;
        this.regions = regions;
        this.hash = hash;
        this.clock = clock;
    }

    /**
     * What became of a batch, as its feed is told: nothing of what the registry holds (whether an
     * ID number matched, whether a warning fired), which would make every feed a probe of it.
     */
    record IngestResult(int received, int created, int unchanged, List<EventRows.Rejected> rejected) {
    }

    /** What a batch came to, and how many warnings it raised, which a bulk import logs and a feed is never told. */
    record Stored(IngestResult result, int warningsRaised) {
    }

    /** Checks and stores a batch of at most {@value EventRows#MAX_BATCH} records as {@code caller}'s change {@code action}. */
    Stored ingest(Caller caller, String action, List<EventRows.DepartmentEventInput> events) {
        Set<String> known = regions.byCode(events.stream().map(EventRows.DepartmentEventInput::regionCode).filter(code -> code != null)
                .map(EventIngest::padded).distinct().toList()).keySet();
        EventRows.Checked checked = EventRows.check(events, departments.byCode().keySet(), caller::sendsFor, known::contains, hash,
                LocalDate.now(clock));
        return changes.apply(caller, action, List.of(), change -> store(change, events.size(), checked));
    }

    /**
     * The rows in order of ID number: linking an event to its person locks the person, so batches
     * written at once (an import's, a feed's) take those locks in one order and cannot deadlock on them.
     */
    private static List<Map<String, Object>> byIdNumber(List<Map<String, Object>> rows) {
        List<Map<String, Object>> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(row -> (String) row.get("idNumber")));
        return sorted;
    }

    /** A region argument as its 12-digit code, or as it is when it is no code (the row check says why). */
    private static String padded(String code) {
        try {
            return RegionCode.parse(code, "regionCode").code();
        } catch (RuntimeException notACode) {
            return code;
        }
    }

    private Stored store(Change change, int received, EventRows.Checked checked) {
        List<EventRows.Rejected> rejected = new ArrayList<>(checked.rejected());
        int created = 0;
        int unchanged = 0;
        List<String> matchedEvents = new ArrayList<>();
        for (Map<String, Object> outcome : neo4j.query(STORE)
                .bindAll(Parameters.of("rows", byIdNumber(checked.rows()), "now", OffsetDateTime.now(clock), "actor", change.caller().user()))
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
        int raised = discovery.evaluate(matchedEvents);
        return new Stored(new IngestResult(received, created, unchanged, rejected), raised);
    }
}
