package org.zhulian.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.Stories;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class NeedApiIT {

    private static final String NEEDS = """
            query($f: NeedFilter) {
              needs(filter: $f, first: 100) {
                totalCount
                edges { node { description urgency status category { code } household { id grid { code } } } }
              }
            }""";

    private static final String PAGE = """
            query($f: NeedFilter, $after: String) {
              needs(filter: $f, first: 15, after: $after) {
                edges { node { id urgency } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void openNeedsOfACategoryComeMostUrgentFirst() {
        JsonNode needs = graphQl.post(NEEDS, Map.of("f", Map.of("regionCode", "330203", "categories", List.of("DAILY_LIFE"),
                "status", List.of("OPEN")))).ok().path("needs");

        assertThat(needs.path("totalCount").asInt()).isPositive();
        List<String> urgencies = StreamSupport.stream(needs.path("edges").spliterator(), false)
                .map(e -> e.path("node").path("urgency").asString()).toList();
        assertThat(urgencies).isSortedAccordingTo((a, b) -> Urgency.valueOf(b).compareTo(Urgency.valueOf(a)));
        needs.path("edges").forEach(edge -> {
            JsonNode need = edge.path("node");
            assertThat(need.path("status").asString()).isEqualTo("OPEN");
            assertThat(need.path("category").path("code").asString()).startsWith("DAILY_LIFE.");
            assertThat(need.path("household").path("grid").path("code").asString()).startsWith("330203");
        });
    }

    /**
     * Needs recorded while a caseworker pages through a street's or a district's open needs (the one
     * found by grids, the other read in the order's index), of any urgency and so
     * before the page reached or after it, shift nothing: every need that was there comes exactly
     * once, in order, and nothing comes twice.
     */
    @ParameterizedTest
    @CsvSource({"caseworker-shiqi, 330203009", "caseworker-haishu, 330203"})
    void needsRecordedWhilePagingShiftNothing(String caseworker, String region) {
        var shiqi = graphQl.as(caseworker);
        Map<String, Object> filter = Map.of("regionCode", region, "status", List.of("OPEN"));
        Set<String> there = Set.copyOf(neo4j.query("MATCH (n:Need {status: 'OPEN'}) WHERE n.gridCode STARTS WITH $region RETURN n.id")
                .bind(region).to("region").fetchAs(String.class).all());
        Random random = new Random(5);
        List<String> added = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<String> urgencies = new ArrayList<>();
        try {
            String after = null;
            JsonNode page;
            do {
                Map<String, Object> variables = new HashMap<>(Map.of("f", filter));
                variables.put("after", after);
                page = shiqi.post(PAGE, variables).ok().path("needs");
                page.path("edges").forEach(edge -> {
                    seen.add(edge.path("node").path("id").asString());
                    urgencies.add(edge.path("node").path("urgency").asString());
                });
                after = page.path("pageInfo").path("endCursor").asString();
                for (int i = 0; i < 2; i++) {
                    added.add(shiqi.post("mutation($input: CreateNeedInput!) { createNeed(input: $input) { need { id } } }",
                                    Map.of("input", Map.of("householdId", Stories.WANG_HONG_HOUSEHOLD, "categoryCode", "DAILY_LIFE.MEAL",
                                            "description", "翻页时登记的需求" + added.size(), "urgency", Urgency.values()[random.nextInt(Urgency.values().length)].name())))
                            .ok().path("createNeed").path("need").path("id").asString());
                }
            } while (page.path("pageInfo").path("hasNextPage").asBoolean());
        } finally {
            neo4j.query("MATCH (n:Need) WHERE n.id IN $ids DETACH DELETE n").bind(added).to("ids").run();
        }

        assertThat(there).hasSizeGreaterThan(15);
        assertThat(seen).doesNotHaveDuplicates().containsAll(there).allMatch(id -> there.contains(id) || added.contains(id));
        assertThat(urgencies).isSortedAccordingTo((a, b) -> Urgency.valueOf(b).compareTo(Urgency.valueOf(a)));
        assertThat(seen).as("some recorded after the cursor").containsAnyElementsOf(added);
        assertThat(added).as("some recorded before it").anyMatch(id -> !seen.contains(id));
    }
}
