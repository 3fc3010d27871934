package org.zhulian.system;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j unless {@code NEO4J_URI} names a server, and points Spring's driver at
 * its Bolt port. The connection details depend on the server bean, so the driver is only created once
 * Bolt listens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank()")
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(ZhulianProperties properties) {
        return EmbeddedNeo4j.start(OwnerOnly.directory(OwnerOnly.directory(properties.dataDir()).resolve("neo4j")),
                properties.neo4j().boltPort(), properties.neo4j().pageCacheSize(), properties.neo4j().password());
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return neo4j.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return neo4j.authToken();
            }
        };
    }
}
