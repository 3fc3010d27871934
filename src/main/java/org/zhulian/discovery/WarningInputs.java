package org.zhulian.discovery;

import java.time.LocalDate;
import java.util.List;

import org.zhulian.need.Urgency;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Texts;

/** The inputs of the warnings' closed loop and their checks, before any transaction; {@code toString} leaves free text out. */
final class WarningInputs {

    static final int MAX_NOTE = 500;
    static final int MAX_ANSWER = 300;
    static final int MAX_FINDINGS = 1_000;
    static final int MAX_PHOTOS = 10;
    static final int MAX_REFERENCE = 200;
    static final int MAX_AID = 100;

    private WarningInputs() {
    }

    enum WarningOutcome {
        AID_GRANTED, POLICY_ADJUSTED, REFERRED, NOT_ELIGIBLE, NO_ACTION
    }

    record ReviewWarningInput(String id, Boolean approve, String note) {
        @Override
        public String toString() {
            return "ReviewWarningInput[" + id + "]";
        }
    }

    record FiveAnswersInput(String livelihood, String medicalAndEducation, String employment, String policyAwareness,
                            String serviceEvaluation) {

        FiveAnswersInput checked() {
            return new FiveAnswersInput(answer(livelihood, "livelihood"), answer(medicalAndEducation, "medicalAndEducation"),
                    answer(employment, "employment"), answer(policyAwareness, "policyAwareness"), answer(serviceEvaluation, "serviceEvaluation"));
        }

        private static String answer(String text, String field) {
            return Texts.required(text, "input.answers." + field, MAX_ANSWER);
        }

        @Override
        public String toString() {
            return "FiveAnswersInput";
        }
    }

    record ReportVisitInput(String id, LocalDate visitedOn, FiveAnswersInput answers, String findings, List<String> photos) {

        ReportVisitInput checked(LocalDate today) {
            if (visitedOn.isAfter(today)) {
                throw new InvalidInputException("input.visitedOn", "visitedOn must not lie in the future");
            }
            List<String> references = photos == null ? List.of() : photos;
            if (references.size() > MAX_PHOTOS) {
                throw new InvalidInputException("input.photos", "At most " + MAX_PHOTOS + " photos");
            }
            return new ReportVisitInput(id, visitedOn, answers.checked(), Texts.required(findings, "input.findings", MAX_FINDINGS),
                    references.stream().map(photo -> Texts.required(photo, "input.photos", MAX_REFERENCE)).toList());
        }

        @Override
        public String toString() {
            return "ReportVisitInput[" + id + "]";
        }
    }

    record WarningNeedInput(String categoryCode, String description, Urgency urgency, String personId) {
        @Override
        public String toString() {
            return "WarningNeedInput[" + categoryCode + "]";
        }
    }

    /** A label of the warning's household ({@code memberId} null) or of one of its members. */
    record LabelChangeInput(String labelCode, String memberId) {

        /** As the warning keeps it: {@code CODE}, or {@code CODE@memberId}. */
        String kept() {
            return memberId == null ? labelCode : labelCode + "@" + memberId;
        }

        static LabelChangeInput ofKept(String kept) {
            int at = kept.indexOf('@');
            return at < 0 ? new LabelChangeInput(kept, null) : new LabelChangeInput(kept.substring(0, at), kept.substring(at + 1));
        }
    }

    /** The labels a POLICY_ADJUSTED close ends (the day before {@code since}) and assigns (from {@code since}). */
    record PolicyChangeInput(LocalDate since, List<LabelChangeInput> end, List<LabelChangeInput> assign) {

        static final int MAX_LABELS = 10;

        PolicyChangeInput checked(LocalDate today) {
            if (end.isEmpty() && assign.isEmpty()) {
                throw new InvalidInputException("input.policyChange", "A policy change ends or assigns at least one label");
            }
            if (end.size() > MAX_LABELS || assign.size() > MAX_LABELS) {
                throw new InvalidInputException("input.policyChange", "At most " + MAX_LABELS + " labels end and " + MAX_LABELS + " begin");
            }
            if (end.stream().distinct().count() < end.size() || assign.stream().distinct().count() < assign.size()) {
                throw new InvalidInputException("input.policyChange", "Name each label once");
            }
            return new PolicyChangeInput(since == null ? today : since, end, assign);
        }
    }

    record CloseWarningInput(String id, WarningOutcome outcome, String aid, Double aidAmountYuan, WarningNeedInput need,
                             PolicyChangeInput policyChange, String note) {

        /** Each outcome says what it needs: the aid for AID_GRANTED, the need for REFERRED, and nothing it does not use. */
        CloseWarningInput checked(LocalDate today) {
            String text = Texts.required(note, "input.note", MAX_NOTE);
            if (outcome == WarningOutcome.AID_GRANTED && aid == null) {
                throw new InvalidInputException("input.aid", "Say which aid was granted");
            }
            if (outcome != WarningOutcome.AID_GRANTED && (aid != null || aidAmountYuan != null)) {
                throw new InvalidInputException("input.aid", "Aid is given only with outcome AID_GRANTED");
            }
            if ((outcome == WarningOutcome.REFERRED) != (need != null)) {
                throw new InvalidInputException("input.need", "A need is recorded with outcome REFERRED, and only then");
            }
            if ((outcome == WarningOutcome.POLICY_ADJUSTED) != (policyChange != null)) {
                throw new InvalidInputException("input.policyChange", "A policy change comes with outcome POLICY_ADJUSTED, and only then");
            }
            if (aidAmountYuan != null && (aidAmountYuan.isNaN() || aidAmountYuan < 0 || aidAmountYuan > EventRows.MAX_AMOUNT)) {
                throw new InvalidInputException("input.aidAmountYuan", "aidAmountYuan must be 0 or more");
            }
            return new CloseWarningInput(id, outcome, aid == null ? null : Texts.required(aid, "input.aid", MAX_AID), aidAmountYuan, need,
                    policyChange == null ? null : policyChange.checked(today), text);
        }

        CloseWarningInput withNeedDescription(String description) {
            return new CloseWarningInput(id, outcome, aid, aidAmountYuan, new WarningNeedInput(need.categoryCode(), description, need.urgency(),
                    need.personId()), policyChange, note);
        }

        @Override
        public String toString() {
            return "CloseWarningInput[" + id + " " + outcome + "]";
        }
    }
}
