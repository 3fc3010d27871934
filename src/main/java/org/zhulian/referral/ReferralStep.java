package org.zhulian.referral;

import java.time.OffsetDateTime;

/** One step of a referral: who moved it to which status, when, and what they said. */
public record ReferralStep(ReferralStatus status, OffsetDateTime at, String actor, String note) {

    /** Leaves the note out, for whatever logs it. */
    @Override
    public String toString() {
        return "ReferralStep[" + status + " at " + at + "]";
    }
}
