package org.zhulian.discovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.zhulian.region.RegionCode;

/**
 * A region's rules of proactive discovery, as data ({@code discovery/packs/*.json}): it applies to
 * every household below its region, and a pack of a lower region replaces it there whole.
 *
 * @param region         the 12-digit region code, or {@code ""} for the default of the whole tree
 * @param reviewWarnings whether even WARNING-class warnings wait for a caseworker's review before dispatch
 */
public record RulePack(String region, String name, String source, String version, LocalDate effectiveFrom, boolean reviewWarnings,
                       List<Rule> rules) {

    /** The code prefix the pack covers ({@code 3407} for 铜陵市). */
    String prefix() {
        return region.isEmpty() ? "" : RegionCode.parse(region, "region").prefix();
    }

    /** How a rule fires. */
    public enum Kind {
        /** On every event of its type that meets its conditions. */
        EACH_EVENT,
        /** When the person's events of its type in one calendar year add up past a threshold that depends on their labels. */
        ANNUAL_SUM,
        /**
         * When the household's indicators of one calendar year (each counted once) score up to the
         * warning line; up to the urgent line, the warning is URGENT.
         */
        SCORED
    }

    public enum WarningClass {
        /** A warning: dispatched to the grid worker at once (unless the pack asks for review), visited within 5 working days. */
        WARNING,
        /** A hint (提示): a caseworker reviews it first. */
        HINT
    }

    public enum Level {
        GENERAL, URGENT
    }

    /**
     * One rule.
     *
     * @param population         labels one of which the person or household must hold for the rule to apply; empty: everyone
     * @param thresholds         for ANNUAL_SUM: the first whose labels the person or household holds (empty labels: anyone) applies
     * @param maxDisabilityGrade for a certificate: only grades up to this (1 is the most severe)
     * @param incomeDrops        for an income change: only when the income falls
     * @param indicators         for SCORED: what scores, and how much
     * @param warningLine        for SCORED: the score that raises a GENERAL warning
     * @param urgentLine         for SCORED: the score that makes it URGENT
     */
    public record Rule(String code, String name, Kind kind, DepartmentEventType event, WarningClass warningClass, Level level,
                       List<String> population, List<Threshold> thresholds, Integer maxDisabilityGrade, boolean incomeDrops,
                       List<Indicator> indicators, Integer warningLine, Integer urgentLine) {
    }

    /**
     * One indicator of a scored rule: present when the household has an event of its type in the
     * year (with at least {@code amountAtLeast} yuan, where given).
     */
    public record Indicator(String code, DepartmentEventType event, int points, Double amountAtLeast) {
    }

    /**
     * A threshold for the holders of any of its labels: the sum must be {@code above} it, or {@code atLeast} it.
     */
    public record Threshold(List<String> labels, Double above, Double atLeast) {

        boolean appliesTo(Set<String> held) {
            return labels.isEmpty() || labels.stream().anyMatch(held::contains);
        }

        boolean crossedBy(double sum) {
            return above != null ? sum > above : sum >= atLeast;
        }

        double value() {
            return above != null ? above : atLeast;
        }
    }
}
