package org.zhulian.need;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zhulian.security.Scope;

/**
 * A validated needs filter, ready to bind.
 *
 * @param scope      where to search: the caller's jurisdiction within the filter's region
 * @param categories category codes (each with its subcategories), or null for all
 * @param statuses   status names, or null for all
 */
record NeedCriteria(Scope scope, List<String> categories, List<String> statuses) {

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("categories", categories);
        parameters.put("statuses", statuses);
        return parameters;
    }
}
