package org.zhulian.system.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The codes of a small dictionary that only grows (labels, service categories), kept in memory so
 * that validating a filter argument costs no query. A code not seen yet reloads the set, to find
 * entries added since (possibly by another instance of the service), at most once a second, so a
 * stream of bad codes cannot turn into a stream of full reloads.
 */
public final class KnownCodes {

    private final String what;
    private final Supplier<Set<String>> loader;
    private static final long RELOAD_INTERVAL_NANOS = 1_000_000_000L;

    private final AtomicReference<Set<String>> known = new AtomicReference<>(Set.of());
    private volatile long lastReload = System.nanoTime() - RELOAD_INTERVAL_NANOS;

    public KnownCodes(String what, Supplier<Set<String>> loader) {
        this.what = what;
        this.loader = loader;
    }

    /** Fails with BAD_USER_INPUT naming {@code field} if any code is unknown. */
    public void require(Collection<String> codes, String field) {
        if (known.get().containsAll(codes)) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastReload >= RELOAD_INTERVAL_NANOS) {
            lastReload = now;
            known.set(loader.get());
        }
        List<String> unknown = codes.stream().filter(code -> !known.get().contains(code)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(field, "Unknown " + what + " in " + field + ": " + String.join(", ", unknown));
        }
    }
}
