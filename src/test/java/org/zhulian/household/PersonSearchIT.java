package org.zhulian.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class PersonSearchIT {

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    Clock clock;

    /** A street's persons of 60 and over, page after page: each once, in the order of grid then id, as Cypher reads them all. */
    @Test
    void pagesOfAStreetsElderlyFollowEachOtherInRegionOrder() {
        Map<String, Object> filter = Map.of("regionCode", "330203009", "ageMin", 60);
        List<String> seen = new ArrayList<>();
        String after = null;
        JsonNode page;
        do {
            var variables = new HashMap<String, Object>(Map.of("filter", filter, "first", 30));
            if (after != null) {
                variables.put("after", after);
            }
            page = graphQl.post(GraphQlHttp.document("personsPage"), variables).ok().path("persons");
            page.path("edges").forEach(edge -> seen.add(edge.path("node").path("id").asString()));
            after = page.path("pageInfo").path("endCursor").asString();
        } while (page.path("pageInfo").path("hasNextPage").asBoolean());

        List<String> expected = neo4j.query("""
                        MATCH (p:Person) WHERE p.gridCode STARTS WITH '330203009' AND p.birthDate <= $bornBy RETURN p.id ORDER BY p.gridCode, p.id""")
                .bind(LocalDate.now(clock).minusYears(60)).to("bornBy").fetchAs(String.class).all().stream().toList();
        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void theAgeRangeKeepsOnlyPeopleOfThoseAges() {
        Map<String, Object> dibao = Map.of("regionCode", "330203", "labelsAll", List.of("DIBAO"));
        int everyone = persons(dibao, 1).path("totalCount").asInt();
        JsonNode elderly = persons(with(dibao, "ageMin", 60), 100);
        JsonNode children = persons(with(dibao, "ageMax", 17), 100);

        assertThat(elderly.path("totalCount").asInt()).isPositive().isLessThan(everyone);
        assertThat(children.path("totalCount").asInt()).isPositive().isLessThan(everyone);
        elderly.path("edges").forEach(edge -> assertThat(edge.path("node").path("age").asInt()).isGreaterThanOrEqualTo(60));
        children.path("edges").forEach(edge -> assertThat(edge.path("node").path("age").asInt()).isLessThanOrEqualTo(17));
        for (JsonNode edge : elderly.path("edges")) {
            assertThat(HouseholdSearchIT.codes(edge.path("matchedLabels"))).containsExactly("DIBAO");
        }
    }

    @Test
    void anAgeOutsideAnyLifeIsRejected() {
        var response = graphQl.post(GraphQlHttp.document("personsPage"), Map.of("filter", Map.of("ageMax", 2_000_000_000)));

        assertThat(response.errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    private static Map<String, Object> with(Map<String, Object> filter, String key, Object value) {
        var copy = new java.util.HashMap<>(filter);
        copy.put(key, value);
        return copy;
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
