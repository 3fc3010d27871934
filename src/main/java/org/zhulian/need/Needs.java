package org.zhulian.need;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.zhulian.access.Changes.Change;
import org.zhulian.provider.ServiceCategories;
import org.zhulian.security.Scope;
import org.zhulian.system.graphql.Texts;

/** What other features ask of needs: to record one for a household inside their own change, and to read some by id. */
@Service
public class Needs {

    private final NeedChanges changes;
    private final NeedRepository repository;
    private final ServiceCategories categories;

    Needs(NeedChanges changes, NeedRepository repository, ServiceCategories categories) {
        this.changes = changes;
        this.repository = repository;
        this.categories = categories;
    }

    /** These needs, of those in the scope. */
    public List<Need> byIds(Collection<String> ids, Scope scope) {
        return repository.findAll(ids, scope);
    }

    /** Checks what a need says, before any transaction; fails naming the field under {@code field}. */
    public String checkedDescription(String categoryCode, String description, String field) {
        categories.requireKnown(List.of(categoryCode), field + ".categoryCode");
        return Texts.required(description, field + ".description", NeedMutations.MAX_DESCRIPTION);
    }

    /** Records an open need of a household in the caller's jurisdiction, as {@code createNeed} does; returns its id. */
    public String record(Change change, String householdId, String personId, String categoryCode, String description, Urgency urgency) {
        return changes.create(change, householdId, personId, categoryCode, description, urgency);
    }
}
