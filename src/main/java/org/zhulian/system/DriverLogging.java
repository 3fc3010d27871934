package org.zhulian.system;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver logs through SLF4J. Its default bridge to {@code System.Logger} formats every Bolt
 * message it could log at debug level, the statement's parameters included, before the level
 * discards it: a cost on every request (a few per cent of a read, more for a batch of thousands of
 * rows) and ID numbers in transient strings. SLF4J's logger checks the level first. The driver
 * deprecates its own logging API in favour of that bridge; it stays until the bridge checks the level.
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

    @Bean
    @SuppressWarnings("deprecation")
    ConfigBuilderCustomizer driverLogsThroughSlf4j() {
        return config -> config.withLogging(Logging.slf4j());
    }
}
