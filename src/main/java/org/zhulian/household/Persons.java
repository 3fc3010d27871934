package org.zhulian.household;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.zhulian.security.Scope;

/** What other features ask of the registry's persons: the ones with these ids in a scope. */
@Service
public class Persons {

    private final HouseholdRepository repository;

    Persons(HouseholdRepository repository) {
        this.repository = repository;
    }

    public List<Person> byIds(Collection<String> ids, Scope scope) {
        return repository.persons(ids, scope);
    }
}
