package org.zhulian.system.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The codes of a small dictionary that only grows (labels, service categories), kept in memory so
 * that validating a filter argument costs no query. A code not seen yet reloads the set once, to
 * find entries added since, possibly by another instance of the service.
 */
public final class KnownCodes {

    private final String what;
    private final Supplier<Set<String>> loader;
    private final AtomicReference<Set<String>> known = new AtomicReference<>(Set.of());

    public KnownCodes(String what, Supplier<Set<String>> loader) {
        this.what = what;
        this.loader = loader;
    }

    /** Fails with BAD_USER_INPUT naming {@code field} if any code is unknown. */
    public void require(Collection<String> codes, String field) {
        if (known.get().containsAll(codes)) {
            return;
        }
        known.set(loader.get());
        List<String> unknown = codes.stream().filter(code -> !known.get().contains(code)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(field, "Unknown " + what + " in " + field + ": " + String.join(", ", unknown));
        }
    }
}
