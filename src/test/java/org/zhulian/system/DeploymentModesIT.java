package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.ZhulianApplication;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service as an operator runs it: restarted on its own data directory, or pointed at a server. */
@IntegrationTest
class DeploymentModesIT {

    @Autowired
    ObjectProvider<EmbeddedNeo4j> sharedEmbedded;

    @Test
    void aRestartKeepsTheDataAndLoadsTheDemoOnlyOnce(@TempDir Path dataDir) {
        long first;
        try (var service = start(Map.of("zhulian.data-dir", dataDir.toString(), "zhulian.demo.households", "40"))) {
            first = households(service);
        }
        try (var service = start(Map.of("zhulian.data-dir", dataDir.toString(), "zhulian.demo.households", "40"))) {
            assertThat(households(service)).isEqualTo(first).isGreaterThanOrEqualTo(40);
            assertThat(service.getBean(Neo4jClient.class).query("MATCH (m:Migration) RETURN count(m)")
                    .fetchAs(Long.class).one()).contains((long) Migrations.load().size());
        }
    }

    @Test
    void withNeo4jUriNoEmbeddedServerStartsAndTheServerIsUsed(@TempDir Path dataDir) throws Exception {
        EmbeddedNeo4j server = sharedEmbedded.getIfAvailable();
        assumeThat(server).as("needs the embedded server of the test run to play the external one").isNotNull();

        try (var service = start(Map.of("spring.neo4j.uri", server.boltUri().toString(),
                "zhulian.data-dir", dataDir.toString()))) {
            assertThat(service.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
            assertThat(dataDir.resolve("neo4j")).doesNotExist();
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            var client = java.net.http.HttpClient.newHttpClient();
            var response = client.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ region(code: \\\"330203\\\") { name } }\"}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            JsonNode body = JsonMapper.builder().build().readTree(response.body());
            assertThat(body.path("data").path("region").path("name").asString()).isEqualTo("海曙区");
        }
    }

    @Test
    void theProductionProfileHidesTheSchemaAndGraphiql(@TempDir Path dataDir) throws Exception {
        EmbeddedNeo4j server = sharedEmbedded.getIfAvailable();
        assumeThat(server).as("needs the embedded server of the test run to play the external one").isNotNull();

        try (var service = start(Map.of("spring.profiles.active", "production",
                "spring.neo4j.uri", server.boltUri().toString(), "zhulian.data-dir", dataDir.toString()))) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            var client = java.net.http.HttpClient.newHttpClient();
            var introspection = client.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __schema { types { name } } }\"}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            var graphiql = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/graphiql")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());

            assertThat(introspection.body()).contains("errors").doesNotContain("\"Household\"");
            assertThat(graphiql.statusCode()).isEqualTo(404);
        }
    }

    /** Starts the service as its command line would, so the settings win over application.yml. */
    private static ConfigurableApplicationContext start(Map<String, String> settings) {
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(ZhulianApplication.class).run(java.util.stream.Stream
                .concat(java.util.stream.Stream.of("--server.port=0"), java.util.Arrays.stream(args)).toArray(String[]::new));
    }

    private static long households(ConfigurableApplicationContext service) {
        return service.getBean(Neo4jClient.class).query("MATCH (h:Household) RETURN count(h)")
                .fetchAs(Long.class).one().orElseThrow();
    }
}
