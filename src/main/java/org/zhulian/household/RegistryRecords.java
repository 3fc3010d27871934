package org.zhulian.household;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.zhulian.access.Changes.Change;
import org.zhulian.security.Scope;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * What other features ask of the registry: the persons with these ids, of those in a scope (a
 * household comes through {@link HouseholdLoader}, with the parts a request selects); and the
 * labels a household's assistance changes by, inside another feature's change (the close of a
 * warning), with the registry's own checks.
 */
@Service
public class RegistryRecords {

    private final HouseholdRepository repository;
    private final Registry registry;

    RegistryRecords(HouseholdRepository repository, Registry registry) {
        this.repository = repository;
        this.registry = registry;
    }

    public List<Person> persons(Collection<String> ids, Scope scope) {
        return repository.persons(ids, scope);
    }

    /**
     * Gives the household, or its member {@code memberId}, the label from {@code since}, as
     * {@code assignLabel} does.
     *
     * @throws InvalidInputException when the member is not of this household, or the label cannot be given
     */
    public void assignLabel(Change change, String householdId, String memberId, String labelCode, LocalDate since) {
        requireOf(householdId, registry.assignLabel(change, labelCode, memberId == null ? householdId : memberId, since, null));
    }

    /** Ends the household's, or its member's, current label on {@code until}, as {@code endLabel} does. */
    public void endLabel(Change change, String householdId, String memberId, String labelCode, LocalDate until) {
        requireOf(householdId, registry.endLabel(change, labelCode, memberId == null ? householdId : memberId, until));
    }

    /** A member of another household: the whole change rolls back. */
    private static void requireOf(String householdId, String holderHousehold) {
        if (!householdId.equals(holderHousehold)) {
            throw new InvalidInputException("memberId", "Not a member of this household");
        }
    }
}
