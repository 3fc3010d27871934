package org.zhulian.discovery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.zhulian.access.Locks;
import org.zhulian.system.Parameters;

/**
 * Turns new events into warnings, inside the change that stored them: reads the facts around each
 * event in one statement, lets its household's rule pack decide ({@link Evaluation}), and writes the
 * hits in one statement. A warning is merged on its household, rule and year while open
 * ({@code :OpenWarning}, unique), so new evidence joins it instead of making another. A WARNING is
 * dispatched to the grid worker of the household's grid at once, due 5 working days later by the
 * official calendar, unless its pack asks for review; a HINT waits in review.
 */
@Service
class Discovery {

    static final int DAYS_TO_VISIT = 5;

    private static final String FACTS = """
            UNWIND $events AS node
            MATCH (e:DepartmentEvent)-[:CONCERNS]->(p:Person)-[:MEMBER_OF]->(h:Household) WHERE elementId(e) = node
            WITH e, p, h, [(p)<-[:CONCERNS]-(o:DepartmentEvent) WHERE o.type = e.type AND o.occurredOn.year = e.occurredOn.year
                           AND o.amount IS NOT NULL | o] AS year
            RETURN e.id AS event, e.type AS type, e.occurredOn AS occurredOn, e.disabilityGrade AS grade, e.incomeBefore AS before,
                   e.incomeAfter AS after, h.id AS household, h.gridCode AS grid,
                   [(p)-[a:HAS_LABEL]->(l:Label) WHERE a.until IS NULL OR a.until >= e.occurredOn | l.code]
                   + [(h)-[a:HAS_LABEL]->(l:Label) WHERE a.until IS NULL OR a.until >= e.occurredOn | l.code] AS labels,
                   reduce(total = 0.0, o IN year | total + o.amount) AS annual, [o IN year | o.id] AS annualEvidence,
                   CASE WHEN any(prefix IN $scored WHERE h.gridCode STARTS WITH prefix)
                        THEN [(h)<-[:MEMBER_OF]-(:Person)<-[:CONCERNS]-(o:DepartmentEvent) WHERE o.occurredOn.year = e.occurredOn.year
                              | o {.id, .type, .amount}] ELSE [] END AS householdYear""";

    private static final String RAISE = """
            UNWIND $hits AS hit
            MATCH (h:Household {id: hit.household})
            MERGE (w:OpenWarning {openKey: hit.openKey})
            ON CREATE SET w:Warning, w += hit.properties, w.id = hit.id, w.createdAt = $now, w.gridCode = h.gridCode, w.householdId = h.id
            WITH w, h, hit, w.id = hit.id AS created
            // A sum keeps the largest a member reached; a score only grows within the year.
            SET w.threshold = CASE WHEN w.annualTotal IS NULL OR hit.annualTotal > w.annualTotal THEN hit.threshold ELSE w.threshold END,
                w.annualTotal = CASE WHEN w.annualTotal IS NULL OR hit.annualTotal > w.annualTotal THEN hit.annualTotal ELSE w.annualTotal END,
                w.level = CASE WHEN w.level = 'URGENT' THEN 'URGENT' ELSE hit.level END, w.score = hit.score,
                w.scoreBreakdown = hit.breakdown, w.updated = $now
            MERGE (w)-[:ABOUT]->(h)
            WITH w, hit, created
            CALL (w, hit) {
              UNWIND hit.evidence AS eventId
              MATCH (e:DepartmentEvent {id: eventId})
              MERGE (w)-[:EVIDENCE]->(e)
            }
            RETURN count(CASE WHEN created THEN 1 END) AS raised""";

    private final Neo4jClient neo4j;
    private final RulePacks packs;
    private final WorkingDays calendar;
    private final Clock clock;

