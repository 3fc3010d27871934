package org.zhulian.discovery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhulian.access.Changes;
import org.zhulian.security.Caller;
import org.zhulian.security.Role;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;

/**
 * Escalates the warnings past their due date and not yet visited to the caseworkers of their
 * street, checked every {@code zhulian.discovery.check-every}: each gets the day it was escalated and
 * the street, once, and is on record as {@value #ACTOR}'s change. The street's caseworkers find them
 * with {@code warnings(filter: {overdue: true})}.
 */
@Component
class WarningSchedule {

    static final String ACTOR = "system:discovery";
    private static final Caller SYSTEM = new Caller(ACTOR, Role.ADMIN, Scope.WHOLE_TREE, Set.of(), null);

    private final Neo4jClient neo4j;
    private final Changes changes;
    private final Clock clock;

    WarningSchedule(Neo4jClient neo4j, Changes changes, Clock clock) {
        this.neo4j = neo4j;
        this.changes = changes;
        this.clock = clock;
    }

    /** Escalates what is overdue now; returns how many warnings it escalated. */
    @Scheduled(fixedDelayString = "${zhulian.discovery.check-every:PT1H}", initialDelayString = "${zhulian.discovery.check-every:PT1H}")
    int escalate() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return changes.apply(SYSTEM, "escalateWarnings", List.of(), change -> neo4j.query("""
                        MATCH (w:Warning {status: 'DISPATCHED'}) WHERE w.dueDate < $today AND w.escalatedAt IS NULL
                        SET w.escalatedAt = $now, w.escalatedTo = substring(w.gridCode, 0, 9) + '000'
                        RETURN count(w)""")
                .bindAll(Parameters.of("today", now.toLocalDate(), "now", now)).fetchAs(Long.class).one().orElse(0L).intValue());
    }
}
