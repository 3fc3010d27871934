package org.zhulian.referral;

import java.util.Map;
import java.util.Set;

/**
 * Where a referral stands, and the steps it may take from there: PENDING → ACCEPTED or REJECTED;
 * ACCEPTED → IN_SERVICE; IN_SERVICE → COMPLETED; any open one → CANCELLED.
 */
public enum ReferralStatus {
    PENDING, ACCEPTED, IN_SERVICE, COMPLETED, REJECTED, CANCELLED;

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = Map.of(
            PENDING, Set.of(ACCEPTED, REJECTED, CANCELLED),
            ACCEPTED, Set.of(IN_SERVICE, CANCELLED),
            IN_SERVICE, Set.of(COMPLETED, CANCELLED));

    /** Whether a referral in this status may move to {@code next}. */
    boolean mayMoveTo(ReferralStatus next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }

    /** Whether the referral holds one of the service's places. */
    boolean holdsPlace() {
        return this == ACCEPTED || this == IN_SERVICE;
    }

    /** Whether the referral is still open: not completed, rejected or cancelled. */
    boolean open() {
        return NEXT.containsKey(this);
    }

    /** Whether only the provider side may take this step (the referring side may only cancel). */
    boolean providerStep() {
        return this != CANCELLED;
    }

    /** Whether the step needs a note saying why. */
    boolean needsReason() {
        return this == REJECTED || this == CANCELLED;
    }
}
