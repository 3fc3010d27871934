package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;

/** The driver's debug messages (a Bolt message with its parameters) cost nothing while debug is off, and appear when it is on. */
class DriverSettingsTest {

    private static final String NAME = "org.zhulian.system.DriverSettingsTest.bolt";

    private final ch.qos.logback.classic.Logger backend = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(NAME);

    @AfterEach
    void restoreLevel() {
        backend.setLevel(null);
    }

    @Test
    @SuppressWarnings("deprecation")
    void aDebugMessageIsFormattedOnlyWhenDebugIsOn() {
        Config.ConfigBuilder builder = Config.builder();
        new DriverSettings().driverSpendsNothingOnLogsNobodyReads().customize(builder);
        Logger log = builder.build().logging().getLog(NAME);
        AtomicInteger formatted = new AtomicInteger();
        Object parameters = new Object() {
            @Override
            public String toString() {
                formatted.incrementAndGet();
                return "{idNumber: 330203195502111028}";
            }
        };

        backend.setLevel(Level.INFO);
        log.debug("C: RUN %s", parameters);
        assertThat(formatted).hasValue(0);

        backend.setLevel(Level.DEBUG);
        log.debug("C: RUN %s", parameters);
        assertThat(formatted).hasValue(1);
    }
}
