package org.zhulian.household;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.zhulian.security.Scope;

/** What other features ask of the registry's households: the ones with these ids in a scope. */
@Service
public class Households {

    private final HouseholdRepository repository;

    Households(HouseholdRepository repository) {
        this.repository = repository;
    }

    public List<Household> byIds(Collection<String> ids, Scope scope) {
        return repository.households(ids, scope);
    }
}
