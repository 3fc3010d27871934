package org.zhulian.discovery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.zhulian.access.Changes.Change;
import org.zhulian.access.Locks;
import org.zhulian.household.RegistryRecords;
import org.zhulian.need.Needs;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * The closed loop of a warning, each step one change under its household's lock, with the status
 * read once the lock is held: review (dispatch or dismiss), the visit's report, the close with its
 * outcome (a need recorded, or the household's labels changed, in the same change). A warning that ends loses {@code :OpenWarning}, so the next evidence of the year opens a
 * new one.
 */
@Service
class WarningChanges {

    private static final String LOCK = """
            MATCH (w:Warning {id: $id})-[:ABOUT]->(h:Household) WHERE %s
            %s
            WITH w
            RETURN w.status AS status, w.householdId AS household, w.dueDate AS due, w.dispatchedAt AS dispatched""";

    private final Neo4jClient neo4j;
    private final Needs needs;
    private final RegistryRecords registry;
    private final WorkingDays calendar;
    private final Clock clock;

    WarningChanges(Neo4jClient neo4j, Needs needs, RegistryRecords registry, WorkingDays calendar, Clock clock) {
        this.neo4j = neo4j;
        this.needs = needs;
        this.registry = registry;
        this.calendar = calendar;
        this.clock = clock;
    }

    private record Locked(WarningStatus status, String householdId, LocalDate due, OffsetDateTime dispatched) {
    }

    void review(Change change, String id, boolean approve, String note) {
        Locked warning = lock(change, id);
        require(warning, WarningStatus.REVIEW, "reviewed");
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (approve) {
            neo4j.query("MATCH (w:Warning {id: $id}) SET w.status = 'DISPATCHED', w.dispatchedAt = $now, w.dueDate = $due, w.reviewedBy = $actor, w.reviewNote = $note")
                    .bindAll(Parameters.of("id", id, "now", now, "due", calendar.after(now.toLocalDate(), Discovery.DAYS_TO_VISIT),
                            "actor", change.caller().user(), "note", note))
                    .run();
        } else {
            if (note == null) {
                throw new InvalidInputException("input.note", "Say why the warning is dismissed");
            }
            end(id, WarningStatus.DISMISSED, Parameters.of("outcome", WarningInputs.WarningOutcome.NO_ACTION.name(), "note", note,
                    "closedBy", change.caller().user(), "closedAt", now, "reviewedBy", change.caller().user()));
        }
    }

    void reportVisit(Change change, WarningInputs.ReportVisitInput visit) {
        Locked warning = lock(change, visit.id());
        require(warning, WarningStatus.DISPATCHED, "visited");
        if (visit.visitedOn().isBefore(warning.dispatched().toLocalDate())) {
            throw new InvalidInputException("input.visitedOn", "The visit cannot come before the warning was dispatched");
        }
        var answers = visit.answers();
        neo4j.query("""
                        MATCH (w:Warning {id: $id})
                        SET w.status = 'VISITED', w.visitedOn = $visitedOn, w.visitedBy = $actor, w.withinDeadline = $within,
                            w.livelihood = $livelihood, w.medicalAndEducation = $medical, w.employment = $employment,
                            w.policyAwareness = $policy, w.serviceEvaluation = $service, w.findings = $findings, w.photos = $photos""")
                .bindAll(Parameters.of("id", visit.id(), "visitedOn", visit.visitedOn(), "actor", change.caller().user(),
                        "within", !visit.visitedOn().isAfter(warning.due()), "livelihood", answers.livelihood(),
                        "medical", answers.medicalAndEducation(), "employment", answers.employment(), "policy", answers.policyAwareness(),
                        "service", answers.serviceEvaluation(), "findings", visit.findings(), "photos", visit.photos()))
                .run();
    }

    void close(Change change, WarningInputs.CloseWarningInput input) {
        Locked warning = lock(change, input.id());
        require(warning, WarningStatus.VISITED, "closed");
        String needId = null;
        if (input.need() != null) {
            var need = input.need();
            needId = needs.record(change, warning.householdId(), need.personId(), need.categoryCode(), need.description(), need.urgency());
        }
        var policy = input.policyChange();
        if (policy != null) {
            relabel(change, warning.householdId(), policy);
        }
        end(input.id(), WarningStatus.CLOSED, Parameters.of("outcome", input.outcome().name(), "aid", input.aid(), "aidAmountYuan",
                input.aidAmountYuan(), "needId", needId, "note", input.note(), "closedBy", change.caller().user(), "closedAt",
                OffsetDateTime.now(clock), "policySince", policy == null ? null : policy.since(),
                "labelsEnded", policy == null ? null : policy.end().stream().map(WarningInputs.LabelChangeInput::kept).toList(),
                "labelsAssigned", policy == null ? null : policy.assign().stream().map(WarningInputs.LabelChangeInput::kept).toList()));
    }

    /** Ends the old labels the day before the new assistance and gives the new ones, each with the registry's checks. */
    private void relabel(Change change, String householdId, WarningInputs.PolicyChangeInput policy) {
        try {
            for (var label : policy.end()) {
                registry.endLabel(change, householdId, label.memberId(), label.labelCode(), policy.since().minusDays(1));
            }
            for (var label : policy.assign()) {
                registry.assignLabel(change, householdId, label.memberId(), label.labelCode(), policy.since());
            }
        } catch (InvalidInputException refused) {
            throw new InvalidInputException("input.policyChange", refused.getMessage());
        }
    }

    private void end(String id, WarningStatus status, Map<String, Object> result) {
        neo4j.query("MATCH (w:Warning {id: $id}) REMOVE w:OpenWarning SET w += $result, w.status = $status")
                .bindAll(Parameters.of("id", id, "result", result, "status", status.name())).run();
    }

    private Locked lock(Change change, String id) {
        Locked locked = neo4j.query(LOCK.formatted(Scope.covers("w"), Locks.household("h.id"))).bind(id).to("id")
                .bindAll(change.caller().jurisdiction().parameters())
                .fetchAs(Locked.class).mappedBy((types, row) -> new Locked(WarningStatus.valueOf(row.get("status").asString()),
                        row.get("household").asString(), row.get("due").isNull() ? null : row.get("due").asLocalDate(),
                        row.get("dispatched").isNull() ? null : row.get("dispatched").asOffsetDateTime()))
                .one().orElseThrow(() -> ForbiddenException.notVisible("warning"));
        change.touches(id, locked.householdId());
        return locked;
    }

    private static void require(Locked warning, WarningStatus expected, String step) {
        if (warning.status() != expected) {
            throw new InvalidInputException("input.id", "A " + warning.status() + " warning cannot be " + step + "; a " + expected + " one can");
        }
    }
}
