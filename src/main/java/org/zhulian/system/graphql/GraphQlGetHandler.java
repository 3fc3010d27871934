package org.zhulian.system.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP GET, as the GraphQL-over-HTTP specification describes it: {@code query},
 * {@code operationName} and JSON-encoded {@code variables} as URL parameters, queries only (a mutation
 * over GET is refused with 405, because GET must be safe to repeat and to cache). POST is served by
 * Spring's own handler.
 */
class GraphQlGetHandler {

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    private final WebGraphQlHandler graphQlHandler;
    private final JsonMapper json;

    GraphQlGetHandler(WebGraphQlHandler graphQlHandler, JsonMapper json) {
        this.graphQlHandler = graphQlHandler;
        this.json = json;
    }

    ServerResponse handle(ServerRequest request) {
        Optional<String> query = request.param("query").filter(StringUtils::hasText);
        if (query.isEmpty()) {
            return badRequest("The query parameter is required");
        }
        String operationName = request.param("operationName").filter(StringUtils::hasText).orElse(null);
        Map<String, Object> variables;
        try {
            variables = request.param("variables").filter(StringUtils::hasText)
                    .map(text -> json.readValue(text, Map.class))
                    .map(map -> (Map<String, Object>) map)
                    .orElse(Map.of());
        } catch (JacksonException e) {
            return badRequest("The variables parameter is not a JSON object");
        }
        if (isMutation(query.get(), operationName)) {
            return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.POST).build();
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", query.get());
        body.put("operationName", operationName);
        body.put("variables", variables);
        var graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(), body,
                request.servletRequest().getRequestId(), request.servletRequest().getLocale());
        return ServerResponse.async(graphQlHandler.handleRequest(graphQlRequest).map(this::toResponse));
    }

    private ServerResponse toResponse(WebGraphQlResponse response) {
        // Per the specification, a document that fails to parse or validate is a client error.
        HttpStatus status = response.getExecutionResult().isDataPresent() || response.getErrors().isEmpty()
                ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
        return ServerResponse.status(status).contentType(GRAPHQL_RESPONSE).body(response.toMap());
    }

    private static boolean isMutation(String query, String operationName) {
        try {
            Document document = Parser.parse(query);
            return document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(op -> operationName == null || operationName.equals(op.getName()))
                    .anyMatch(op -> op.getOperation() != OperationDefinition.Operation.QUERY);
        } catch (InvalidSyntaxException e) {
            return false; // the engine reports the syntax error
        }
    }

    private static ServerResponse badRequest(String message) {
        return ServerResponse.badRequest().contentType(GRAPHQL_RESPONSE)
                .body(Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", "BAD_REQUEST")))));
    }
}
