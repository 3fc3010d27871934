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
import org.zhulian.audit.Access;
import org.zhulian.audit.AuditLog;
import org.zhulian.audit.Outcome;
import org.zhulian.need.Need;
import org.zhulian.region.Region;
import org.zhulian.region.RegionLevel;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Batches;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Page;

/**
 * The {@code Household} type, the household root fields, and the household of a need or person.
 * Every read is confined to the caller's jurisdiction in its statement and every archive read is
 * on record. Nested household fields come with the archive, so a page of households found by labels
 * costs one statement with its {@code totalCount}; a region-only page counts in a second one, when asked.
 */
@Controller
class HouseholdController {

    private final HouseholdRepository repository;
    private final Criteria criteria;
    private final Access access;
    private final AuditLog audit;

    HouseholdController(HouseholdRepository repository, Criteria criteria, Access access, AuditLog audit) {
        this.repository = repository;
        this.criteria = criteria;
        this.access = access;
        this.audit = audit;
    }

    @QueryMapping
    Household household(@Argument String id, @ContextValue Caller caller) {
        access.requireRegistryRead(caller, "household", List.of(id));
        Household found = access.visibleOrDenied(repository.households(List.of(id), caller.prefixes()).stream().findFirst().orElse(null),
                caller, "household", "household", id);
        if (found != null) {
            audit.record(caller, "household", List.of(id), Outcome.SUCCEEDED);
        }
        return found;
    }

    @QueryMapping
    Connection<Matched.Edge<Household>, SearchCriteria> households(@Argument HouseholdFilter filter,
                                                                   @Argument Integer first, @Argument String after,
                                                                   DataFetchingFieldSelectionSet selection,
                                                                   @ContextValue Caller caller) {
        access.requireRegistryRead(caller, "households", List.of());
        Page page = Page.of(first, after);
        SearchCriteria search = criteria.of(filter, caller);
        var found = repository.householdPage(search, page, selection.contains("totalCount"));
        var connection = Connection.of(found.rows(), page, search, found.total(), Matched.Edge::of);
        recordRead(caller, "households", connection.edges().stream().map(edge -> edge.node().id()).toList());
        return connection;
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
    Map<Need, Household> householdOfNeed(List<Need> needs, @ContextValue Caller caller) {
        return Batches.match(needs, Need::householdId, byId(Batches.keys(needs, Need::householdId), caller, "Need.household"));
    }

    @BatchMapping(typeName = "Person", field = "household")
    Map<Person, Household> householdOfPerson(List<Person> persons, @ContextValue Caller caller) {
        return Batches.match(persons, Person::householdId, byId(Batches.keys(persons, Person::householdId), caller, "Person.household"));
    }

    private Map<String, Household> byId(List<String> ids, Caller caller, String action) {
        List<Household> found = repository.households(ids, caller.prefixes());
        recordRead(caller, action, found.stream().map(Household::id).toList());
        return Batches.index(found, Household::id);
    }

    private void recordRead(Caller caller, String action, List<String> ids) {
        if (!ids.isEmpty()) {
            audit.record(caller, action, ids, Outcome.SUCCEEDED);
        }
    }
}
