package org.zhulian.household;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import org.zhulian.security.Caller;
import reactor.core.publisher.Mono;

/**
 * The household of another record (a need's, a person's, a warning's…) as a field of that record:
 * one statement for all the households a response shows, confined to the caller's jurisdiction,
 * reading only the parts of the archives that the field's selection asks for. A household outside
 * the jurisdiction is null, as if it were unknown.
 */
@Component
public class HouseholdLoader {

    private static final String NAME = HouseholdLoader.class.getName();

    /** One household asked for with one selection; the same household under two selections is read for each. */
    private record Key(String id, ArchiveParts parts) {
    }

    private final HouseholdRepository repository;

    HouseholdLoader(BatchLoaderRegistry loaders, HouseholdRepository repository) {
        this.repository = repository;
        loaders.<Key, Household>forName(NAME).registerMappedBatchLoader((keys, environment) ->
                Mono.fromCallable(() -> load(keys, ((GraphQLContext) environment.getContext()).get(Caller.CONTEXT_KEY))));
    }

    /** The household with this id, with the parts that {@code field}, the household field being fetched, selects. */
    public CompletableFuture<Household> household(String id, DataFetchingEnvironment field) {
        if (id == null) {
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<Key, Household> loader = field.getDataLoader(NAME);
        return loader.load(new Key(id, ArchiveParts.of(field.getSelectionSet())));
    }

    private Map<Key, Household> load(Set<Key> keys, Caller caller) {
        Map<Key, Household> found = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(Key::parts, Collectors.mapping(Key::id, Collectors.toList())))
                .forEach((parts, ids) -> index(repository.households(ids, caller.jurisdiction(), parts), parts, found));
        return found;
    }

    private static void index(List<Household> households, ArchiveParts parts, Map<Key, Household> found) {
        households.forEach(household -> found.put(new Key(household.id(), parts), household));
    }
}
