package org.zhulian.system.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Helpers for {@code @BatchMapping} methods whose field may be null for some parents (a top-level
 * region has no parent): they return a map, in which a missing parent means null.
 */
public final class Batches {

    private Batches() {
    }

    /** The distinct non-null keys of the parents, to look up in one query. */
    public static <P, K> List<K> keys(Collection<P> parents, Function<P, K> key) {
        return parents.stream().map(key).filter(Objects::nonNull).distinct().toList();
    }

    /** Each parent mapped to the value found under its key; parents without a value are left out. */
    public static <P, K, V> Map<P, V> match(Collection<P> parents, Function<P, K> key, Map<K, V> valuesByKey) {
        Map<P, V> result = new HashMap<>();
        for (P parent : parents) {
            K k = key.apply(parent);
            V value = k == null ? null : valuesByKey.get(k);
            if (value != null) {
                result.put(parent, value);
            }
        }
        return result;
    }

    /** Index a list by a key. */
    public static <K, V> Map<K, V> index(Collection<V> values, Function<V, K> key) {
        Map<K, V> index = new HashMap<>();
        values.forEach(v -> index.put(key.apply(v), v));
        return index;
    }
}
