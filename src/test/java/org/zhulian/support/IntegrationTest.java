package org.zhulian.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole service on a real HTTP port and a real Neo4j, in demo mode: the embedded
 * database with the demo data in a fresh directory, or the server at {@code NEO4J_URI} when that is set. Every class
 * with this annotation shares one Spring context, so the DBMS starts once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"zhulian.data-dir=target/it-data/${random.uuid}", "zhulian.neo4j.password=" + IntegrationTest.BOLT_PASSWORD})
@ActiveProfiles("demo")
@Import(TestSupportConfiguration.class)
public @interface IntegrationTest {

    /** The embedded server's Bolt password in tests, for tests that connect a second client. */
    String BOLT_PASSWORD = "integration-tests-only";
}
