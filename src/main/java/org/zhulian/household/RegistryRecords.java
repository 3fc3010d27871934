package org.zhulian.household;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.zhulian.security.Scope;

/** What other features ask of the registry: the households and persons with these ids, of those in a scope. */
@Service
public class RegistryRecords {

    private final HouseholdRepository repository;

    RegistryRecords(HouseholdRepository repository) {
        this.repository = repository;
    }

    public List<Household> households(Collection<String> ids, Scope scope) {
        return repository.households(ids, scope);
    }

    public List<Person> persons(Collection<String> ids, Scope scope) {
        return repository.persons(ids, scope);
    }
}
