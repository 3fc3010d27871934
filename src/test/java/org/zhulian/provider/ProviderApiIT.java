package org.zhulian.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class ProviderApiIT {

    private static final String PROVIDERS = """
            query($f: ProviderFilter, $first: Int) {
              providers(filter: $f, first: $first) {
                totalCount
                edges { node { id name type region { code } location { latitude longitude }
                               services { name category { code parent { code } } } } }
              }
            }""";

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void haishuHasTheProviderCountsOfItsResourceMap() {
        Map<String, Integer> expected = Map.of("SOCIAL_WORK_STATION", 12, "CONVENIENCE_SERVICE_CENTRE", 314,
                "ELDERLY_CARE_INSTITUTION", 38, "HOME_CARE_CENTRE", 20, "HOME_CARE_STATION", 249, "ASSISTANCE_PROJECT", 43);

        expected.forEach((type, count) -> assertThat(providers(Map.of("regionCode", "330203", "types", List.of(type)), 0)
                .path("totalCount").asInt()).as(type).isEqualTo(count));
    }

    @Test
    void filteringByATopCategoryFindsProvidersOfItsSubcategories() {
        JsonNode page = providers(Map.of("regionCode", "330203", "serviceCategories", List.of("DAILY_LIFE")), 50);

        assertThat(page.path("totalCount").asInt()).isPositive();
        for (JsonNode edge : page.path("edges")) {
            JsonNode node = edge.path("node");
            assertThat(node.path("region").path("code").asString()).startsWith("330203");
            assertThat(node.path("services").findValuesAsString("code")).anyMatch(code -> code.startsWith("DAILY_LIFE"));
        }
    }

    @Test
    void aServiceSaysWhatACallerAsksFirstPlacesFeeAndWhoMayUseIt() {
        JsonNode page = graphQl.post("""
                query { providers(filter: {regionCode: "330203", serviceCategories: ["DAILY_LIFE.BARRIER_FREE"]}, first: 5) {
                  edges { node { openingHours services { id category { code } places { total free } fee { free amountYuan per }
                    eligibility { labelsAnyOf { code name } minAge maxAge disability residenceIn { code } registeredOnly }
                    provider { id } } id } } } }""").ok().path("providers");

        assertThat(page.path("edges")).isNotEmpty();
        for (JsonNode edge : page.path("edges")) {
            assertThat(edge.path("node").path("openingHours").asString()).isNotBlank();
            for (JsonNode service : edge.path("node").path("services")) {
                assertThat(service.path("provider").path("id").asString()).isEqualTo(edge.path("node").path("id").asString());
                assertThat(service.path("fee").path("free").asBoolean()).isEqualTo(service.path("fee").path("amountYuan").asDouble() == 0);
                if (service.path("category").path("code").asString().equals("DAILY_LIFE.BARRIER_FREE")) {
                    JsonNode eligibility = service.path("eligibility");
                    assertThat(eligibility.path("disability").asBoolean()).isTrue();
                    assertThat(eligibility.path("labelsAnyOf").findValuesAsString("name")).contains("低保", "特困");
                    assertThat(eligibility.path("residenceIn").path("code").asString()).isEqualTo("330203000000");
                    assertThat(service.path("places").path("free").asInt())
                            .isBetween(0, service.path("places").path("total").asInt());
                }
            }
        }
    }

    @Test
    void anUnknownCategoryIsBadInput() {
        var response = graphQl.post(PROVIDERS, Map.of("f", Map.of("serviceCategories", List.of("FLYING"))));

        assertThat(response.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errorMessage()).contains("FLYING");
    }

    @Test
    void theTaxonomyStartsWithTheSixNeedCategories() {
        JsonNode top = graphQl.post("{ serviceCategories { code name children { code } } }").ok().path("serviceCategories");

        assertThat(top.findValuesAsString("name")).contains("物质保障", "能力提升", "生活帮扶", "心理疏导", "精神慰藉", "社会融入");
        assertThat(top).hasSize(6);
    }

    private JsonNode providers(Map<String, ?> filter, int first) {
        return graphQl.post(PROVIDERS, Map.of("f", filter, "first", first)).ok().path("providers");
    }
}
