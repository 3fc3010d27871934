package org.zhulian.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.zhulian.security.Scope;

/**
 * A validated households or persons filter, ready to bind as Cypher parameters.
 *
 * @param scope     where to search: the caller's jurisdiction within the filter's region
 * @param bornFrom  earliest birth date (from {@code ageMax}); persons only
 * @param bornTo    latest birth date (from {@code ageMin}); persons only
 */
record SearchCriteria(Scope scope, List<String> all, List<String> any, List<String> none, boolean byMatches,
                     LocalDate today, LocalDate bornFrom, LocalDate bornTo) {

    /** The labels that select candidates: when there are any, the search starts from those label nodes. */
    List<String> driving() {
        var codes = new LinkedHashSet<String>(all);
        codes.addAll(any);
        return new ArrayList<>(codes);
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.putAll(scope.parameters());
        parameters.put("all", all);
        parameters.put("any", any);
        parameters.put("none", none);
        parameters.put("driving", driving());
        parameters.put("byMatches", byMatches);
        parameters.put("today", today);
        parameters.put("bornFrom", bornFrom);
        parameters.put("bornTo", bornTo);
        return parameters;
    }
}
