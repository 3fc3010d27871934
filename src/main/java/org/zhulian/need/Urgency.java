package org.zhulian.need;

/** How soon a need must be met; CRITICAL means help first, paperwork later (先行救助). */
public enum Urgency {
    LOW, MEDIUM, HIGH, CRITICAL;

    /**
     * 0 for the most urgent, 3 for the least: the first key of the order in which needs are listed,
     * stored beside the urgency ({@code urgencyRank}) so that an index gives needs in that order.
     */
    public int rank() {
        return CRITICAL.ordinal() - ordinal();
    }

    /** The same rank in Cypher, of an urgency's name in {@code expression}. */
    public static String rankOf(String expression) {
        return "CASE " + expression + " WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END";
    }
}
