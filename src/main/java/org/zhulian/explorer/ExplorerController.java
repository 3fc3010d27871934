package org.zhulian.explorer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.discovery.Warning;
import org.zhulian.discovery.Warnings;
import org.zhulian.household.Household;
import org.zhulian.household.HouseholdLoader;
import org.zhulian.household.Person;
import org.zhulian.household.RegistryRecords;
import org.zhulian.need.Need;
import org.zhulian.need.Needs;
import org.zhulian.provider.Provider;
import org.zhulian.provider.Providers;
import org.zhulian.region.Region;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Batches;

/**
 * {@code neighbourhood}: the expansion, then each node's record read in one batch per type, through
 * the caller's jurisdiction again, and audited by the access mechanism like any read of it.
 */
@Controller
class ExplorerController {

    private final Neighbourhoods neighbourhoods;
    private final RegistryRecords registry;
    private final Needs needs;
    private final Warnings warnings;
    private final Providers providers;
    private final Regions regions;
    private final HouseholdLoader households;

    ExplorerController(Neighbourhoods neighbourhoods, RegistryRecords registry, HouseholdLoader households, Needs needs,
                       Warnings warnings, Providers providers, Regions regions) {
        this.neighbourhoods = neighbourhoods;
        this.registry = registry;
        this.households = households;
        this.needs = needs;
        this.warnings = warnings;
        this.providers = providers;
        this.regions = regions;
    }

    @QueryMapping
    Neighbourhood neighbourhood(@Argument GraphNodeType type, @Argument String key, @Argument List<GraphNodeType> types, @Argument Integer first,
                                @Argument Integer offset, @ContextValue Caller caller) {
        return neighbourhoods.expand(caller, GraphNode.of(type, key), types, first == null ? Neighbourhoods.MAX_NEIGHBOURS : first, offset == null ? 0 : offset);
    }

    @SchemaMapping(typeName = "GraphNode")
    CompletableFuture<Household> household(GraphNode node, DataFetchingEnvironment field) {
        return households.household(node.keyIf(GraphNodeType.HOUSEHOLD), field);
    }

    @BatchMapping(typeName = "GraphNode")
    Map<GraphNode, Person> person(List<GraphNode> nodes, @ContextValue Caller caller) {
        return Batches.match(nodes, node -> node.keyIf(GraphNodeType.PERSON), Batches.index(
                registry.persons(Batches.keys(nodes, node -> node.keyIf(GraphNodeType.PERSON)), caller.jurisdiction()), Person::id));
    }

    @BatchMapping(typeName = "GraphNode")
    Map<GraphNode, Need> need(List<GraphNode> nodes, @ContextValue Caller caller) {
        return Batches.match(nodes, node -> node.keyIf(GraphNodeType.NEED), Batches.index(
                needs.byIds(Batches.keys(nodes, node -> node.keyIf(GraphNodeType.NEED)), caller.jurisdiction()), Need::id));
    }

    @BatchMapping(typeName = "GraphNode")
    Map<GraphNode, Warning> warning(List<GraphNode> nodes, @ContextValue Caller caller) {
        return Batches.match(nodes, node -> node.keyIf(GraphNodeType.WARNING), Batches.index(
                warnings.byIds(Batches.keys(nodes, node -> node.keyIf(GraphNodeType.WARNING)), caller.jurisdiction()), Warning::id));
    }

    @BatchMapping(typeName = "GraphNode")
    Map<GraphNode, Provider> provider(List<GraphNode> nodes) {
        return Batches.match(nodes, node -> node.keyIf(GraphNodeType.PROVIDER), providers.byId(Batches.keys(nodes, node -> node.keyIf(GraphNodeType.PROVIDER))));
    }

    @BatchMapping(typeName = "GraphNode")
    Map<GraphNode, Region> region(List<GraphNode> nodes) {
        return Batches.match(nodes, node -> node.keyIf(GraphNodeType.REGION), regions.byCode(Batches.keys(nodes, node -> node.keyIf(GraphNodeType.REGION))));
    }
}
