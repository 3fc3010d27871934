package org.zhulian.household;

import org.zhulian.system.graphql.Batches;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.need.Need;
import org.zhulian.region.Region;
import org.zhulian.region.RegionLevel;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Page;

/**
 * The {@code Household} type, the household root fields, and the household of a need. Nested
 * household fields come with the archive, so a page of households found by labels costs one
 * statement with its {@code totalCount}; a region-only page counts in a second one, when asked.
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
    Household household(@Argument String id) {
        return repository.households(List.of(id)).stream().findFirst().orElse(null);
    }

    @QueryMapping
    Connection<Matched.Edge<Household>, SearchCriteria> households(@Argument HouseholdFilter filter,
                                                                   @Argument Integer first, @Argument String after,
                                                                   DataFetchingFieldSelectionSet selection) {
        Page page = Page.of(first, after);
        SearchCriteria search = criteria.of(filter);
        var found = repository.householdPage(search, page, selection.contains("totalCount"));
        return Connection.of(found.rows(), page, search, found.total(), Matched.Edge::of);
    }

    @SchemaMapping(typeName = "HouseholdConnection")
    long totalCount(Connection<Matched.Edge<Household>, SearchCriteria> connection) {
        return connection.total() != null ? connection.total() : repository.householdCount(connection.filter());
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
    Map<Need, Household> householdOfNeed(List<Need> needs) {
        return Batches.match(needs, Need::householdId, byId(Batches.keys(needs, Need::householdId)));
    }

    @BatchMapping(typeName = "Person", field = "household")
    Map<Person, Household> householdOfPerson(List<Person> persons) {
        return Batches.match(persons, Person::householdId, byId(Batches.keys(persons, Person::householdId)));
    }

    private Map<String, Household> byId(List<String> ids) {
        return Batches.index(repository.households(ids), Household::id);
    }
}
