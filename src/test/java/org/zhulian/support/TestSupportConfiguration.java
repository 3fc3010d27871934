package org.zhulian.support;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.zhulian.system.EmbeddedNeo4j;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    GraphQlHttp graphQlHttp(WebServerApplicationContext context) {
        return new GraphQlHttp(() -> context.getWebServer().getPort());
    }

    /** The service's clock: the real one, unless a test moves it on. */
    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    /** Present only on the embedded database, whose statements the test JVM can observe. */
    @Bean
    CypherStatements cypherStatements(ObjectProvider<EmbeddedNeo4j> neo4j) {
        EmbeddedNeo4j embedded = neo4j.getIfAvailable();
        return embedded == null ? null : new CypherStatements(embedded);
    }
}
