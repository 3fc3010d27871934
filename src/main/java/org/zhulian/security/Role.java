package org.zhulian.security;

/** What a caller is; the token's {@code roles} claim carries it. */
public enum Role {
    /** Everything in the whole tree, and the audit log. */
    ADMIN,
    /** Reads and writes households, persons, needs and labels in its region and below. */
    CASEWORKER,
    /** Reads the households of its own grids; receives warnings and reports visits. */
    GRID_WORKER,
    /** No personal data at all: published wish cards only. */
    CHARITY,
    /** A machine client with scopes and a region. */
    PARTNER_APP,
    /** Staff of one service provider (its {@code provider} claim): the referrals to its services, nothing of the registry. */
    PROVIDER
}
