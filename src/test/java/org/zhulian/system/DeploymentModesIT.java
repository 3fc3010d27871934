package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.ZhulianApplication;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.TestTokens;


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
    void withNeo4jUriNoEmbeddedServerStartsAndTheServerIsUsed(@TempDir Path dataDir) {
        EmbeddedNeo4j server = sharedEmbedded.getIfAvailable();
        assumeThat(server).as("needs the embedded server of the test run to play the external one").isNotNull();

        try (var service = start(Map.of("spring.neo4j.uri", server.boltUri().toString(),
                "spring.neo4j.authentication.password", IntegrationTest.BOLT_PASSWORD,
                "zhulian.data-dir", dataDir.toString()))) {
            assertThat(service.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
            assertThat(dataDir.resolve("neo4j")).doesNotExist();
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            var response = GraphQlHttp.on(port).post("{ region(code: \"330203\") { name } }");
            assertThat(response.ok().path("region").path("name").asString()).isEqualTo("海曙区");
        }
    }

    @Test
    void inProductionTokensComeFromTheIdentityProviderAndTheSchemaIsHidden(@TempDir Path dataDir) {
        EmbeddedNeo4j server = sharedEmbedded.getIfAvailable();
        assumeThat(server).as("needs the embedded server of the test run to play the external one").isNotNull();
        var idp = new TestTokens();
        Path publicKey = idp.writePublicKey(dataDir);

        try (var service = start(Map.of("spring.profiles.active", "production",
                "spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + publicKey,
                "spring.neo4j.uri", server.boltUri().toString(), "spring.neo4j.authentication.password", IntegrationTest.BOLT_PASSWORD,
                "zhulian.data-dir", dataDir.toString()))) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            var anonymous = GraphQlHttp.on(port).as(null);
            var caseworker = GraphQlHttp.on(port).withToken(
                    idp.token("https://idp.example.gov.cn", "zhulian", "worker-1", "CASEWORKER", Instant.now().plusSeconds(600)));
            var otherAudience = GraphQlHttp.on(port).withToken(
                    idp.token("https://idp.example.gov.cn", "another-app", "worker-1", "CASEWORKER", Instant.now().plusSeconds(600)));

            assertThat(caseworker.post("{ region(code: \"330203\") { name } }").ok().path("region").path("name").asString())
                    .isEqualTo("海曙区");
            assertThat(caseworker.post("{ __schema { types { name } } }").text()).contains("errors").doesNotContain("\"Household\"");
            assertThat(anonymous.post("{ __typename }").status()).isEqualTo(401);
            assertThat(otherAudience.post("{ __typename }").status()).isEqualTo(401);
            assertThat(anonymous.send(HttpRequest.newBuilder(anonymous.uri("/graphiql"))).status()).isEqualTo(404);
            assertThat(anonymous.send(HttpRequest.newBuilder(anonymous.uri("/demo/users"))).status()).isEqualTo(404);
        }
    }

    @Test
    void theEmbeddedBoltConnectorRefusesClientsWithoutThePassword() {
        EmbeddedNeo4j server = sharedEmbedded.getIfAvailable();
        assumeThat(server).as("a property of the embedded server").isNotNull();

        try (var anonymous = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
             var guessing = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", "neo4j"));
             var trusted = GraphDatabase.driver(server.boltUri(), server.authToken())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(Neo4jException.class);
            assertThatThrownBy(guessing::verifyConnectivity).isInstanceOf(Neo4jException.class);
            trusted.verifyConnectivity();
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
