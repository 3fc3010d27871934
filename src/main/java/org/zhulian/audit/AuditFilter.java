package org.zhulian.audit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.zhulian.system.graphql.InvalidInputException;

/** The {@code AuditFilter} input. */
record AuditFilter(String actor, String subjectId, OffsetDateTime from, OffsetDateTime to) {

    static final AuditFilter NONE = new AuditFilter(null, null, null, null);

    /** The filter, checked, as statement parameters. */
    Map<String, Object> parameters() {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("filter.from", "from must be before to");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("actor", actor);
        parameters.put("subjectId", subjectId);
        parameters.put("from", from);
        parameters.put("to", to);
        return parameters;
    }
}
