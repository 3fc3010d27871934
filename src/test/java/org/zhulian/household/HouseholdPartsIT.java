package org.zhulian.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * A household read with part of its archive selected (a need's household by its id, a page of
 * households with their members' names) answers exactly what the whole archive answers for those
 * fields, and is still scoped and audited.
 */
@IntegrationTest
class HouseholdPartsIT {

    /** Every field of a household, each with a selection deep enough to show its parts. */
    private static final Map<String, String> FIELDS = fields();

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("address", "address");
        fields.put("residence", "residence");
        fields.put("location", "location { latitude longitude }");
        fields.put("grid", "grid { code }");
        fields.put("community", "community { code name }");
        fields.put("regionPath", "regionPath { code }");
        fields.put("members", "members { id name role labels { label { code } since } }");
        fields.put("labels", "labels { label { code } since until }");
        fields.put("needs", "needs { id category { code } }");
        fields.put("monthlyIncome", "monthlyIncome");
        return fields;
    }

    private static final String NEEDS = """
            query { needs(filter: {regionCode: "330203009"}, first: 12) { edges { node { id a: household { id %s } b: household { id %s } } } } }""";

    /** A street's page (grid by grid), and a page found by a label with its total: the two statements of a page. */
    private static final List<Map<String, Object>> PAGES = List.of(Map.of("regionCode", "330203009"),
            Map.of("regionCode", "330203009", "labelsAny", List.of("DIBAO")));

    private static final String HOUSEHOLDS = """
            query($f: HouseholdFilter) { households(filter: $f, first: 6) { totalCount edges { node { id %s } } } }""";

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void anySelectionOfAHouseholdAnswersWhatTheWholeArchiveAnswers() {
        var shiqi = graphQl.as("caseworker-shiqi");
        Map<String, JsonNode> archives = new LinkedHashMap<>();
        Random random = new Random(16);
        for (int round = 0; round < 12; round++) {
            List<String> first = someFields(random);
            List<String> second = someFields(random);
            JsonNode edges = shiqi.post(NEEDS.formatted(selection(first), selection(second))).ok().path("needs").path("edges");
            assertThat(edges).isNotEmpty();
            for (JsonNode edge : edges) {
                JsonNode a = edge.path("node").path("a");
                JsonNode whole = archives.computeIfAbsent(a.path("id").asString(), id -> archive(shiqi, id));
                assertSameFields(a, whole, first);
                assertSameFields(edge.path("node").path("b"), whole, second);
            }
            JsonNode page = shiqi.post(HOUSEHOLDS.formatted(selection(first)), Map.of("f", PAGES.get(round % 2))).ok().path("households");
            assertThat(page.path("edges")).isNotEmpty();
            for (JsonNode edge : page.path("edges")) {
                JsonNode node = edge.path("node");
                assertSameFields(node, archives.computeIfAbsent(node.path("id").asString(), id -> archive(shiqi, id)), first);
            }
            String id = archives.keySet().iterator().next();
            JsonNode single = shiqi.post("query($id: ID!) { household(id: $id) { id " + selection(first) + " } }", Map.of("id", id))
                    .ok().path("household");
            assertSameFields(single, archives.get(id), first);
        }
    }

    @Test
    void aHouseholdShownByItsIdAloneIsStillScopedAndOnRecord() {
        var shiqi = graphQl.as("caseworker-shiqi");
        JsonNode edges = shiqi.post(NEEDS.formatted("", "")).ok().path("needs").path("edges");
        String householdId = edges.get(0).path("node").path("a").path("id").asString();

        assertThat(AuditTrail.about(graphQl, householdId)).anySatisfy(event -> {
            assertThat(event.path("actor").asString()).isEqualTo("caseworker-shiqi");
            assertThat(event.path("action").asString()).isEqualTo("needs");
        });
        var elsewhere = graphQl.as("caseworker-changning").post("query($id: ID!) { household(id: $id) { id } }", Map.of("id", householdId));
        assertThat(elsewhere.errorCode()).isEqualTo("FORBIDDEN");
    }

    private static List<String> someFields(Random random) {
        List<String> chosen = new ArrayList<>();
        FIELDS.keySet().forEach(field -> {
            if (random.nextInt(3) == 0) {
                chosen.add(field);
            }
        });
        return chosen;
    }

    private static String selection(List<String> fields) {
        return String.join(" ", fields.stream().map(FIELDS::get).toList());
    }

    private static JsonNode archive(GraphQlHttp caller, String id) {
        return caller.post("query($id: ID!) { household(id: $id) { id " + selection(List.copyOf(FIELDS.keySet())) + " } }", Map.of("id", id))
                .ok().path("household");
    }

    private static void assertSameFields(JsonNode part, JsonNode whole, List<String> fields) {
        assertThat(part.path("id")).isEqualTo(whole.path("id"));
        for (String field : fields) {
            assertThat(part.path(field)).as(field).isEqualTo(whole.path(field));
        }
        assertThat(part.size()).as("only what was asked").isEqualTo(fields.size() + 1);
    }
}
