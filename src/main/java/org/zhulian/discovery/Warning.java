package org.zhulian.discovery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Value;
import org.zhulian.security.PersonalRecord;

/** A warning about a household, as a caseworker or grid worker reads it. */
public record Warning(String id, String householdId, String gridCode, WarningRule rule, RulePack.WarningClass warningClass,
                      RulePack.Level level, WarningStatus status, int year, OffsetDateTime createdAt, OffsetDateTime dispatchedAt,
                      LocalDate dueDate, Double annualTotal, Double threshold, Integer score, List<ScoreItem> scoreBreakdown,
                      List<Evidence> evidence, Visit visit, Result result, OffsetDateTime escalatedAt, String escalatedTo)
        implements PersonalRecord {

    /** One indicator of a scored warning and its points. */
    public record ScoreItem(String indicator, int points) {
    }

    /** The grid worker's report. */
    public record Visit(LocalDate visitedOn, String visitedBy, boolean withinDeadline, WarningInputs.FiveAnswersInput answers, String findings,
                        List<String> photos) {
    }

    /** What it came to. */
    public record Result(WarningInputs.WarningOutcome outcome, String aid, Double aidAmountYuan, String needId, PolicyChange policyChange,
                         String note, String closedBy, OffsetDateTime closedAt) {
    }

    /** The labels a POLICY_ADJUSTED close changed. */
    public record PolicyChange(LocalDate since, List<WarningInputs.LabelChangeInput> ended, List<WarningInputs.LabelChangeInput> assigned) {
    }

    /** The rule that fired, as the warning keeps it. */
    public record WarningRule(String code, String name, String packRegion, String packVersion) {
    }

    /** An event the warning rests on. */
    public record Evidence(String departmentCode, String recordId, DepartmentEventType type, LocalDate occurredOn, Double amount,
                           String personId) {
    }

    static final String PROJECTION = """
            w {.id, .householdId, .gridCode, .rule, .ruleName, .packRegion, .packVersion, .warningClass, .level, .status, .year, .createdAt,
               .dispatchedAt, .dueDate, .annualTotal, .threshold, .score, .scoreBreakdown, .visitedOn, .visitedBy, .withinDeadline, .livelihood, .medicalAndEducation,
               .employment, .policyAwareness, .serviceEvaluation, .findings, .photos, .outcome, .aid, .aidAmountYuan, .needId, .policySince, .labelsEnded,
               .labelsAssigned, .note,
               .closedBy, .closedAt, .escalatedAt, .escalatedTo,
               evidence: [(w)-[:EVIDENCE]->(e:DepartmentEvent) | e {.department, .recordId, .type, .occurredOn, .amount,
                          person: head([(e)-[:CONCERNS]->(p:Person) | p.id])}]}""";

    static Warning of(Value map) {
        List<Evidence> evidence = map.get("evidence").asList(e -> new Evidence(e.get("department").asString(), e.get("recordId").asString(),
                        DepartmentEventType.valueOf(e.get("type").asString()), e.get("occurredOn").asLocalDate(),
                        e.get("amount").isNull() ? null : e.get("amount").asDouble(), e.get("person").asString(null)))
                .stream().sorted(Comparator.comparing(Evidence::occurredOn).thenComparing(Evidence::recordId)).toList();
        return new Warning(map.get("id").asString(), map.get("householdId").asString(), map.get("gridCode").asString(),
                new WarningRule(map.get("rule").asString(), map.get("ruleName").asString(), map.get("packRegion").asString(),
                        map.get("packVersion").asString()),
                RulePack.WarningClass.valueOf(map.get("warningClass").asString()), RulePack.Level.valueOf(map.get("level").asString()),
                WarningStatus.valueOf(map.get("status").asString()), map.get("year").asInt(), map.get("createdAt").asOffsetDateTime(),
                map.get("dispatchedAt").isNull() ? null : map.get("dispatchedAt").asOffsetDateTime(),
                map.get("dueDate").isNull() ? null : map.get("dueDate").asLocalDate(),
                map.get("annualTotal").isNull() ? null : map.get("annualTotal").asDouble(),
                map.get("threshold").isNull() ? null : map.get("threshold").asDouble(), map.get("score").isNull() ? null : map.get("score").asInt(),
                map.get("scoreBreakdown").isNull() ? List.of() : map.get("scoreBreakdown").asList(v -> {
                    String[] parts = v.asString().split(":");
                    return new ScoreItem(parts[0], Integer.parseInt(parts[1]));
                }), evidence, visitOf(map), resultOf(map), map.get("escalatedAt").isNull() ? null : map.get("escalatedAt").asOffsetDateTime(),
                map.get("escalatedTo").asString(null));
    }

    private static Visit visitOf(Value map) {
        if (map.get("visitedOn").isNull()) {
            return null;
        }
        return new Visit(map.get("visitedOn").asLocalDate(), map.get("visitedBy").asString(), map.get("withinDeadline").asBoolean(),
                new WarningInputs.FiveAnswersInput(map.get("livelihood").asString(), map.get("medicalAndEducation").asString(),
                        map.get("employment").asString(), map.get("policyAwareness").asString(), map.get("serviceEvaluation").asString()),
                map.get("findings").asString(), map.get("photos").isNull() ? List.of() : map.get("photos").asList(Value::asString));
    }

    private static Result resultOf(Value map) {
        if (map.get("outcome").isNull()) {
            return null;
        }
        return new Result(WarningInputs.WarningOutcome.valueOf(map.get("outcome").asString()), map.get("aid").asString(null),
                map.get("aidAmountYuan").isNull() ? null : map.get("aidAmountYuan").asDouble(), map.get("needId").asString(null),
                map.get("policySince").isNull() ? null : new PolicyChange(map.get("policySince").asLocalDate(),
                        map.get("labelsEnded").asList(v -> WarningInputs.LabelChangeInput.ofKept(v.asString())),
                        map.get("labelsAssigned").asList(v -> WarningInputs.LabelChangeInput.ofKept(v.asString()))),
                map.get("note").asString(), map.get("closedBy").asString(), map.get("closedAt").asOffsetDateTime());
    }

    /** The grid worker of the household's grid, by the token subject grid workers sign in with. */
    public String assignee() {
        return status == WarningStatus.DISPATCHED || status == WarningStatus.VISITED ? "grid-" + gridCode : null;
    }

    /** Whether it is past its due date and not yet visited, on this day. */
    boolean overdueOn(LocalDate today) {
        return status == WarningStatus.DISPATCHED && dueDate != null && today.isAfter(dueDate);
    }

    @Override
    public String toString() {
        return "Warning[" + id + "]";
    }
}
