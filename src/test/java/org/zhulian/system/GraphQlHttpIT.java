package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
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
