package org.zhulian.household;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.access.Visible;
import org.zhulian.need.Need;
import org.zhulian.region.Region;
import org.zhulian.region.RegionLevel;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Batches;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Page;

/**
 * The {@code Household} type, the household root fields, and the household of a need or person.
 * Every read is confined to the caller's jurisdiction in its statement; who may read, and the audit
 * of what was read, come from the access mechanism (the schema's {@code @access} and
 * {@code @personal}). Nested household fields come with the archive, so a page of households found by labels
 * costs one statement with its {@code totalCount}; a region-only page counts in a second one, when asked.
 */
@Controller
class HouseholdController {

    private final HouseholdRepository repository;
    private final Criteria criteria;

    HouseholdController(HouseholdRepository repository, Criteria criteria) {
        this.repository = repository;
        this.criteria = criteria;
    }

    @QueryMapping
    Household household(@Argument String id, @ContextValue Caller caller) {
        return Visible.orDenied(repository.households(List.of(id), caller.jurisdiction()).stream().findFirst().orElse(null),
                caller, "household");
    }

    @QueryMapping
    Connection<Matched.Edge<Household>> households(@Argument HouseholdFilter filter,
                                                                   @Argument Integer first, @Argument String after,
                                                                   DataFetchingFieldSelectionSet selection,
                                                                   @ContextValue Caller caller) {
        int limit = Page.size(first);
        PagePosition position = PagePosition.after(after);
        SearchCriteria search = criteria.of(filter, caller);
        return repository.householdPage(search, position, limit, selection.contains("totalCount"))
                .connection(limit, position, () -> repository.householdCount(search));
    }

    @SchemaMapping
    Region grid(Household household) {
        return household.regionAt(RegionLevel.GRID);
    }

    @SchemaMapping
    Region community(Household household) {
        return household.regionAt(RegionLevel.COMMUNITY);
    }

    @BatchMapping(typeName = "Need", field = "household")
    Map<Need, Household> householdOfNeed(List<Need> needs, @ContextValue Caller caller) {
        return Batches.match(needs, Need::householdId, byId(Batches.keys(needs, Need::householdId), caller));
    }

    @BatchMapping(typeName = "Person", field = "household")
    Map<Person, Household> householdOfPerson(List<Person> persons, @ContextValue Caller caller) {
        return Batches.match(persons, Person::householdId, byId(Batches.keys(persons, Person::householdId), caller));
    }

    private Map<String, Household> byId(List<String> ids, Caller caller) {
        return Batches.index(repository.households(ids, caller.jurisdiction()), Household::id);
    }
}
