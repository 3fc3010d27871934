package org.zhulian.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.WANG_HONG;
import static org.zhulian.support.Stories.WANG_HONG_HOUSEHOLD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A caseworker asks which services near the household fit a need, and why or why not. */
@IntegrationTest
class MatchResourcesIT {

    static final String WANG_HONG_REHABILITATION = "00000000-0000-4000-8002-000000000011";
    static final String WANG_HONG_BARRIER_FREE = "00000000-0000-4000-8002-000000000012";

    static final String MATCH = """
            query($need: ID!, $radius: Int, $first: Int, $all: Boolean) {
              matchResources(needId: $need, radiusMeters: $radius, first: $first, includeIneligible: $all) {
                provider { id name region { code } }
                service { id category { code } places { total free } eligibility { labelsAnyOf { code } } }
                distanceMeters score available reasons { kind met text }
              }
            }""";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void wangHongsRehabilitationGetsFittingProvidersNearShiqiFirst() {
        List<JsonNode> matches = match("caseworker-shiqi", WANG_HONG_REHABILITATION, null, false);

        assertThat(matches).isNotEmpty().allSatisfy(m -> {
            assertThat(m.path("available").asBoolean()).isTrue();
            assertThat(m.path("service").path("category").path("code").asString()).startsWith("DAILY_LIFE");
            assertThat(m.path("distanceMeters").asInt()).isBetween(0, 5_000);
            assertThat(kinds(m)).contains("CATEGORY", "DISTANCE", "PLACES");
            assertThat(m.path("reasons").findValuesAsString("met")).doesNotContain("false");
        });
        assertThat(matches.getFirst().path("provider").path("region").path("code").asString()).startsWith("330203009");
        assertThat(matches.getFirst().path("service").path("category").path("code").asString()).isEqualTo("DAILY_LIFE.REHABILITATION");
        assertThat(matches).extracting(m -> m.path("score").asDouble()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(matches).filteredOn(m -> kinds(m).contains("DISABILITY"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(reason(m, "DISABILITY").path("text").asString()).isEqualTo("持有残疾证"));
    }

    @Test
    void barrierFreeRenovationChecksDisabilityLabelAndResidenceAndSaysSo() {
        List<JsonNode> matches = match("caseworker-shiqi", WANG_HONG_BARRIER_FREE, 10_000, false);

        assertThat(matches).isNotEmpty();
        JsonNode best = matches.getFirst();
        assertThat(best.path("service").path("category").path("code").asString()).isEqualTo("DAILY_LIFE.BARRIER_FREE");
        assertThat(kinds(best)).contains("LABEL", "DISABILITY", "RESIDENCE");
        assertThat(reason(best, "LABEL").path("text").asString()).startsWith("持有低保");
    }

    @Test
    void aServiceOnlyFor特困IsNotOfferedToA低保HouseholdAndSaysWhyWhenAsked() {
        String need = createNeed("DAILY_LIFE.MEAL", "每天午餐送餐上门");
        List<JsonNode> offered = match("caseworker-shiqi", need, 10_000, false);
        List<JsonNode> all = match("caseworker-shiqi", need, 10_000, true);

        List<JsonNode> onlyTekun = all.stream().filter(m -> m.path("service").path("eligibility").path("labelsAnyOf")
                .findValuesAsString("code").equals(List.of("TEKUN"))).toList();
        assertThat(onlyTekun).isNotEmpty().allSatisfy(m -> {
            assertThat(m.path("available").asBoolean()).isFalse();
            JsonNode label = reason(m, "LABEL");
            assertThat(label.path("met").asBoolean()).isFalse();
            assertThat(label.path("text").asString()).isEqualTo("仅限特困，本人及本户均无");
        });
        assertThat(offered).extracting(m -> m.path("service").path("id").asString())
                .doesNotContainAnyElementsOf(onlyTekun.stream().map(m -> m.path("service").path("id").asString()).toList());
        assertThat(all.size()).isGreaterThan(offered.size());
        assertThat(all.subList(0, offered.size())).allSatisfy(m -> assertThat(m.path("available").asBoolean()).isTrue());
    }

    @Test
    void aFullServiceDropsOutAndIsShownFullWhenAsked() {
        String need = createNeed("DAILY_LIFE.REHABILITATION", "出院后需要康复训练");
        JsonNode first = match("caseworker-shiqi", need, null, false).stream()
                .filter(m -> !m.path("service").path("places").isNull()).findFirst().orElseThrow();
        String service = first.path("service").path("id").asString();
        Map<String, Object> before = neo4j.query("MATCH (s:Service {id: $id}) RETURN s.placesTaken AS taken, s.placesTotal AS total")
                .bind(service).to("id").fetch().one().orElseThrow();
        try {
            neo4j.query("MATCH (s:Service {id: $id}) SET s.placesTaken = s.placesTotal").bind(service).to("id").run();

            assertThat(match("caseworker-shiqi", need, null, false)).extracting(m -> m.path("service").path("id").asString())
                    .doesNotContain(service);
            JsonNode full = match("caseworker-shiqi", need, null, true).stream()
                    .filter(m -> m.path("service").path("id").asString().equals(service)).findFirst().orElseThrow();
            assertThat(full.path("available").asBoolean()).isFalse();
            assertThat(full.path("service").path("places").path("free").asInt()).isZero();
            assertThat(reason(full, "PLACES").path("met").asBoolean()).isFalse();
        } finally {
            neo4j.query("MATCH (s:Service {id: $id}) SET s.placesTaken = $taken").bind(service).to("id")
                    .bind(before.get("taken")).to("taken").run();
        }
    }

    @Test
    void aNeedOutsideTheJurisdictionIsForbiddenAndEveryMatchReadIsOnRecord() {
        var changning = graphQl.as("caseworker-changning");
        var response = changning.post(MATCH, Map.of("need", WANG_HONG_REHABILITATION));
        assertThat(response.errorCode()).isEqualTo("FORBIDDEN");

        assertThat(graphQl.as("charity-demo").post(MATCH, Map.of("need", WANG_HONG_REHABILITATION)).errorCode()).isEqualTo("FORBIDDEN");

        match("caseworker-shiqi", WANG_HONG_BARRIER_FREE, null, false);
        assertThat(AuditTrail.about(graphQl, WANG_HONG_BARRIER_FREE))
                .anySatisfy(e -> {
                    assertThat(e.path("action").asString()).isEqualTo("matchResources");
                    assertThat(e.path("actor").asString()).isEqualTo("caseworker-shiqi");
                    assertThat(e.path("outcome").asString()).isEqualTo("SUCCEEDED");
                });
    }

    /** A match's provider is read with its service, its other services only when asked: either way it is the directory's provider. */
    @Test
    void aMatchsProviderIsTheDirectorysWithOrWithoutItsServices() {
        String fields = "id type name address location { latitude longitude } region { code } contact capacity openingHours";
        String services = "services { id name category { code } places { total free } }";
        var shiqi = graphQl.as("caseworker-shiqi");
        Map<String, Object> variables = Map.of("need", WANG_HONG_REHABILITATION, "first", 20);
        JsonNode withServices = shiqi.post("query($need: ID!, $first: Int) { matchResources(needId: $need, first: $first) { provider { "
                + fields + " " + services + " } } }", variables).ok().path("matchResources");
        JsonNode without = shiqi.post("query($need: ID!, $first: Int) { matchResources(needId: $need, first: $first) { provider { "
                + fields + " } } }", variables).ok().path("matchResources");

        assertThat(withServices.size()).isGreaterThan(1).isEqualTo(without.size());
        for (int i = 0; i < without.size(); i++) {
            JsonNode directory = shiqi.post("query($id: ID!) { provider(id: $id) { " + fields + " " + services + " } }",
                    Map.of("id", without.get(i).path("provider").path("id").asString())).ok().path("provider");
            assertThat(withServices.get(i).path("provider")).isEqualTo(directory);
            assertThat(directory.path("services").size()).isPositive();
            ((ObjectNode) directory).remove("services");
            assertThat(without.get(i).path("provider")).isEqualTo(directory);
        }
    }

    @Test
    void badArgumentsAreRefusedClearly() {
        var shiqi = graphQl.as("caseworker-shiqi");
        assertThat(shiqi.post(MATCH, Map.of("need", WANG_HONG_REHABILITATION, "radius", 0)).errors().path(0)
                .path("extensions").path("field").asString()).isEqualTo("radiusMeters");
        assertThat(shiqi.post(MATCH, Map.of("need", WANG_HONG_REHABILITATION, "radius", 50_001)).errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(shiqi.post(MATCH, Map.of("need", WANG_HONG_REHABILITATION, "first", 101)).errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(shiqi.post(MATCH, Map.of("need", "330203198105162130")).errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    private String createNeed(String category, String description) {
        return graphQl.as("caseworker-shiqi").post("""
                        mutation($input: CreateNeedInput!) { createNeed(input: $input) { need { id } } }""",
                Map.of("input", Map.of("householdId", WANG_HONG_HOUSEHOLD, "personId", WANG_HONG, "categoryCode", category,
                        "description", description, "urgency", "MEDIUM")))
                .ok().path("createNeed").path("need").path("id").asString();
    }

    private List<JsonNode> match(String user, String need, Integer radius, boolean includeIneligible) {
        Map<String, Object> variables = new HashMap<>(Map.of("need", need, "all", includeIneligible, "first", 100));
        if (radius != null) {
            variables.put("radius", radius);
        }
        List<JsonNode> matches = new ArrayList<>();
        graphQl.as(user).post(MATCH, variables).ok().path("matchResources").forEach(matches::add);
        return matches;
    }

    private static List<String> kinds(JsonNode match) {
        return match.path("reasons").findValuesAsString("kind");
    }

    private static JsonNode reason(JsonNode match, String kind) {
        for (JsonNode reason : match.path("reasons")) {
            if (reason.path("kind").asString().equals(kind)) {
                return reason;
            }
        }
        throw new AssertionError("No " + kind + " reason in " + match);
    }
}
