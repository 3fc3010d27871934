package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.GqlNotification;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.IntegrationTest;

/** A statement reading a property that no record holds yet comes back without a notification to format. */
@IntegrationTest
class DriverSettingsIT {

    @Autowired
    Neo4jClient neo4j;

    @Test
    void noNotificationOfAnUnrecognizedPropertyComesBack() {
        ResultSummary summary = neo4j.query("MATCH (h:Household) RETURN h.aPropertyNoRecordHolds AS value LIMIT 1").run();

        assertThat(summary.counters().containsUpdates()).isFalse();
        assertThat(summary.gqlStatusObjects()).noneMatch(status -> status instanceof GqlNotification);
    }
}
