package org.zhulian.discovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which rules a new event fires, from the facts around it: the pack of its household, the labels of
 * the person and the household, the person's total of the year for the event's type. Pure: the
 * facts are read and the warnings written elsewhere ({@link Discovery}), so every rule can be tested
 * on its own.
 */
final class Evaluation {

    private Evaluation() {
    }

    /**
     * What is known around one new event.
     *
     * @param labels          the person's and the household's labels as of the event's day
     * @param annualTotal     for an amount type: the person's total of the event's calendar year, this event included
     * @param annualEvidence  the events that make up that total
     */
    record Facts(String eventId, DepartmentEventType type, LocalDate occurredOn, Integer disabilityGrade, Double incomeBefore,
                 Double incomeAfter, String householdId, String gridCode, Set<String> labels, double annualTotal,
                 List<String> annualEvidence, List<HouseholdEvent> householdYear) {
    }

    /** An event of any member of the household in the same calendar year, for scored rules. */
    record HouseholdEvent(String id, DepartmentEventType type, Double amount) {
    }

    /** One indicator that scored, and its points. */
    record Scored(String indicator, int points) {
    }

    /** A rule that fired, for a household, with its evidence and, for a sum, the threshold it crossed. */
    record Hit(RulePack pack, RulePack.Rule rule, Facts facts, List<String> evidence, Double threshold, RulePack.Level level,
               List<Scored> breakdown) {

        Hit(RulePack pack, RulePack.Rule rule, Facts facts, List<String> evidence, Double threshold) {
            this(pack, rule, facts, evidence, threshold, rule.level(), List.of());
        }

        int score() {
            return breakdown.stream().mapToInt(Scored::points).sum();
        }

        /** One open warning per household, rule and year. */
        String openKey() {
            return facts.householdId() + "/" + rule.code() + "/" + facts.occurredOn().getYear();
        }
    }

    static List<Hit> hits(Optional<RulePack> pack, Facts facts) {
        List<Hit> hits = new ArrayList<>();
        if (pack.isEmpty()) {
            return hits;
        }
        for (RulePack.Rule rule : pack.get().rules()) {
            if (!inPopulation(rule, facts.labels())) {
                continue;
            }
            if (rule.kind() == RulePack.Kind.SCORED) {
                scored(pack.get(), rule, facts).ifPresent(hits::add);
                continue;
            }
            if (rule.event() != facts.type()) {
                continue;
            }
            switch (rule.kind()) {
                case EACH_EVENT -> {
                    if (meetsConditions(rule, facts)) {
                        hits.add(new Hit(pack.get(), rule, facts, List.of(facts.eventId()), null));
                    }
                }
                case ANNUAL_SUM -> rule.thresholds().stream().filter(t -> t.appliesTo(facts.labels())).findFirst()
                        .filter(t -> t.crossedBy(facts.annualTotal()))
                        .ifPresent(t -> hits.add(new Hit(pack.get(), rule, facts, facts.annualEvidence(), t.value())));
                default -> throw new IllegalStateException(rule.kind() + " handled above");
            }
        }
        return hits;
    }

    /**
     * A scored rule over the household's year, when the new event is one of its indicators: each
     * indicator present counts once, with the events that make it present as evidence.
     */
    private static Optional<Hit> scored(RulePack pack, RulePack.Rule rule, Facts facts) {
        if (rule.indicators().stream().noneMatch(indicator -> indicator.event() == facts.type())) {
            return Optional.empty();
        }
        List<Scored> breakdown = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (RulePack.Indicator indicator : rule.indicators()) {
            List<String> present = facts.householdYear().stream()
                    .filter(e -> e.type() == indicator.event()
                            && (indicator.amountAtLeast() == null || e.amount() != null && e.amount() >= indicator.amountAtLeast()))
                    .map(HouseholdEvent::id).toList();
            if (!present.isEmpty()) {
                breakdown.add(new Scored(indicator.code(), indicator.points()));
                present.stream().filter(id -> !evidence.contains(id)).forEach(evidence::add);
            }
        }
        int score = breakdown.stream().mapToInt(Scored::points).sum();
        if (score < rule.warningLine()) {
            return Optional.empty();
        }
        RulePack.Level level = rule.urgentLine() != null && score >= rule.urgentLine() ? RulePack.Level.URGENT : RulePack.Level.GENERAL;
        return Optional.of(new Hit(pack, rule, facts, evidence, null, level, List.copyOf(breakdown)));
    }

    private static boolean inPopulation(RulePack.Rule rule, Set<String> labels) {
        return rule.population().isEmpty() || rule.population().stream().anyMatch(labels::contains);
    }

    private static boolean meetsConditions(RulePack.Rule rule, Facts facts) {
        if (rule.maxDisabilityGrade() != null && (facts.disabilityGrade() == null || facts.disabilityGrade() > rule.maxDisabilityGrade())) {
            return false;
        }
        return !rule.incomeDrops() || facts.incomeBefore() != null && facts.incomeAfter() != null && facts.incomeAfter() < facts.incomeBefore();
    }
}
