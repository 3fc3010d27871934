package org.zhulian.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** The hotline finds services near a caller's place without touching personal data; caseworkers see where demand outruns supply. */
@IntegrationTest
class ResourcesNearIT {

    static final String NEAR = """
            query($location: PlaceInput!, $categories: [ID!], $radius: Int) {
              resourcesNear(location: $location, categories: $categories, radiusMeters: $radius, first: 20) {
                origin { latitude longitude } resolvedRegion { code name }
                resources { distanceMeters provider { name type region { code } } services { name category { code } fee { free } } }
              }
            }""";

    static final String GAPS = """
            query($region: ID!, $category: ID!, $radius: Int!) {
              coverageGaps(regionCode: $region, category: $category, radiusMeters: $radius) { community { code name } openNeeds uncovered }
            }""";

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void theHotlineFindsMealHelpNearAnAddressInShiqiWithoutAnyPersonalData() {
        var hotline = graphQl.as("partner-hotline");
        JsonNode near = hotline.post(NEAR, Map.of("location", Map.of("address", "宁波市海曙区石碶街道石碶路120号"),
                "categories", List.of("DAILY_LIFE.MEAL"), "radius", 3_000)).ok().path("resourcesNear");

        assertThat(near.path("resolvedRegion").path("name").asString()).isEqualTo("石碶街道");
        List<JsonNode> resources = list(near.path("resources"));
        assertThat(resources).isNotEmpty().allSatisfy(r -> {
            assertThat(r.path("distanceMeters").asInt()).isBetween(0, 3_000);
            assertThat(r.path("services")).isNotEmpty();
            assertThat(r.path("services").findValuesAsString("code")).allMatch("DAILY_LIFE.MEAL"::equals);
        });
        assertThat(resources).extracting(r -> r.path("distanceMeters").asInt()).isSorted();
        assertThat(AuditTrail.of(graphQl, "partner-hotline")).as("no personal record was read, so none is on record")
                .noneMatch(e -> e.path("action").asString().equals("resourcesNear"));
    }

    @Test
    void aPointAndARegionCodeWorkTooAndAPlaceMustBeOneOfThem() {
        var hotline = graphQl.as("partner-hotline");
        JsonNode byCode = hotline.post(NEAR, Map.of("location", Map.of("regionCode", "330203009005"))).ok().path("resourcesNear");
        assertThat(byCode.path("resolvedRegion").path("name").asString()).isEqualTo("石碶社区居委会");
        JsonNode byPoint = hotline.post(NEAR, Map.of("location", Map.of("latitude", 29.824, "longitude", 121.503))).ok().path("resourcesNear");
        assertThat(byPoint.path("resolvedRegion").isNull()).isTrue();
        assertThat(byPoint.path("resources")).isNotEmpty();

        JsonNode roadNamedAfterATown = hotline.post(NEAR, Map.of("location", Map.of("address", "宁波市海曙区石碶街道古林路561号")))
                .ok().path("resourcesNear");
        assertThat(roadNamedAfterATown.path("resolvedRegion").path("name").asString()).isEqualTo("石碶街道");

        assertThat(hotline.post(NEAR, Map.of("location", Map.of("latitude", 29.8, "regionCode", "330203009005"))).errorCode())
                .isEqualTo("BAD_USER_INPUT");
        assertThat(hotline.post(NEAR, Map.of("location", Map.of("latitude", 95.0, "longitude", 121.5))).errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(hotline.post(NEAR, Map.of("location", Map.of("address", "火星基地一号")))
                .errors().path(0).path("extensions").path("field").asString()).isEqualTo("location.address");
    }

    @Test
    void aCharityWithoutMatchReadIsRefused() {
        assertThat(graphQl.as("charity-demo").post(NEAR, Map.of("location", Map.of("regionCode", "330203009005"))).errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void coverageGapsCountOpenNeedsPerCommunityAndShrinkAsTheRadiusGrows() {
        var haishu = graphQl.as("caseworker-haishu");
        List<JsonNode> near = list(haishu.post(GAPS, Map.of("region", "330203", "category", "DAILY_LIFE", "radius", 300))
                .ok().path("coverageGaps"));
        List<JsonNode> far = list(haishu.post(GAPS, Map.of("region", "330203", "category", "DAILY_LIFE", "radius", 20_000))
                .ok().path("coverageGaps"));

        assertThat(near).isNotEmpty().allSatisfy(g -> {
            assertThat(g.path("community").path("code").asString()).startsWith("330203").hasSize(12);
            assertThat(g.path("uncovered").asInt()).isBetween(0, g.path("openNeeds").asInt());
        });
        assertThat(near).extracting(g -> g.path("uncovered").asInt()).isSortedAccordingTo((a, b) -> b - a);
        assertThat(sum(near, "openNeeds")).isEqualTo(sum(far, "openNeeds"));
        assertThat(sum(near, "uncovered")).isGreaterThan(sum(far, "uncovered"));

        assertThat(graphQl.as("caseworker-changning").post(GAPS, Map.of("region", "330203", "category", "DAILY_LIFE", "radius", 300))
                .errorCode()).isEqualTo("FORBIDDEN");
        assertThat(haishu.post(GAPS, Map.of("region", "330203", "category", "NOTHING", "radius", 300)).errorCode())
                .isEqualTo("BAD_USER_INPUT");
    }

    private static int sum(List<JsonNode> gaps, String field) {
        return gaps.stream().mapToInt(g -> g.path(field).asInt()).sum();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
