package org.zhulian.system.graphql;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The codes of a small dictionary that only grows (labels, service categories, regions), kept in
 * memory so that validating a filter argument costs no query. A code not seen yet reloads the set, to
 * find entries added since (possibly by another instance of the service), at most once a second, so
 * a stream of bad codes cannot turn into a stream of full reloads. Concurrent callers wait for a
 * reload under way rather than judge by the set it is replacing.
 */
public final class KnownCodes {

    private static final long RELOAD_INTERVAL_NANOS = 1_000_000_000L;

    private final String what;
    private final Supplier<Set<String>> loader;
    private volatile Set<String> known = Set.of();
    private boolean loaded;
    private long lastReload;

    public KnownCodes(String what, Supplier<Set<String>> loader) {
        this.what = what;
        this.loader = loader;
    }

    /** Adds a code this instance has just created, so it is known without a reload. */
    public synchronized void add(String code) {
        Set<String> grown = new HashSet<>(known);
        grown.add(code);
        known = Set.copyOf(grown);
    }

    /** Fails with BAD_USER_INPUT naming {@code field} if any code is unknown. */
    public void require(Collection<String> codes, String field) {
        if (known.containsAll(codes)) {
            return;
        }
        synchronized (this) {
            long now = System.nanoTime();
            if (!known.containsAll(codes) && (!loaded || now - lastReload >= RELOAD_INTERVAL_NANOS)) {
                known = loader.get();
                loaded = true;
                lastReload = now;
            }
        }
        Set<String> current = known;
        List<String> unknown = codes.stream().filter(code -> !current.contains(code)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(field, "Unknown " + what + " in " + field + ": " + String.join(", ", unknown));
        }
    }
}
