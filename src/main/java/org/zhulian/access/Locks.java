package org.zhulian.access;

/**
 * The locks that changes take first, as Cypher fragments. Whatever belongs to a household (its
 * members, their roles, its needs, and what later features hang off it) changes under the
 * household's lock node ({@code V0006}), which carries no relationships of its own, so taking it
 * never meets the locks Neo4j takes on the household's relationships.
 */
public final class Locks {

    private Locks() {
    }

    /** Takes the lock of the household whose id is {@code idExpression}, and bumps the revision it keeps. */
    public static String household(String idExpression) {
        return """
                MERGE (lock:HouseholdLock {householdId: %s})
                SET lock.revision = coalesce(lock.revision, 0) + 1""".formatted(idExpression);
    }

    /**
     * Takes the lock of the service whose id is {@code idExpression} ({@code V0008}): every change
     * of its places (a referral accepted or ended, its capacity set) runs under it and reads the
     * places only once it is held.
     */
    public static String service(String idExpression) {
        return """
                MERGE (lock:ServiceLock {serviceId: %s})
                SET lock.revision = coalesce(lock.revision, 0) + 1""".formatted(idExpression);
    }
}
