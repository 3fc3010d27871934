package org.zhulian.provider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated providers filter, ready to bind. Providers are reference data: a region narrows the
 * list, it does not confine the caller.
 *
 * @param prefix     code prefix of the region to list
 * @param types      provider type names, or null for all
 * @param categories service category codes (each with its subcategories), or null for all
 */
record ProviderCriteria(String prefix, List<String> types, List<String> categories) {

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("prefix", prefix);
        parameters.put("types", types);
        parameters.put("categories", categories);
        return parameters;
    }
}
