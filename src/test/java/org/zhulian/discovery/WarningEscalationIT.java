package org.zhulian.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.TestClock;

import tools.jackson.databind.JsonNode;

/** A warning not visited by its due date goes to the caseworkers of its street, on a clock the test moves. */
@IntegrationTest
class WarningEscalationIT {

    /** 王欣怡, 王宏's daughter (石碶街道). */
    static final String WANG_XINYI_ID = "330203201507080626";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    TestClock clock;

    @Autowired
    WarningSchedule schedule;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anOverdueWarningIsEscalatedToItsStreetOnce() {
        graphQl.as("partner-medical-insurance").post(EventIngestIT.INGEST, Map.of("events", List.of(
                DiscoveryScenarioIT.event("NB-2026-1125", "DISASTER", WANG_XINYI_ID, "2026-11-25", Map.of("note", "家中失火")))))
                .ok();
        String query = """
                { warnings(filter: {regionCode: "330203009005001", overdue: true}) { edges { node { rule { code } overdue escalatedAt escalatedTo { code name } } } } }""";
        var shiqi = graphQl.as("caseworker-shiqi");
        assertThat(shiqi.post(query).ok().path("warnings").path("edges").findValuesAsString("code")).doesNotContain("CZ_DISASTER");

        clock.advance(Duration.ofDays(12));
        schedule.escalate();
        int again = schedule.escalate();

        JsonNode escalated = shiqi.post(query).ok().path("warnings").path("edges").valueStream().map(e -> e.path("node"))
                .filter(n -> n.path("rule").path("code").asString().equals("CZ_DISASTER")).findFirst().orElseThrow();
        assertThat(escalated.path("overdue").asBoolean()).isTrue();
        assertThat(escalated.path("escalatedAt").isNull()).isFalse();
        assertThat(escalated.path("escalatedTo").path("code").asString()).isEqualTo("330203009000");
        assertThat(again).as("once").isZero();
    }
}
