package org.zhulian.wish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.LAO_GUO;
import static org.zhulian.support.Stories.LAO_GUO_HOUSEHOLD;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Wishes and donors matched both ways by the donors' profiles: a donor sees only what it can serve,
 * nearest first with its reasons; a caseworker sees the donors that fit a wish and can invite one,
 * whose matches then show the invitation first.
 */
@IntegrationTest
class WishMatchingIT {

    static final String MATCHES = "{ wishMatches(first: 100) { totalCount edges { node { invited distanceMeters reasons wish { id category valueYuan deadline community { code } } } } } }";
    static final String SUGGESTIONS = """
            query($id: ID!) { donorSuggestions(wishId: $id, first: 50) { invited distanceMeters reasons donor { id displayName area { centre { latitude } } } } }""";

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void aDonorIsOfferedOnlyWhatItsProfileCanServeNearestFirst() {
        JsonNode matches = graphQl.as("charity-b").post(MATCHES).ok().path("wishMatches");

        List<JsonNode> nodes = matches.path("edges").valueStream().map(e -> e.path("node")).toList();
        assertThat(nodes).as("the demo publishes wishes around 石碶").isNotEmpty();
        assertThat(matches.path("totalCount").asInt()).isEqualTo(nodes.size());
        assertThat(nodes).allSatisfy(match -> {
            assertThat(match.path("wish").path("category").asString()).isIn("FOOD", "DAILY_GOODS", "CLOTHING", "BEDDING");
            assertThat(match.path("wish").path("valueYuan").asInt()).isLessThanOrEqualTo(500);
            assertThat(match.path("distanceMeters").asInt()).isLessThanOrEqualTo(5000);
            assertThat(match.path("reasons").toString()).contains("在关注的类别中", "在服务半径5.0公里内", "在接受范围（500元以内）内", "截止");
        });
        assertThat(nodes.stream().mapToInt(m -> m.path("distanceMeters").asInt()).toArray()).isSorted();
    }

    @Test
    void aCaseworkerFindsTheDonorsThatFitAWishAndAnInvitationComesFirst() {
        var huayang = graphQl.as("caseworker-huayang");
        String need = WishFlow.need(huayang, LAO_GUO_HOUSEHOLD, LAO_GUO, "需要一套冬衣");
        String wish = WishFlow.published(huayang, graphQl.as("caseworker-changning"), need, LAO_GUO, "冬衣一套", "CLOTHING", 300);

        List<JsonNode> suggested = huayang.post(SUGGESTIONS, Map.of("id", wish)).ok().path("donorSuggestions").valueStream().toList();

        assertThat(suggested).extracting(s -> s.path("donor").path("displayName").asString())
                .as("the one giving in Changning is the nearest; donors without an area follow").startsWith("长宁助学公益社")
                .as("海曙区慈善总会 gives in Haishu, 石碶爱心超市 within 5 km of 石碶").doesNotContain("海曙区慈善总会", "石碶爱心超市");
        JsonNode changning = suggested.stream().filter(s -> s.path("donor").path("displayName").asString().equals("长宁助学公益社"))
                .findFirst().orElseThrow();
        assertThat(changning.path("reasons").toString()).contains("衣物鞋帽：在关注的类别中", "在服务地区长宁区内", "已圆梦");
        assertThat(graphQl.as("charity-c").post("query($id: ID!) { donorSuggestions(wishId: $id) { invited } }", Map.of("id", wish))
                .errorCode()).isEqualTo("FORBIDDEN");
        assertThat(graphQl.as("caseworker-shiqi").post(SUGGESTIONS, Map.of("id", wish)).errorCode())
                .as("a wish of another jurisdiction").isEqualTo("FORBIDDEN");

        String haishu = graphQl.as("charity-a").post("{ myDonorProfile { id } }").ok().path("myDonorProfile").path("id").asString();
        huayang.post("mutation($w: ID!, $d: ID!) { inviteDonor(wishId: $w, donorId: $d) { wish { id } } }", Map.of("w", wish, "d", haishu)).ok();

        JsonNode first = graphQl.as("charity-a").post(MATCHES).ok().path("wishMatches").path("edges").path(0).path("node");
        assertThat(first.path("wish").path("id").asString()).isEqualTo(wish);
        assertThat(first.path("invited").asBoolean()).isTrue();
        assertThat(first.path("reasons").toString()).contains("社区工作者邀请您认领", "不在服务地区内");
        assertThat(graphQl.as("caseworker-changning").post("query($id: ID!) { wish(id: $id) { casefile { invited { id } history { event } } } }",
                Map.of("id", wish)).ok().path("wish").path("casefile").path("invited").findValuesAsString("id")).containsExactly(haishu);
    }

