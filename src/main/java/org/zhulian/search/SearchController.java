package org.zhulian.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
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
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Texts;

/**
 * {@code search}: each type asked for in one statement, the best hits of all of them merged, and
 * each hit's record read in one batch per type, through the caller's jurisdiction again.
 */
@Controller
class SearchController {

    static final int MAX_TEXT = 50;
    static final int MAX_HITS = 20;

    private final SearchRepository repository;
    private final RegistryRecords registry;
    private final Needs needs;
    private final Providers providers;
    private final Regions regions;
    private final HouseholdLoader households;

    SearchController(SearchRepository repository, RegistryRecords registry, HouseholdLoader households, Needs needs,
                     Providers providers, Regions regions) {
        this.repository = repository;
        this.registry = registry;
        this.households = households;
        this.needs = needs;
        this.providers = providers;
        this.regions = regions;
    }

    @QueryMapping
    SearchResult search(@Argument String text, @Argument List<SearchType> types, @Argument Integer first, @ContextValue Caller caller) {
        String searched = Texts.required(text, "text", MAX_TEXT);
        int hits = first == null ? MAX_HITS : first;
        if (hits < 1 || hits > MAX_HITS) {
            throw new InvalidInputException("first", "first must be 1 to " + MAX_HITS);
        }
        Set<SearchType> wanted = types == null || types.isEmpty() ? EnumSet.allOf(SearchType.class) : EnumSet.copyOf(types);
        List<SearchHit> best = new ArrayList<>();
        List<SearchResult.Count> counts = new ArrayList<>();
        for (SearchType type : wanted) {
            SearchRepository.Found found = repository.find(type, searched, caller.jurisdiction(), hits);
            best.addAll(found.best());
            counts.add(new SearchResult.Count(type, found.total(), found.capped()));
        }
        best.sort(SearchHit.BEST_FIRST);
        return new SearchResult(List.copyOf(best.subList(0, Math.min(hits, best.size()))), counts);
    }

    @BatchMapping(typeName = "SearchHit")
    Map<SearchHit, Person> person(List<SearchHit> hits, @ContextValue Caller caller) {
        return Batches.match(hits, hit -> hit.keyIf(SearchType.PERSON),
                Batches.index(registry.persons(Batches.keys(hits, hit -> hit.keyIf(SearchType.PERSON)), caller.jurisdiction()), Person::id));
    }

    @SchemaMapping(typeName = "SearchHit")
    CompletableFuture<Household> household(SearchHit hit, DataFetchingEnvironment field) {
        return households.household(hit.keyIf(SearchType.HOUSEHOLD), field);
    }

    @BatchMapping(typeName = "SearchHit")
    Map<SearchHit, Need> need(List<SearchHit> hits, @ContextValue Caller caller) {
        return Batches.match(hits, hit -> hit.keyIf(SearchType.NEED),
                Batches.index(needs.byIds(Batches.keys(hits, hit -> hit.keyIf(SearchType.NEED)), caller.jurisdiction()), Need::id));
    }

    @BatchMapping(typeName = "SearchHit")
    Map<SearchHit, Provider> provider(List<SearchHit> hits) {
        return Batches.match(hits, hit -> hit.keyIf(SearchType.PROVIDER), providers.byId(Batches.keys(hits, hit -> hit.keyIf(SearchType.PROVIDER))));
    }

    @BatchMapping(typeName = "SearchHit")
    Map<SearchHit, Region> region(List<SearchHit> hits) {
        return Batches.match(hits, hit -> hit.keyIf(SearchType.REGION), regions.byCode(Batches.keys(hits, hit -> hit.keyIf(SearchType.REGION))));
    }
}
