package org.zhulian.wish;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Texts;

/**
 * The inputs of the wish mutations and their checks, before any transaction: lengths, ranges and
 * dates. What needs the graph (the family's names in a story, the consenting member) is checked
 * inside the change. {@code toString} of each leaves free text out: it may say anything about a family.
 */
final class WishInputs {

    static final int MAX_ITEM = 60;
    static final int MAX_TEXT = 300;
    static final int MAX_REASON = 200;
    static final int MAX_NAME = 60;
    static final int MAX_QUANTITY = 100;
    /** A micro-wish is small: an air conditioner is about the most a family asks for (seed 003). */
    static final int MAX_VALUE_YUAN = 10_000;
    static final int MAX_DAYS_AHEAD = 180;

    private WishInputs() {
    }

    enum ConsentMethod {
        SIGNED_FORM, IN_PERSON, PHONE, GUARDIAN
    }

    /** The family's consent: a member's or a guardian's. */
    record Consent(String personId, String guardian, ConsentMethod method, OffsetDateTime givenAt) {

        @Override
        public String toString() {
            return "Consent[" + method + "]";
        }
    }

    record DraftWishInput(String needId, String item, WishCategory category, Integer quantity, Integer valueYuan, String story,
                          LocalDate deadline, Consent consent) {
        @Override
        public String toString() {
            return "DraftWishInput[" + needId + "]";
        }
    }

    record UpdateWishInput(String id, String item, WishCategory category, Integer quantity, Integer valueYuan, String story,
                           LocalDate deadline, Consent consent) {
        @Override
        public String toString() {
            return "UpdateWishInput[" + id + "]";
        }
    }

    record PublishWishInput(String id, String note) {
        @Override
        public String toString() {
            return "PublishWishInput[" + id + "]";
        }
    }

    record CancelWishInput(String id, String reason) {
        @Override
        public String toString() {
            return "CancelWishInput[" + id + "]";
        }
    }

    record ConfirmReceiptInput(String id, String note) {
        @Override
        public String toString() {
            return "ConfirmReceiptInput[" + id + "]";
        }
    }

    record RecordThanksInput(String id, String message) {
        @Override
        public String toString() {
            return "RecordThanksInput[" + id + "]";
        }
    }

    /** A new draft, every field required and in range. */
    static WishChanges.Draft draft(DraftWishInput input, Clock clock) {
        return checked(new WishChanges.Draft(Texts.required(input.item(), "input.item", MAX_ITEM), input.category(), input.quantity(),
                input.valueYuan(), Texts.required(input.story(), "input.story", MAX_TEXT), input.deadline(), input.consent()), clock);
    }

    /** Corrections to a draft: what is given, in range. */
    static WishChanges.Draft corrections(UpdateWishInput input, Clock clock) {
        return checked(new WishChanges.Draft(input.item() == null ? null : Texts.required(input.item(), "input.item", MAX_ITEM),
                input.category(), input.quantity(), input.valueYuan(),
                input.story() == null ? null : Texts.required(input.story(), "input.story", MAX_TEXT), input.deadline(), input.consent()), clock);
    }

    private static WishChanges.Draft checked(WishChanges.Draft draft, Clock clock) {
        if (draft.quantity() != null && (draft.quantity() < 1 || draft.quantity() > MAX_QUANTITY)) {
            throw new InvalidInputException("input.quantity", "quantity must be 1 to " + MAX_QUANTITY);
        }
        if (draft.valueYuan() != null && (draft.valueYuan() < 1 || draft.valueYuan() > MAX_VALUE_YUAN)) {
            throw new InvalidInputException("input.valueYuan", "valueYuan must be 1 to " + MAX_VALUE_YUAN + ": a micro-wish is small");
        }
        LocalDate today = LocalDate.now(clock);
        if (draft.deadline() != null && (!draft.deadline().isAfter(today) || draft.deadline().isAfter(today.plusDays(MAX_DAYS_AHEAD)))) {
            throw new InvalidInputException("input.deadline", "deadline must be from tomorrow to " + MAX_DAYS_AHEAD + " days ahead");
        }
        Consent consent = draft.consent();
        if (consent == null) {
            return draft;
        }
        if ((consent.personId() == null) == (consent.guardian() == null)) {
            throw new InvalidInputException("input.consent", "Say who consented: a member (personId) or a guardian, not both");
        }
        if ((consent.guardian() != null) != (consent.method() == ConsentMethod.GUARDIAN)) {
            throw new InvalidInputException("input.consent.method", "A guardian consents with method GUARDIAN, and only a guardian does");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (consent.givenAt().isAfter(now.plus(5, ChronoUnit.MINUTES)) || consent.givenAt().isBefore(now.minusYears(1))) {
            throw new InvalidInputException("input.consent.givenAt", "givenAt must lie within the past year: ask the family again for an older consent");
        }
        Consent clean = consent.guardian() == null ? consent
                : new Consent(null, Texts.required(consent.guardian(), "input.consent.guardian", MAX_NAME), consent.method(), consent.givenAt());
        return new WishChanges.Draft(draft.item(), draft.category(), draft.quantity(), draft.valueYuan(), draft.story(), draft.deadline(), clean);
    }

    /** Optional free text: null stays null. */
    static String optional(String text, String field, int max) {
        return text == null ? null : Texts.required(text, field, max);
    }
}
