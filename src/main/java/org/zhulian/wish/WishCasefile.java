package org.zhulian.wish;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Value;
import org.zhulian.need.Need;
import org.zhulian.security.PersonalRecord;
import org.zhulian.security.Scope;

/**
 * The caseworkers' record behind a wish card: the need it meets, the family's consent, who wrote and
 * reviewed it and every step. Personal: each one a response carries is on record.
 *
 * @param invitedDonorIds the donors invited to claim it
 */
public record WishCasefile(String id, Need need, WishConsent consent, String draftedBy, OffsetDateTime drafted, String reviewedBy,
                           String receiptNote, List<String> invitedDonorIds, List<WishStep> history) implements PersonalRecord {

    /** Cypher map projection of the casefile of wish {@code w} of household {@code h}; {@code n} is its need. */
    static final String PROJECTION = """
            w {.id, .draftedBy, .created, .reviewedBy, .receiptNote, .consentPersonId, .consentGuardian, .consentMethod, .consentAt,
               .consentRecordedBy, need: %s,
               invited: [(d:Donor)-[:INVITED]->(w) | d.id],
               history: [(w)-[:STEP]->(s:WishStep) | s {.seq, .event, .status, .at, .actor, .note}]}"""
            .formatted(Need.PROJECTION.formatted("h"));

    /** The casefiles of wishes {@code $ids} that lie in the caller's jurisdiction. */
    static final String IN_SCOPE = """
            UNWIND $ids AS id
            MATCH (h:Household)-[:HAS_WISH]->(w:Wish {id: id})-[:FOR]->(n:Need)
            WHERE %s
            RETURN %s AS casefile""".formatted(Scope.covers("w"), PROJECTION);

    static WishCasefile of(Value map) {
        WishConsent consent = map.get("consentMethod").isNull() ? null
                : new WishConsent(map.get("consentPersonId").asString(null), map.get("consentGuardian").asString(null),
                        map.get("consentMethod").asString(), map.get("consentAt").asOffsetDateTime(), map.get("consentRecordedBy").asString());
        List<WishStep> history = map.get("history").asList(s -> s).stream()
                .sorted(Comparator.comparingInt(s -> s.get("seq").asInt()))
                .map(s -> new WishStep(s.get("event").asString(), WishStatus.valueOf(s.get("status").asString()),
                        s.get("at").asOffsetDateTime(), s.get("actor").asString(), s.get("note").asString(null)))
                .toList();
        return new WishCasefile(map.get("id").asString(), Need.of(map.get("need")), consent, map.get("draftedBy").asString(),
                map.get("created").asOffsetDateTime(), map.get("reviewedBy").asString(null), map.get("receiptNote").asString(null),
                map.get("invited").asList(Value::asString), history);
    }

    /** Identifies the record without its notes, for whatever logs it. */
    @Override
    public String toString() {
        return "WishCasefile[" + id + "]";
    }

    /**
     * How the family consented.
     *
     * @param personId the member who consented, or null when a guardian did
     * @param method   a {@code ConsentMethod} name
     */
    public record WishConsent(String personId, String guardian, String method, OffsetDateTime givenAt, String recordedBy) {
    }

    /** One step of a wish. */
    public record WishStep(String event, WishStatus status, OffsetDateTime at, String actor, String note) {

        @Override
        public String toString() {
            return "WishStep[" + event + " at " + at + "]";
        }
    }
}
