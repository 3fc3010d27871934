package org.zhulian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * With {@code -Ptestcontainers} (system property {@code zhulian.test.neo4j=testcontainers}), starts one
 * Neo4j server container for the whole test run and points the service at it through
 * {@code spring.neo4j.uri} (with the test identity provider, as no demo tokens are issued there), so the embedded database stays off and every integration test runs against
 * a real server. Needs a Docker engine; without the profile it does nothing.
 */
public class TestcontainersNeo4j implements LauncherSessionListener {

    private static final String IMAGE = "neo4j:2026.08.1";

    private Neo4jContainer container;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String server = System.getenv("NEO4J_URI");
        if (server != null && !server.isBlank()) {
            trustTheTestIdentityProvider();
        }
        if (!"testcontainers".equals(System.getProperty("zhulian.test.neo4j"))) {
            return;
        }
        container = new Neo4jContainer(IMAGE).withoutAuthentication();
        container.start();
        System.setProperty("spring.neo4j.uri", container.getBoltUrl());
        trustTheTestIdentityProvider();
    }

    /**
     * On a Neo4j server the service issues no demo tokens, so the run's tokens come from
     * {@link TestTokens#RUN}, which the service is told to trust.
     */
    static void trustTheTestIdentityProvider() {
        try {
            Path key = TestTokens.RUN.writePublicKey(Files.createTempDirectory("test-idp"));
            System.setProperty("spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + key);
            System.setProperty("zhulian.security.issuer", TestTokens.ISSUER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (container != null) {
            container.stop();
        }
    }
}
