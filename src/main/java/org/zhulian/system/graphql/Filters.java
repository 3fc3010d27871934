package org.zhulian.system.graphql;

import java.util.List;

/**
 * The one rule for list arguments of filters: an empty list means the same as leaving the argument
 * out (no constraint), so a client that builds filters from check boxes never gets "nothing" by accident.
 */
public final class Filters {

    private Filters() {
    }

    /** The list, or null (no constraint) when it is null or empty. */
    public static <T> List<T> orNull(List<T> values) {
        return values == null || values.isEmpty() ? null : values;
    }

    /** The enum constants' names, or null (no constraint) when there are none. */
    public static List<String> names(List<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null : values.stream().map(Enum::name).toList();
    }
}
