package org.zhulian.wish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.LAO_GUO;
import static org.zhulian.support.Stories.LAO_GUO_HOUSEHOLD;
import static org.zhulian.support.Stories.SHIQI_HOME_CARE_CENTRE;
import static org.zhulian.wish.WishFlow.CASEFILE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 老郭's bedding wish (seed 004) from draft to closed through the API, each step by the role that
 * takes it; wrong roles and steps out of order are refused, and the refusals write nothing.
 */
@IntegrationTest
class WishLifecycleIT {

    /** 老郭's need: 微心愿：冬天想要一床新被褥. */
    static final String LAO_GUO_BEDDING = "00000000-0000-4000-8002-000000000071";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void laoGuosBeddingGoesFromDraftToClosed() {
        var huayang = graphQl.as("caseworker-huayang");
        var changning = graphQl.as("caseworker-changning");
        var donor = graphQl.as("charity-c");
        var other = graphQl.as("charity-a");

        Map<String, Object> input = WishFlow.draftInput(LAO_GUO_BEDDING, "冬季加厚棉被一床", "BEDDING", 260,
                "一位独居老人住在不到十平方米的小屋里，冬天被褥单薄，希望有一床厚实的新棉被过冬。");
        assertThat(WishFlow.draft(donor, input).errorCode()).as("a charity drafts nothing").isEqualTo("FORBIDDEN");
        JsonNode draft = WishFlow.draft(huayang, input).ok().path("draftWish").path("wish");
        String id = draft.path("id").asString();
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("community").path("name").asString()).isNotBlank();
        assertThat(draft.path("community").path("level").asString()).isEqualTo("COMMUNITY");
        assertThat(draft.path("casefile").path("need").path("id").asString()).isEqualTo(LAO_GUO_BEDDING);
        assertThat(WishFlow.card(donor, id).isNull()).as("a draft is not shown to donors").isTrue();
        assertThat(WishFlow.claim(donor, id).errorCode()).isEqualTo("FORBIDDEN");

        var noConsent = WishFlow.publish(changning, id);
        assertThat(noConsent.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(noConsent.errorMessage()).contains("consent");
        JsonNode consented = WishFlow.update(huayang, Map.of("id", id, "consent", Map.of("guardian", "华阳路街道居委会（监护人）",
                "method", "GUARDIAN", "givenAt", OffsetDateTime.now().minusDays(1).toString()))).ok().path("updateWish").path("wish");
        assertThat(consented.path("casefile").path("consent").path("guardian").asString()).isEqualTo("华阳路街道居委会（监护人）");
        assertThat(consented.path("casefile").path("consent").path("recordedBy").asString()).isEqualTo("caseworker-huayang");

        var ownReview = WishFlow.publish(huayang, id);
        assertThat(ownReview.errorCode()).as("the drafter cannot approve their own wish").isEqualTo("FORBIDDEN");
        assertThat(ownReview.errorMessage()).contains("second caseworker");
        JsonNode published = WishFlow.publish(changning, id).ok().path("publishWish").path("wish");
        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.path("publishedAt").isNull()).isFalse();

