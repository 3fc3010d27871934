package org.zhulian.provider;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.zhulian.system.graphql.KnownCodes;

/** The service-category taxonomy as other features (needs, matching) use it. */
@Service
public class ServiceCategories {

    private final ProviderRepository repository;
    private final KnownCodes known;
    private volatile Map<String, ServiceCategory> taxonomy;

    ServiceCategories(ProviderRepository repository) {
        this.repository = repository;
        this.known = new KnownCodes("service category code(s)",
                () -> repository.categories(null).stream().map(ServiceCategory::code).collect(Collectors.toSet()));
    }

    /** Fails with BAD_USER_INPUT naming {@code field} if any code is not in the taxonomy. */
    public void requireKnown(Collection<String> codes, String field) {
        known.require(codes, field);
    }

    /**
     * The categories with these codes, keyed by code. The taxonomy is seeded and never changed
     * through the API, so it is read once and kept: matching names categories in every answer.
     */
    public Map<String, ServiceCategory> byCode(Collection<String> codes) {
        Map<String, ServiceCategory> all = taxonomy();
        Map<String, ServiceCategory> found = new HashMap<>();
        codes.forEach(code -> {
            if (all.containsKey(code)) {
                found.put(code, all.get(code));
            }
        });
        return found;
    }

    private Map<String, ServiceCategory> taxonomy() {
        Map<String, ServiceCategory> cached = taxonomy;
        if (cached == null) {
            cached = repository.categories(null).stream().collect(Collectors.toMap(ServiceCategory::code, Function.identity()));
            if (!cached.isEmpty()) {
                taxonomy = cached;
            }
        }
        return cached;
    }

    List<ServiceCategory> all() {
        return taxonomy().values().stream().sorted(Comparator.comparing(ServiceCategory::code)).toList();
    }
}
