package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

/** The GraphQL-over-HTTP contract: GET for queries, POST for all, the spec's media type and statuses. */
@IntegrationTest
class GraphQlHttpIT {

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void aQueryWorksOverGetWithVariables() {
        var response = graphQl.get("query($c: ID!) { region(code: $c) { name } }", Map.of("c", "330203"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/graphql-response+json");
        assertThat(response.ok().path("region").path("name").asString()).isEqualTo("海曙区");
    }

    /** Scripts travel gzipped; an answer, which holds personal data beside the caller's own text, never does. */
    @Test
    void thePagesScriptsAreCompressedAndGraphQlAnswersAreNot() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> script = http.send(HttpRequest.newBuilder(graphQl.uri("/explorer/explorer.js")).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String token = new String(http.send(HttpRequest.newBuilder(graphQl.uri("/demo/tokens")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\": \"caseworker-shiqi\"}")).build(), HttpResponse.BodyHandlers.ofByteArray()).body(),
                StandardCharsets.UTF_8).replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(graphQl.uri("/graphql")).header("Accept-Encoding", "gzip")
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ search(text: \\\"王\\\") { hits { type match person { id name idNumber phone } } } }\"}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(script.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("\"hits\"");
        assertThat(answer.body().length).as("an answer long enough to be compressed").isGreaterThan(2048);
        assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void aMutationOverGetIsNotAllowed() {
        var response = graphQl.get("mutation { anything }", Map.of());

        assertThat(response.status()).isEqualTo(405);
    }

    @Test
    void anInvalidDocumentIsAClientError() {
        var response = graphQl.post("{ household(id: 1) { noSuchField } }");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errors()).isNotEmpty();
    }

    @Test
    void badInputIsReportedWithoutInternals() {
        var response = graphQl.send(HttpRequest.newBuilder(graphQl.uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ households(first: 500) { totalCount } }\"}")));

        assertThat(response.body().toString()).contains("BAD_USER_INPUT").doesNotContain("Exception").doesNotContain("at org.");
    }
}