    @Test
    void aPersonWhoGivesShowsOnlyTheNameTheyChose() {
        var person = graphQl.as("charity-920");
        JsonNode own = person.post("""
                mutation { updateDonorProfile(input: {kind: INDIVIDUAL, displayName: "爱心人士小王",
                  area: {latitude: 31.2196, longitude: 121.4245, radiusMeters: 3000}}) { donor { id kind area { centre { latitude } radiusMeters } } } }""")
                .ok().path("updateDonorProfile").path("donor");
        assertThat(own.path("area").path("radiusMeters").asInt()).as("their own area, to themselves").isEqualTo(3000);
        var huayang = graphQl.as("caseworker-huayang");
        String wish = WishFlow.published(huayang, graphQl.as("caseworker-changning"), WishFlow.need(huayang, LAO_GUO_HOUSEHOLD, LAO_GUO, "需要一只电水壶"),
                LAO_GUO, "电水壶一只", "APPLIANCE", 80);

        JsonNode suggested = huayang.post(SUGGESTIONS, Map.of("id", wish)).ok().path("donorSuggestions").valueStream()
                .filter(s -> s.path("donor").path("id").asString().equals(own.path("id").asString())).findFirst().orElseThrow();

        assertThat(suggested.path("donor").path("displayName").asString()).isEqualTo("爱心人士小王");
        assertThat(suggested.path("donor").path("area").isNull()).as("where a person gives may be where they live").isTrue();
        assertThat(suggested.path("distanceMeters").isNull()).isTrue();
        assertThat(suggested.path("reasons").toString()).contains("在服务范围内").doesNotContain("公里", "米");
    }

    @Test
    void aProfileIsCheckedBeforeAnythingIsWritten() {
        var donor = graphQl.as("charity-921");
        for (Map<String, Object> input : List.of(
                Map.<String, Object>of("displayName", "x", "area", Map.of("regionCodes", List.of("310105"), "latitude", 31.2, "longitude", 121.4,
                        "radiusMeters", 1000)),
                Map.<String, Object>of("displayName", "x", "area", Map.of("latitude", 121.4, "longitude", 31.2, "radiusMeters", 1000)),
                Map.<String, Object>of("displayName", "x", "minValueYuan", 500, "maxValueYuan", 100),
                Map.<String, Object>of("displayName", "x", "area", Map.of("regionCodes", List.of("999999"))),
                Map.<String, Object>of("displayName", " "))) {
            var refused = donor.post("mutation($input: DonorProfileInput!) { updateDonorProfile(input: $input) { donor { id } } }", Map.of("input", input));
            assertThat(refused.errorCode()).as(input.toString()).isEqualTo("BAD_USER_INPUT");
        }
        assertThat(donor.post("{ myDonorProfile { id } }").ok().path("myDonorProfile").isNull()).isTrue();
    }

    @Test
    void theFiguresCountWhatTheBoardShows() {
        var anyone = graphQl.as("partner-hotline");
        JsonNode stats = anyone.post("""
                { wishStats(regionCode: "330203") { region { code } counts { published claimed fulfilled fulfilledValueYuan }
                    byRegion { region { code level } counts { published } } byDonor { donor { displayName } claimed fulfilled } } }""")
                .ok().path("wishStats");
        int board = anyone.post("{ wishes(filter: {regionCode: \"330203\"}) { totalCount } }").ok().path("wishes").path("totalCount").asInt();

        assertThat(stats.path("counts").path("published").asInt()).isEqualTo(board).isPositive();
        assertThat(stats.path("byRegion").valueStream().mapToInt(r -> r.path("counts").path("published").asInt()).sum()).isEqualTo(board);
        assertThat(stats.path("byRegion").findValuesAsString("level")).containsOnly("STREET");
    }
}
