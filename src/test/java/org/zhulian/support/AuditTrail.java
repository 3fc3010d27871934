package org.zhulian.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** What the audit log holds about a record or a caller, read as ADMIN through the API, every page. */
public final class AuditTrail {

    private static final String PAGE = """
            query($filter: AuditFilter, $after: String) {
              auditLog(filter: $filter, first: 100, after: $after) {
                edges { node { actor role action subjectIds purpose outcome } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    private AuditTrail() {
    }

    /** Every event concerning this record, newest first. */
    public static List<JsonNode> about(GraphQlHttp graphQl, String subjectId) {
        return events(graphQl, Map.of("subjectId", subjectId));
    }

    /** Every event of this caller, newest first. */
    public static List<JsonNode> of(GraphQlHttp graphQl, String actor) {
        return events(graphQl, Map.of("actor", actor));
    }

    public static List<JsonNode> events(GraphQlHttp graphQl, Map<String, Object> filter) {
        List<JsonNode> events = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("filter", filter);
            variables.put("after", after);
            JsonNode page = graphQl.as("admin").post(PAGE, variables).ok().path("auditLog");
            page.path("edges").forEach(edge -> events.add(edge.path("node")));
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        return events;
    }

    /** The subject ids of an event. */
    public static List<String> subjects(JsonNode event) {
        List<String> ids = new ArrayList<>();
        event.path("subjectIds").forEach(id -> ids.add(id.asString()));
        return ids;
    }
}
