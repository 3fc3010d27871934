package org.zhulian.wish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.LAO_GUO;
import static org.zhulian.support.Stories.LAO_GUO_HOUSEHOLD;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.TestClock;

import tools.jackson.databind.JsonNode;

/**
 * What time does to wishes, on a clock the test moves: a claim not delivered within 14 days lapses
 * and the wish is back on the board; a delivered one waits for the caseworker; a wish past its
 * deadline expires.
 */
@IntegrationTest
class WishLapseIT {

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    TestClock clock;

    @Autowired
    WishSchedule schedule;

    @Autowired
    ScheduledTaskHolder scheduler;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anUndeliveredClaimLapsesAfterItsHoldAndTheWishIsOnTheBoardAgain() {
        var donor = graphQl.as("charity-910");
        WishFlow.profile(donor, Map.of("displayName", "逾期测试"));
        var huayang = graphQl.as("caseworker-huayang");
        var changning = graphQl.as("caseworker-changning");
        String lapsing = WishFlow.published(huayang, changning, need("需要一口锅"), LAO_GUO, "炒锅一口", "DAILY_GOODS", 90);
        String delivered = WishFlow.published(huayang, changning, need("需要一个热水袋"), LAO_GUO, "热水袋一个", "DAILY_GOODS", 30);
        WishFlow.claim(donor, lapsing).ok();
        WishFlow.claim(donor, delivered).ok();
        WishFlow.deliver(donor, delivered).ok();

        clock.advance(Duration.ofDays(13));
        schedule.run();
        assertThat(WishFlow.card(changning, lapsing).path("status").asString()).as("within the hold").isEqualTo("CLAIMED");

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        schedule.run();

        JsonNode card = WishFlow.card(changning, lapsing);
        assertThat(card.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(card.path("claim").isNull()).isTrue();
        assertThat(WishFlow.card(changning, delivered).path("status").asString()).as("delivered, waiting for the caseworker").isEqualTo("CLAIMED");
        JsonNode claims = donor.post("{ myClaims { edges { node { status wish { id } endedAt } } } }").ok().path("myClaims").path("edges");
        assertThat(claims.valueStream().map(e -> e.path("node")).filter(c -> c.path("wish").path("id").asString().equals(lapsing)))
                .singleElement().satisfies(c -> assertThat(c.path("status").asString()).isEqualTo("LAPSED"));
        assertThat(donor.post("{ myDonorProfile { record { lapsed active } } }").ok().path("myDonorProfile").path("record").path("lapsed").asInt())
                .isEqualTo(1);
        JsonNode history = changning.post("query($id: ID!) { wish(id: $id) { casefile { history { event actor } } } }", Map.of("id", lapsing))
                .ok().path("wish").path("casefile").path("history");
        assertThat(history.findValuesAsString("event")).endsWith("CLAIMED", "LAPSED");
        assertThat(history.findValuesAsString("actor")).endsWith("system:wishes");
        assertThat(needStatus(lapsing)).isEqualTo("OPEN");
        assertThat(WishFlow.claim(graphQl.as("charity-demo"), lapsing).ok().path("claimWish").path("claim").path("status").asString())
                .as("another donor may claim it now").isEqualTo("ACTIVE");
        WishFlow.release(graphQl.as("charity-demo"), lapsing).ok();
    }

    @Test
    void aPublishedWishPastItsDeadlineExpires() {
        var huayang = graphQl.as("caseworker-huayang");
        String id = WishFlow.published(huayang, graphQl.as("caseworker-changning"), need("需要一盏台灯"), LAO_GUO, "台灯一盏", "APPLIANCE", 70);

        clock.advance(Duration.ofDays(31));
        schedule.run();

        assertThat(WishFlow.card(graphQl.as("charity-demo"), id).path("status").asString()).isEqualTo("EXPIRED");
        assertThat(WishFlow.claim(graphQl.as("charity-demo"), id).errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(WishFlow.draft(huayang, WishFlow.draftInput(needOf(id), "台灯一盏", "APPLIANCE", 70, "孩子写作业需要一盏台灯。"))
                .errorCode()).as("the deadline is a month ago on this clock; a new draft needs a later one").isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void theChecksRunOnASchedule() {
        assertThat(scheduler.getScheduledTasks()).anySatisfy(task -> assertThat(task.getTask().getRunnable().toString()).contains("WishSchedule.run"));
    }

    private String need(String description) {
        return WishFlow.need(graphQl.as("caseworker-huayang"), LAO_GUO_HOUSEHOLD, LAO_GUO, description);
    }

    private String needOf(String wish) {
        return neo4j.query("MATCH (w:Wish {id: $id}) RETURN w.needId").bind(wish).to("id").fetchAs(String.class).one().orElseThrow();
    }

    private String needStatus(String wish) {
        return neo4j.query("MATCH (w:Wish {id: $id})-[:FOR]->(n:Need) RETURN n.status").bind(wish).to("id").fetchAs(String.class).one().orElseThrow();
    }
}
