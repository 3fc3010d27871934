package org.zhulian.matching;

/** One thing a caseworker can read out about a match: a fact in its favour, or a requirement that failed. */
public record MatchReason(Kind kind, boolean met, String text) {

    /** What the reason is about. */
    public enum Kind {
        CATEGORY, DISTANCE, PLACES, LABEL, AGE, DISABILITY, RESIDENCE
    }

    static MatchReason met(Kind kind, String text) {
        return new MatchReason(kind, true, text);
    }

    static MatchReason failed(Kind kind, String text) {
        return new MatchReason(kind, false, text);
    }
}
