package org.zhulian.system;

import java.util.Set;

import org.neo4j.driver.Logging;
import org.neo4j.driver.NotificationClassification;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the service's Neo4j driver spends nothing on.
 * <ul>
 *   <li>It logs through SLF4J. Its default bridge to {@code System.Logger} formats every Bolt
 *       message it could log at debug level, the statement's parameters included, before the level
 *       discards it: 4 % of an import's CPU, and ID numbers in transient strings. SLF4J's logger
 *       checks the level first. The driver deprecates its own logging API in favour of that bridge;
 *       it stays until the bridge checks the level.</li>
 *   <li>The server sends no notifications of unrecognized labels, types and properties. A statement
 *       that reads a property no record holds yet (a need's {@code closedAt} before any need is
 *       closed) would carry them on every run, and Spring Data formats each one for a log that
 *       discards it: 2 % of the CPU of an archive read.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DriverSettings {

    @Bean
    @SuppressWarnings("deprecation")
    ConfigBuilderCustomizer driverSpendsNothingOnLogsNobodyReads() {
        return config -> config.withLogging(Logging.slf4j())
                .withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
    }
}
