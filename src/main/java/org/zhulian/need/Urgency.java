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
}
