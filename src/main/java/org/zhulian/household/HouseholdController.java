package org.zhulian.household;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.access.Visible;
import org.zhulian.need.Need;
import org.zhulian.region.Region;
import org.zhulian.region.RegionLevel;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Page;

/**
 * The {@code Household} type, the household root fields, and the household of a need or person.
 * Every read is confined to the caller's jurisdiction in its statement; who may read, and the audit
 * of what was read, come from the access mechanism (the schema's {@code @access} and
 * {@code @personal}). Nested household fields come with the archive, so a page of households found by labels
 * costs one statement with its {@code totalCount}; a region-only page counts in a second one, when asked.
 * Every household read, alone, on a page or inside another record, reads only the parts of its archive
 * that the request selects ({@link ArchiveParts}).
 */
@Controller
class HouseholdController {

    private final HouseholdRepository repository;
    private final Criteria criteria;
    private final HouseholdLoader loader;

    HouseholdController(HouseholdRepository repository, Criteria criteria, HouseholdLoader loader) {
        this.repository = repository;
        this.criteria = criteria;
        this.loader = loader;
    }

    @QueryMapping
    Household household(@Argument String id, DataFetchingFieldSelectionSet selection, @ContextValue Caller caller) {
        return Visible.orDenied(repository.households(List.of(id), caller.jurisdiction(), ArchiveParts.of(selection)).stream()
                .findFirst().orElse(null), caller, "household");
    }

    @QueryMapping
    Connection<Matched.Edge<Household>> households(@Argument HouseholdFilter filter,
                                                                   @Argument Integer first, @Argument String after,
                                                                   DataFetchingFieldSelectionSet selection,
                                                                   @ContextValue Caller caller) {
        int limit = Page.size(first);
        PagePosition position = PagePosition.after(after);
        SearchCriteria search = criteria.of(filter, caller);
        return repository.householdPage(search, ArchiveParts.of(selection, "edges/node/"), position, limit, selection.contains("totalCount"))
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

    @SchemaMapping(typeName = "Need", field = "household")
    CompletableFuture<Household> householdOfNeed(Need need, DataFetchingEnvironment field) {
        return loader.household(need.householdId(), field);
    }

    @SchemaMapping(typeName = "Person", field = "household")
    CompletableFuture<Household> householdOfPerson(Person person, DataFetchingEnvironment field) {
        return loader.household(person.householdId(), field);
    }
}
