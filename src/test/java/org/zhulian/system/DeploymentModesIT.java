package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.net.NetworkInterface;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;

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
import org.springframework.core.env.Environment;
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
        try (var service = start(Map.of(DEMO, "demo", "zhulian.data-dir", dataDir.toString(), "zhulian.demo.households", "40"))) {
            first = households(service);
        }
        try (var service = start(Map.of(DEMO, "demo", "zhulian.data-dir", dataDir.toString(), "zhulian.demo.households", "40"))) {
            assertThat(households(service)).isEqualTo(first).isGreaterThanOrEqualTo(40);
            assertThat(service.getBean(Neo4jClient.class).query("MATCH (m:Migration) RETURN count(m)")
                    .fetchAs(Long.class).one()).contains((long) Migrations.load().size());
        }
    }

    @Test
    void withNeo4jUriNoEmbeddedServerStartsAndTheServerIsUsed(@TempDir Path dataDir) {
        EmbeddedNeo4j server = sharedEmbedded.getIfAvailable();
        assumeThat(server).as("needs the embedded server of the test run to play the external one").isNotNull();

        try (var service = start(onServer(server, dataDir, Map.of()))) {
            assertThat(service.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
            assertThat(dataDir.resolve("neo4j")).doesNotExist();
            var response = GraphQlHttp.on(port(service)).post("{ region(code: \"330203\") { name } }");
            assertThat(response.ok().path("region").path("name").asString()).isEqualTo("海曙区");
        }
    }

    @Test
    void noSettingIssuesDemoTokensOnANeo4jServer(@TempDir Path dataDir) {
        EmbeddedNeo4j server = sharedEmbedded.getIfAvailable();
        assumeThat(server).as("needs the embedded server of the test run to play the external one").isNotNull();

        try (var service = start(onServer(server, dataDir, Map.of(DEMO, "demo", "zhulian.demo.enabled", "true")))) {
            var anonymous = GraphQlHttp.on(port(service)).as(null);

            assertThat(anonymous.send(HttpRequest.newBuilder(anonymous.uri("/demo/users"))).status()).isEqualTo(404);
            assertThat(anonymous.send(HttpRequest.newBuilder(anonymous.uri("/demo/tokens"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"admin\"}"))).status())
                    .isEqualTo(404);
        }
    }

    @Test
    void withoutDemoModeOrAnIdentityProviderTheServiceDoesNotStart(@TempDir Path dataDir) {
        EmbeddedNeo4j server = sharedEmbedded.getIfAvailable();
        assumeThat(server).as("needs the embedded server of the test run to play the external one").isNotNull();
        Map<String, String> noIdentityProvider = new java.util.HashMap<>(onServer(server, dataDir, Map.of()));
        noIdentityProvider.remove("spring.security.oauth2.resourceserver.jwt.public-key-location");

        assertThatThrownBy(() -> start(noIdentityProvider).close()).hasStackTraceContaining("No identity provider is configured");
    }

    @Test
    void aDemoInstanceListensOnThisMachineOnly(@Autowired Environment environment) throws Exception {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        int port = environment.getProperty("local.server.port", Integer.class);
        for (var address : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses).filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address).toList()) {
            try (var socket = new java.net.Socket()) {
                assertThatThrownBy(() -> socket.connect(new java.net.InetSocketAddress(address, port), 500))
                        .as("reachable at " + address).isInstanceOf(java.io.IOException.class);
            }
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
                "zhulian.security.issuer", TestTokens.ISSUER,
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
            assertThat(anonymous.send(HttpRequest.newBuilder(anonymous.uri("/graphql/schema"))).status()).isIn(401, 404);
            assertThat(caseworker.send(HttpRequest.newBuilder(caseworker.uri("/graphql/schema"))).status()).isEqualTo(404);
        }
    }

    @Test
    void tokensWithoutExpirySubjectOrTheRightIssuerAreRefused(@TempDir Path dataDir) {
        EmbeddedNeo4j server = sharedEmbedded.getIfAvailable();
        assumeThat(server).as("needs the embedded server of the test run to play the external one").isNotNull();
        Instant inAnHour = Instant.now().plusSeconds(3600);
        var valid = new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER).audience("zhulian").subject("worker-1")
                .expirationTime(Date.from(inAnHour)).claim("roles", List.of("ADMIN"));

        try (var service = start(onServer(server, dataDir, Map.of()))) {
            var client = GraphQlHttp.on(port(service));
            String noExpiry = TestTokens.RUN.sign(new JWTClaimsSet.Builder(valid.build()).expirationTime(null).build());
            String noSubject = TestTokens.RUN.sign(new JWTClaimsSet.Builder(valid.build()).subject(null).build());
            String otherIssuer = TestTokens.RUN.sign(new JWTClaimsSet.Builder(valid.build()).issuer("https://elsewhere.example").build());

            assertThat(client.withToken(TestTokens.RUN.sign(valid.build())).post("{ __typename }").status()).isEqualTo(200);
            for (String token : List.of(noExpiry, noSubject, otherIssuer)) {
                var refused = client.withToken(token).post("{ __typename }");
                assertThat(refused.status()).isEqualTo(401);
                assertThat(refused.errorCode()).isEqualTo("UNAUTHENTICATED");
            }
        }
    }

    @Test
    void theDataDirectoryIsTheServiceUsersAlone(@Autowired ZhulianProperties properties) throws Exception {
        assumeThat(sharedEmbedded.getIfAvailable()).as("a property of the embedded server").isNotNull();

        for (Path directory : List.of(properties.dataDir(), properties.dataDir().resolve("neo4j"))) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(directory)))
                    .as(directory.toString()).isEqualTo("rwx------");
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

    private static final String DEMO = "spring.profiles.active";

    /** Settings of a service on the shared embedded server, as on any Neo4j server, trusting the test identity provider. */
    private static Map<String, String> onServer(EmbeddedNeo4j server, Path dataDir, Map<String, String> more) {
        Path key = TestTokens.RUN.writePublicKey(dataDir);
        Map<String, String> settings = new java.util.HashMap<>(Map.of("spring.neo4j.uri", server.boltUri().toString(),
                "spring.neo4j.authentication.password", IntegrationTest.BOLT_PASSWORD, "zhulian.data-dir", dataDir.toString(),
                "spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + key,
                "zhulian.security.issuer", TestTokens.ISSUER));
        settings.putAll(more);
        return settings;
    }

    private static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
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
