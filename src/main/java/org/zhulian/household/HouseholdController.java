package org.zhulian.household;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * household fields come with the archive, so a page of households costs one statement plus one
 * for {@code totalCount} when it is asked for.
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
    Connection<Matched.Edge<Household>, LabelCriteria> households(@Argument HouseholdFilter filter,
                                                                   @Argument Integer first, @Argument String after) {
        Page page = Page.of(first, after);
        LabelCriteria search = criteria.of(filter);
        return Connection.of(repository.householdPage(search, page), page, search, Matched.Edge::of);
    }

    @SchemaMapping(typeName = "HouseholdConnection")
    int totalCount(Connection<Matched.Edge<Household>, LabelCriteria> connection) {
        return (int) repository.householdCount(connection.filter());
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
    List<Household> householdOfNeed(List<Need> needs) {
        Map<String, Household> byId = byId(needs.stream().map(Need::householdId).distinct().toList());
        return needs.stream().map(need -> byId.get(need.householdId())).toList();
    }

    @BatchMapping(typeName = "Person", field = "household")
    List<Household> householdOfPerson(List<Person> persons) {
        Map<String, Household> byId = byId(persons.stream().map(Person::householdId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return persons.stream().map(person -> person.householdId() == null ? null : byId.get(person.householdId())).toList();
    }

    private Map<String, Household> byId(List<String> ids) {
        return repository.households(ids).stream().collect(Collectors.toMap(Household::id, Function.identity()));
    }
}
