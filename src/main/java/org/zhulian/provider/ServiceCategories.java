package org.zhulian.provider;

import java.util.Collection;
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

    ServiceCategories(ProviderRepository repository) {
        this.repository = repository;
        this.known = new KnownCodes("service category code(s)",
                () -> repository.categories(null).stream().map(ServiceCategory::code).collect(Collectors.toSet()));
    }

    /** Fails with BAD_USER_INPUT naming {@code field} if any code is not in the taxonomy. */
    public void requireKnown(Collection<String> codes, String field) {
        known.require(codes, field);
    }

    /** The categories with these codes, keyed by code. */
    public Map<String, ServiceCategory> byCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return repository.categories(codes).stream().collect(Collectors.toMap(ServiceCategory::code, Function.identity()));
    }

    List<ServiceCategory> all() {
        return repository.categories(null);
    }
}
