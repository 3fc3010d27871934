package org.zhulian.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * With {@code -Ptestcontainers} (system property {@code zhulian.test.neo4j=testcontainers}), starts one
 * Neo4j server container for the whole test run and points the service at it through
 * {@code spring.neo4j.uri}, so the embedded database stays off and every integration test runs against
 * a real server. Needs a Docker engine; without the profile it does nothing.
 */
public class TestcontainersNeo4j implements LauncherSessionListener {

    private static final String IMAGE = "neo4j:2026.08.1";

    private Neo4jContainer container;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"testcontainers".equals(System.getProperty("zhulian.test.neo4j"))) {
            return;
        }
        container = new Neo4jContainer(IMAGE).withoutAuthentication();
        container.start();
        System.setProperty("spring.neo4j.uri", container.getBoltUrl());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (container != null) {
            container.stop();
        }
    }
}