        JsonNode match = donor.post("{ wishMatches(first: 100) { edges { node { wish { id } invited distanceMeters reasons } } } }").ok()
                .path("wishMatches").path("edges").valueStream().map(e -> e.path("node"))
                .filter(m -> m.path("wish").path("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(match.path("reasons").toString()).contains("床上用品：在关注的类别中", "在服务地区长宁区内", "价值260元");

        JsonNode claim = WishFlow.claim(donor, id).ok().path("claimWish").path("claim");
        assertThat(claim.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(claim.path("donor").path("displayName").asString()).isEqualTo("长宁助学公益社");
        assertThat(OffsetDateTime.parse(claim.path("expiresAt").asString()))
                .isBetween(OffsetDateTime.now().plusDays(14).minusMinutes(5), OffsetDateTime.now().plusDays(14).plusMinutes(5));
        assertThat(WishFlow.claim(donor, id).ok().path("claimWish").path("claim").path("id").asString())
                .as("claiming again what you hold changes nothing").isEqualTo(claim.path("id").asString());
        assertThat(WishFlow.claim(other, id).errorCode()).isEqualTo("WISH_ALREADY_CLAIMED");
        assertThat(needStatus()).isEqualTo("IN_PROGRESS");

        var early = WishFlow.confirm(huayang, id, "已收到");
        assertThat(early.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(early.errorMessage()).contains("not marked it delivered");
        assertThat(WishFlow.deliver(other, id).errorCode()).as("only the claimant delivers").isEqualTo("BAD_USER_INPUT");
        assertThat(WishFlow.deliver(donor, id).ok().path("markDelivered").path("claim").path("deliveredAt").isNull()).isFalse();
        assertThat(WishFlow.confirm(donor, id, "已收到").errorCode()).as("a donor cannot confirm its own delivery").isEqualTo("FORBIDDEN");

        JsonNode fulfilled = WishFlow.confirm(huayang, id, "棉被已由社区转交老郭本人").ok().path("confirmReceipt").path("wish");
        assertThat(fulfilled.path("status").asString()).isEqualTo("FULFILLED");
        assertThat(fulfilled.path("claim").path("status").asString()).isEqualTo("FULFILLED");
        assertThat(fulfilled.path("casefile").path("need").path("status").asString()).isEqualTo("MET");
        assertThat(fulfilled.path("casefile").path("need").path("closeReason").asString()).contains("冬季加厚棉被一床");

        var naming = WishFlow.thank(huayang, id, "老郭说谢谢你们");
        assertThat(naming.errorCode()).as("thanks are shown to the donor: no names").isEqualTo("BAD_USER_INPUT");
        JsonNode closed = WishFlow.thank(huayang, id, "老人说今年冬天终于不冷了，谢谢好心人！").ok().path("recordThanks").path("wish");
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(WishFlow.card(donor, id).path("thanks").asString()).isEqualTo("老人说今年冬天终于不冷了，谢谢好心人！");
        assertThat(WishFlow.card(other, id).path("thanks").isNull()).as("the thanks are for the donor who fulfilled it").isTrue();
        assertThat(WishFlow.cancel(huayang, id, "误操作").errorCode()).isEqualTo("BAD_USER_INPUT");

        JsonNode history = changning.post("query($id: ID!) { wish(id: $id) { " + CASEFILE + " } }", Map.of("id", id)).ok()
                .path("wish").path("casefile").path("history");
        assertThat(history.findValuesAsString("event"))
                .containsExactly("DRAFTED", "UPDATED", "PUBLISHED", "CLAIMED", "DELIVERED", "RECEIVED", "THANKED");
        assertThat(history.findValuesAsString("actor")).containsExactly("caseworker-huayang", "caseworker-huayang", "caseworker-changning",
                "charity-c", "charity-c", "caseworker-huayang", "caseworker-huayang");
        assertThat(huayang.post("query($id: ID!) { household(id: $id) { needs { id wishes { id status } } } }", Map.of("id", LAO_GUO_HOUSEHOLD))
                .ok().path("household").path("needs").valueStream().filter(n -> n.path("id").asString().equals(LAO_GUO_BEDDING)).findFirst()
                .orElseThrow().path("wishes").findValuesAsString("status")).as("the need's wishes, in its archive").containsExactly("CLOSED");
        assertThat(donor.post("{ myDonorProfile { record { fulfilled active } } }").ok().path("myDonorProfile").path("record")
                .path("fulfilled").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(AuditTrail.of(graphQl, "charity-c")).anySatisfy(event -> {
            assertThat(event.path("action").asString()).isEqualTo("claimWish");
            assertThat(AuditTrail.subjects(event)).contains(id, LAO_GUO_HOUSEHOLD);
        });
    }

    @Test
    void aReviewerWhoCorrectedTheDraftCannotPublishItAndRepeatedStepsChangeNothing() {
        var huayang = graphQl.as("caseworker-huayang");
        var changning = graphQl.as("caseworker-changning");
        var donor = graphQl.as("charity-c");
        Map<String, Object> input = WishFlow.draftInput(WishFlow.need(huayang, LAO_GUO_HOUSEHOLD, LAO_GUO, "需要一个收音机"), "收音机一台",
                "APPLIANCE", 90, "老人喜欢听戏，旧收音机坏了。");
        input.put("consent", WishFlow.memberConsent(LAO_GUO));
        String id = WishFlow.draft(huayang, input).ok().path("draftWish").path("wish").path("id").asString();
        WishFlow.update(changning, Map.of("id", id, "story", "老人喜欢听戏，家里的旧收音机坏了，希望有一台新的。")).ok();

        assertThat(WishFlow.publish(changning, id).errorCode()).as("a correction makes the corrector a writer too").isEqualTo("FORBIDDEN");
        assertThat(WishFlow.publish(graphQl.as("admin"), id).ok().path("publishWish").path("wish").path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(WishFlow.publish(graphQl.as("admin"), id).ok().path("publishWish").path("wish").path("status").asString())
                .as("publishing again what one published").isEqualTo("PUBLISHED");

        String claim = WishFlow.claim(donor, id).ok().path("claimWish").path("claim").path("id").asString();
        assertThat(WishFlow.release(donor, id).ok().path("releaseClaim").path("claim").path("id").asString()).isEqualTo(claim);
        assertThat(WishFlow.release(donor, id).ok().path("releaseClaim").path("claim").path("id").asString())
                .as("giving back again what one gave back").isEqualTo(claim);
        var again = WishFlow.claim(donor, id);
        assertThat(again.errorCode()).as("a donor that gave a wish back may not restart its hold").isEqualTo("BAD_USER_INPUT");
        assertThat(again.errorMessage()).contains("another donor's turn");
        WishFlow.cancel(changning, id, "不再需要").ok();
        assertThat(WishFlow.cancel(changning, id, "不再需要").ok().path("cancelWish").path("wish").isNull()).isFalse();
    }

    @Test
    void aStoryThatNamesTheFamilyOrGivesItsNumbersIsRefusedAndNothingIsWritten() {
        var huayang = graphQl.as("caseworker-huayang");
        String need = WishFlow.need(huayang, LAO_GUO_HOUSEHOLD, LAO_GUO, "需要一个电暖器");
        long before = wishesOf(LAO_GUO_HOUSEHOLD);

        for (String story : List.of("老郭一个人住，冬天很冷", "联系电话 139 0000 1234", "身份证310105196411200017", "请送到华阳路街道 老 郭家")) {
            var refused = WishFlow.draft(huayang, WishFlow.draftInput(need, "电暖器一台", "HEATING_COOLING", 200, story));
            assertThat(refused.errorCode()).as(story).isEqualTo("BAD_USER_INPUT");
            assertThat(refused.errorMessage()).contains("shown to donors").doesNotContain(story);
        }
        assertThat(wishesOf(LAO_GUO_HOUSEHOLD)).isEqualTo(before);
    }

    @Test
    void aNeedGetsOneLiveWishAndNoneWhileAnAcceptedReferralCoversIt() {
        var huayang = graphQl.as("caseworker-huayang");
        var changning = graphQl.as("caseworker-changning");
        String need = WishFlow.need(huayang, LAO_GUO_HOUSEHOLD, LAO_GUO, "需要一双棉鞋");
        JsonNode first = WishFlow.draft(huayang, WishFlow.draftInput(need, "棉鞋一双", "CLOTHING", 80, "老人的鞋子破了，希望有一双暖和的棉鞋。"))
                .ok().path("draftWish").path("wish");

        var second = WishFlow.draft(huayang, WishFlow.draftInput(need, "棉鞋两双", "CLOTHING", 160, "希望有两双棉鞋。"));
        assertThat(second.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(second.errorMessage()).contains("live wish");
        var closing = huayang.post("mutation($id: ID!) { closeNeed(input: {id: $id, outcome: CLOSED, reason: \"不再需要\"}) { need { id } } }",
                Map.of("id", need));
        assertThat(closing.errorMessage()).contains("micro-wish");

        WishFlow.cancel(huayang, first.path("id").asString(), "家属已买到").ok();
        String covered = WishFlow.need(huayang, LAO_GUO_HOUSEHOLD, LAO_GUO, "需要一张护理床");
        String service = neo4j.query("""
                        MATCH (:Provider {id: $provider})-[:OFFERS]->(s:Service)
                        WHERE s.placesTotal IS NULL OR s.placesTotal > coalesce(s.placesTaken, 0)
                        RETURN s.id ORDER BY s.id DESC LIMIT 1""")
                .bind(SHIQI_HOME_CARE_CENTRE).to("provider").fetchAs(String.class).one().orElseThrow();
        String referral = changning.post("mutation($input: ReferNeedInput!) { referNeed(input: $input) { referral { id } } }",
                Map.of("input", Map.of("needId", covered, "serviceId", service))).ok().path("referNeed").path("referral").path("id").asString();
        graphQl.as("provider-shiqi-homecare").post("mutation($id: ID!) { moveReferral(input: {id: $id, status: ACCEPTED}) { referral { id } } }",
                Map.of("id", referral)).ok();
        var doubled = WishFlow.draft(huayang, WishFlow.draftInput(covered, "护理床一张", "FURNITURE", 900, "老人行动不便，需要一张护理床。"));
        assertThat(doubled.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(doubled.errorMessage()).contains("accepted referral");
        assertThat(WishFlow.draft(huayang, WishFlow.draftInput(need, "棉鞋一双", "CLOTHING", 80, "老人的鞋子破了，希望有一双暖和的棉鞋。"))
                .ok().path("draftWish").path("wish").path("status").asString()).as("a cancelled wish frees its need").isEqualTo("DRAFT");
    }

    @Test
    void aCancelledClaimedWishEndsTheClaimAndLeavesTheBoard() {
        var huayang = graphQl.as("caseworker-huayang");
        var changning = graphQl.as("caseworker-changning");
        var donor = graphQl.as("charity-demo");
        String need = WishFlow.need(huayang, LAO_GUO_HOUSEHOLD, LAO_GUO, "需要一个保温杯");
        String id = WishFlow.published(huayang, changning, need, LAO_GUO, "保温杯一个", "DAILY_GOODS", 60);
        WishFlow.claim(donor, id).ok();

        JsonNode cancelled = WishFlow.cancel(changning, id, "家人已送来").ok().path("cancelWish").path("wish");

        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(WishFlow.card(donor, id).isNull()).as("a withdrawn wish is shown to no donor").isTrue();
        JsonNode mine = donor.post("{ myClaims(status: [CANCELLED]) { edges { node { status wish { id } } } } }").ok().path("myClaims").path("edges");
        assertThat(mine.valueStream().map(e -> e.path("node"))).anySatisfy(c -> {
            assertThat(c.path("status").asString()).isEqualTo("CANCELLED");
            assertThat(c.path("wish").isNull()).isTrue();
        });
        assertThat(needStatus(need)).isEqualTo("OPEN");
    }

    private String needStatus() {
        return needStatus(LAO_GUO_BEDDING);
    }

    private String needStatus(String need) {
        return neo4j.query("MATCH (n:Need {id: $id}) RETURN n.status").bind(need).to("id").fetchAs(String.class).one().orElseThrow();
    }

    private long wishesOf(String household) {
        return neo4j.query("MATCH (:Household {id: $id})-[:HAS_WISH]->(w:Wish) RETURN count(w)").bind(household).to("id")
                .fetchAs(Long.class).one().orElseThrow();
    }
}