    Discovery(Neo4jClient neo4j, RulePacks packs, WorkingDays calendar, Clock clock) {
        this.neo4j = neo4j;
        this.packs = packs;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Evaluates the new events with these element ids (found again by them, not by an index seek:
     * they were created in this very transaction); returns how many warnings they raised (for the
     * log of a bulk import, never for a feed). The households concerned are locked first, in order of
     * id, so that the sums and scores are read with every event of another batch or the close of a
     * warning either wholly before or wholly after.
     */
    int evaluate(List<String> newEvents) {
        if (newEvents.isEmpty()) {
            return 0;
        }
        neo4j.query("""
                        UNWIND $events AS node
                        MATCH (e:DepartmentEvent)-[:CONCERNS]->(:Person)-[:MEMBER_OF]->(h:Household) WHERE elementId(e) = node
                        WITH DISTINCT h.id AS household ORDER BY household
                        """ + Locks.household("household"))
                .bind(newEvents).to("events").run();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Map<String, Object>> hits = new LinkedHashMap<>();
        for (Evaluation.Facts facts : neo4j.query(FACTS).bindAll(Parameters.of("events", newEvents, "scored", packs.scoredPrefixes())).fetchAs(Evaluation.Facts.class)
                .mappedBy((types, row) -> facts(row)).all()) {
            for (Evaluation.Hit hit : Evaluation.hits(packs.forGrid(facts.gridCode(), facts.occurredOn()), facts)) {
                hits.merge(hit.openKey(), row(hit, now), Discovery::together);
            }
        }
        if (hits.isEmpty()) {
            return 0;
        }
        return neo4j.query(RAISE).bindAll(Parameters.of("hits", List.copyOf(hits.values()), "now", now)).fetchAs(Long.class).one().orElse(0L)
                .intValue();
    }

    /** Two hits of one batch on the same open warning: one row, with the evidence of both and the later facts. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> together(Map<String, Object> earlier, Map<String, Object> later) {
        Map<String, Object> merged = new HashMap<>(later);
        Set<String> evidence = new LinkedHashSet<>((List<String>) earlier.get("evidence"));
        evidence.addAll((List<String>) later.get("evidence"));
        merged.put("evidence", List.copyOf(evidence));
        merged.put("id", earlier.get("id"));
        Double before = (Double) earlier.get("annualTotal");
        if (before != null && (later.get("annualTotal") == null || before > (Double) later.get("annualTotal"))) {
            merged.put("annualTotal", before);
            merged.put("threshold", earlier.get("threshold"));
        }
        if ("URGENT".equals(earlier.get("level"))) {
            merged.put("level", "URGENT");
        }
        return merged;
    }

    private Map<String, Object> row(Evaluation.Hit hit, OffsetDateTime now) {
        RulePack.Rule rule = hit.rule();
        boolean dispatched = rule.warningClass() == RulePack.WarningClass.WARNING && !hit.pack().reviewWarnings();
        LocalDate today = now.toLocalDate();
        Map<String, Object> properties = Parameters.of("rule", rule.code(), "ruleName", rule.name(), "packRegion", hit.pack().region(),
                "packVersion", hit.pack().version(), "warningClass", rule.warningClass().name(),
                "year", hit.facts().occurredOn().getYear(), "status", dispatched ? WarningStatus.DISPATCHED.name() : WarningStatus.REVIEW.name(),
                "dispatchedAt", dispatched ? now : null, "dueDate", dispatched ? calendar.after(today, DAYS_TO_VISIT) : null);
        properties.values().removeIf(v -> v == null);
        Map<String, Object> row = new HashMap<>();
        row.put("openKey", hit.openKey());
        row.put("id", UUID.randomUUID().toString());
        row.put("household", hit.facts().householdId());
        row.put("properties", properties);
        row.put("threshold", hit.threshold());
        row.put("annualTotal", hit.threshold() == null ? null : hit.facts().annualTotal());
        row.put("evidence", hit.evidence());
        row.put("level", hit.level().name());
        row.put("score", hit.breakdown().isEmpty() ? null : hit.score());
        row.put("breakdown", hit.breakdown().stream().map(s -> s.indicator() + ":" + s.points()).toList());
        return row;
    }

    private static Evaluation.Facts facts(org.neo4j.driver.Record row) {
        return new Evaluation.Facts(row.get("event").asString(), DepartmentEventType.valueOf(row.get("type").asString()),
                row.get("occurredOn").asLocalDate(), integer(row.get("grade")), decimal(row.get("before")), decimal(row.get("after")),
                row.get("household").asString(), row.get("grid").asString(), new HashSet<>(row.get("labels").asList(Value::asString)),
                row.get("annual").asDouble(), row.get("annualEvidence").asList(Value::asString),
                row.get("householdYear").asList(e -> new Evaluation.HouseholdEvent(e.get("id").asString(),
                        DepartmentEventType.valueOf(e.get("type").asString()), decimal(e.get("amount")))));
    }

    private static Integer integer(Value value) {
        return value.isNull() ? null : value.asInt();
    }

    private static Double decimal(Value value) {
        return value.isNull() ? null : value.asDouble();
    }
}
