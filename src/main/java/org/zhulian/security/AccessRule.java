package org.zhulian.security;

import java.util.function.Predicate;

/**
 * Who may use a field. Each root field, and each field that can reach personal data from a type
 * anyone may read, declares its rule in the schema ({@code @access(rule: …)}); one instrumentation
 * enforces it before the field is fetched and records every denial. A test walks the live schema
 * and fails on a field that reaches personal data without a rule that guards it.
 */
public enum AccessRule {

    /** Any authenticated caller: reference data (regions, labels, providers, categories, departments). */
    ANYONE(false, caller -> true),
    /** Households, persons, needs and what is counted of them: every role with a jurisdiction but charities, and machine clients with {@code registry:read}. */
    REGISTRY_READ(true, Caller::readsRegistry),
    /** Resources near a place, no personal data: staff, and machine clients with {@code match:read} (the hotline). */
    MATCH_READ(false, Caller::readsResources),
    /** Changes to households, persons and labels: caseworkers and ADMIN. */
    REGISTRY_WRITE(true, Caller::writesRegistry),
    /** Referrals: caseworkers and ADMIN, and a PROVIDER for its own provider; which ones is decided per referral. */
    REFERRAL(true, Caller::handlesReferrals),
    /** Claiming and delivering micro-wishes, and a donor's own profile: charities and individual donors (CHARITY). */
    DONOR(false, Caller::donates),
    /** A visit's report: the grid worker of the household (its grids decide which), caseworkers and ADMIN. */
    VISIT(true, Caller::visits),
    /** Department events in: machine clients with {@code events:write}, and ADMIN. */
    EVENTS_WRITE(false, Caller::writesEvents),
    /** The audit log: ADMIN only. */
    AUDITOR(true, caller -> caller.role() == Role.ADMIN);

    private final boolean guardsPersonalData;
    private final Predicate<Caller> allows;

    AccessRule(boolean guardsPersonalData, Predicate<Caller> allows) {
        this.guardsPersonalData = guardsPersonalData;
        this.allows = allows;
    }

    public boolean allows(Caller caller) {
        return allows.test(caller);
    }

    /** Whether the rule keeps out every caller that may not see personal data. */
    public boolean guardsPersonalData() {
        return guardsPersonalData;
    }

    /** What a refused caller is told. */
    public String refusal() {
        return switch (this) {
            case ANYONE -> "Authentication required";
            case REGISTRY_READ -> "Your role may not read the registry";
            case REGISTRY_WRITE -> "Your role may not change the registry";
            case MATCH_READ -> "Your role may not search resources (scope match:read)";
            case REFERRAL -> "Your role does not handle referrals";
            case DONOR -> "Only donors (role CHARITY) claim wishes";
            case VISIT -> "Only grid workers and caseworkers report visits";
            case EVENTS_WRITE -> "Your role may not send department events (scope events:write)";
            case AUDITOR -> "Only ADMIN reads the audit log";
        };
    }
}
