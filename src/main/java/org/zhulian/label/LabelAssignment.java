package org.zhulian.label;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Value;

/**
 * A label on a person or household. Ending a label sets {@code until}; the assignment stays as history.
 *
 * @param sourceCode the department whose data set the label
 */
public record LabelAssignment(Label label, LocalDate since, LocalDate until, String sourceCode) {

    /**
     * Cypher list of the assignments of {@code %s} (a person or household variable), read by
     * {@link #listOf(Value)}. Use with {@code formatted(variable)}.
     */
    public static final String LIST_PROJECTION =
            "[(%s)-[a:HAS_LABEL]->(l:Label) | {since: a.since, until: a.until, source: a.source, label: " + Label.PROJECTION + "}]";

    /** Newest first, so the current picture leads and the history follows. */
    private static final Comparator<LabelAssignment> NEWEST_FIRST = Comparator
            .comparing(LabelAssignment::since, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(a -> a.label().code());

    public static List<LabelAssignment> listOf(Value list) {
        return list.asList(LabelAssignment::of).stream().sorted(NEWEST_FIRST).toList();
    }

    static LabelAssignment of(Value map) {
        return new LabelAssignment(Label.of(map.get("label")),
                map.get("since").isNull() ? null : map.get("since").asLocalDate(),
                map.get("until").isNull() ? null : map.get("until").asLocalDate(),
                map.get("source").isNull() ? null : map.get("source").asString());
    }

    /** Whether the label applies on {@code day}: begun and not yet ended. */
    public boolean currentOn(LocalDate day) {
        return (since == null || !since.isAfter(day)) && (until == null || !until.isBefore(day));
    }
}
