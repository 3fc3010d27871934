package org.zhulian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain GraphQL-over-HTTP client for tests: it sends what a partner app would send and hands back
 * the status, content type and parsed body, so tests see exactly what a client sees.
 */
public class GraphQlHttp {

    private static final JsonMapper json = JsonMapper.builder().build();

    private final IntSupplier port;
    private final HttpClient client;
    private final String user;
    private volatile String token;

    GraphQlHttp(IntSupplier port) {
        this(port, HttpClient.newHttpClient(), "admin");
    }

    private GraphQlHttp(IntSupplier port, HttpClient client, String user) {
        this.port = port;
        this.client = client;
        this.user = user;
    }

    /** A client of the service on this port, acting as the demo {@code admin}. */
    public static GraphQlHttp on(int port) {
        return new GraphQlHttp(() -> port);
    }

    /** The same client acting as another demo user; {@code null} for no token at all. */
    public GraphQlHttp as(String demoUser) {
        return new GraphQlHttp(port, client, demoUser);
    }

    /** The same client sending this bearer token. */
    public GraphQlHttp withToken(String bearer) {
        var fixed = new GraphQlHttp(port, client, "bearer");
        fixed.token = bearer;
        return fixed;
    }

    /**
     * A token for a demo user, from the service's demo issuer; where it issues none (on a Neo4j
     * server), from the test run's identity provider, {@link TestTokens#RUN}.
     */
    public String tokenFor(String demoUser) {
        var response = send(HttpRequest.newBuilder(uri("/demo/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("user", demoUser)))), false);
        if (response.status() == 404) {
            return TestTokens.RUN.forDemoUser(demoUser);
        }
        if (response.status() != 200) {
            throw new IllegalStateException("No demo token for " + demoUser + ": " + response.text());
        }
        return response.body().path("token").asString();
    }

    /** A document from {@code src/test/resources/graphql-test/<name>.graphql}. */
    public static String document(String name) {
        try {
            return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response post(String query) {
        return post(query, Map.of());
    }

    public Response post(String query, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return send(HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    public Response get(String query, Map<String, ?> variables) {
        String params = "query=" + encode(query) + (variables.isEmpty() ? "" : "&variables=" + encode(json.writeValueAsString(variables)));
        return send(HttpRequest.newBuilder(uri("/graphql?" + params))
                .header("Accept", "application/graphql-response+json")
                .GET());
    }

    /** Sends the request with this client's bearer token. */
    public Response send(HttpRequest.Builder request) {
        return send(request, user != null);
    }

    private Response send(HttpRequest.Builder request, boolean authenticated) {
        if (authenticated) {
            if (token == null) {
                token = tokenFor(user);
            }
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = contentType.contains("json") ? json.readTree(response.body()) : json.nullNode();
            return new Response(response.statusCode(), contentType, body, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port.getAsInt() + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What came back: status, content type, the body parsed when it is JSON, and as text. */
    public record Response(int status, String contentType, JsonNode body, String text) {

        public JsonNode data() {
            return body.path("data");
        }

        public JsonNode errors() {
            return body.path("errors");
        }

        /** The data, after checking that there were no errors. */
        public JsonNode ok() {
            if (!errors().isMissingNode() && !errors().isEmpty()) {
                throw new AssertionError("GraphQL errors: " + errors());
            }
            return data();
        }

        /** {@code extensions.code} of the first error. */
        public String errorCode() {
            return errors().path(0).path("extensions").path("code").asString();
        }

        public String errorMessage() {
            return errors().path(0).path("message").asString();
        }
    }
}
