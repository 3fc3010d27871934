package org.zhulian.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class PersonSearchIT {

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void elderlyPeopleLivingAloneAreFoundByLabelAndAge() {
        JsonNode page = persons(Map.of("regionCode", "330203", "labelsAll", List.of("NB_ELDERLY_ALONE"), "ageMin", 60), 100);

        assertThat(page.path("totalCount").asInt()).isPositive();
        for (JsonNode edge : page.path("edges")) {
            assertThat(edge.path("node").path("age").asInt()).isGreaterThanOrEqualTo(60);
            assertThat(HouseholdSearchIT.codes(edge.path("matchedLabels"))).containsExactly("NB_ELDERLY_ALONE");
        }
    }

    @Test
    void laoGuoIsCaughtByFilteringOnHisLabelsInHuayangRoad() {
        JsonNode page = persons(Map.of("regionCode", "310105001", "labelsAll", List.of("TEKUN", "HY_ELDERLY_ALONE"),
                "ageMin", 60), 20);

        List<String> names = StreamSupport.stream(page.path("edges").spliterator(), false)
                .map(edge -> edge.path("node").path("name").asString()).toList();
        assertThat(names).contains("老郭");
    }

    @Test
    void householdLabelsCountForTheirMembers() {
        JsonNode page = persons(Map.of("regionCode", "330203009005", "labelsAll", List.of("DIBAO")), 100);

        List<String> names = StreamSupport.stream(page.path("edges").spliterator(), false)
                .map(edge -> edge.path("node").path("name").asString()).toList();
        assertThat(names).contains("王宏");
        assertThat(page.path("totalCount").asInt()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anAgeRangeTheWrongWayRoundIsRejected() {
        var response = graphQl.post(GraphQlHttp.document("personsPage"),
                Map.of("filter", Map.of("ageMin", 70, "ageMax", 60)));

        assertThat(response.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("extensions").path("field").asString()).isEqualTo("filter.ageMin");
    }

    private JsonNode persons(Map<String, ?> filter, int first) {
        return graphQl.post(GraphQlHttp.document("personsPage"), Map.of("filter", filter, "first", first))
                .ok().path("persons");
    }
}
