package org.zhulian.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The maps as a 石碶 caseworker sees them: her district's outline and nothing national, the
 * providers around, and open needs counted per community of her street only.
 */
@IntegrationTest
class MapsIT {

    static final String SHIQI = "330203009";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    ObjectMapper json;

    @Test
    void theBaseMapIsTheOutlineOfHerDistrictCaptionedAsASchematicWithoutTiles() {
        JsonNode settings = graphQl.as("caseworker-shiqi").post("{ mapSettings { outline { geojson caption } tiles { urlTemplate } } }").ok()
                .path("mapSettings");

        JsonNode outline = json.readTree(settings.path("outline").path("geojson").asString());
        assertThat(outline.path("features").valueStream().map(f -> f.path("properties").path("name").asString())).containsExactly("海曙区");
        JsonNode ring = outline.path("features").get(0).path("geometry").path("coordinates").get(0).get(0);
        assertThat(ring.get(0).get(0).asDouble()).as("WGS-84 longitude first").isBetween(121.0, 122.0);
        assertThat(settings.path("outline").path("caption").asString()).startsWith("示意图");
        assertThat(settings.path("tiles").isNull()).isTrue();

        JsonNode everything = json.readTree(graphQl.as("admin").post("{ mapSettings { outline { geojson } } }").ok()
                .path("mapSettings").path("outline").path("geojson").asString());
        assertThat(everything.path("features").size()).as("the shipped districts, no national outline").isBetween(2, 20);
    }

    @Test
    void demandIsCountedPerCommunityOfHerStreetAndNeverBeyond() {
        JsonNode areas = graphQl.as("caseworker-shiqi").post("{ demandMap { community { code name } households needs } }").ok().path("demandMap");

        assertThat(areas.valueStream().map(a -> a.path("community").path("code").asString())).isNotEmpty().allMatch(code -> code.startsWith(SHIQI));
        List<Integer> households = areas.valueStream().map(a -> a.path("households").asInt()).toList();
        assertThat(households).isSortedAccordingTo((a, b) -> b - a);
        long expected = neo4j.query("""
                        MATCH (h:Household)-[:HAS_NEED]->(n:Need) WHERE h.gridCode STARTS WITH $street AND n.status IN ['OPEN', 'IN_PROGRESS']
                        RETURN count(DISTINCT h)""").bind(SHIQI).to("street").fetchAs(Long.class).one().orElseThrow();
        assertThat(households.stream().mapToLong(Integer::longValue).sum()).isEqualTo(expected);

        JsonNode rehabilitation = graphQl.as("caseworker-shiqi").post("query($c: [ID!]) { demandMap(categories: $c) { households needs } }",
                Map.of("c", List.of("DAILY_LIFE.REHABILITATION"))).ok().path("demandMap");
        assertThat(rehabilitation.valueStream().mapToInt(a -> a.path("needs").asInt()).sum())
                .isLessThan(areas.valueStream().mapToInt(a -> a.path("needs").asInt()).sum()).isPositive();

        assertThat(graphQl.as("caseworker-changning").post("{ demandMap(regionCode: \"330203\") { households } }").errorCode()).isEqualTo("FORBIDDEN");
        assertThat(graphQl.as("caseworker-shiqi").post("{ demandMap(categories: [\"NO_SUCH\"]) { households } }").errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(graphQl.as("charity-demo").post("{ demandMap { households } }").errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void theResourceMapHoldsTheProvidersWithAPositionOfTheTypesAskedFor() {
        JsonNode all = graphQl.as("caseworker-shiqi").post("{ resourceMap { id type location { latitude } provider { region { code } } } }").ok().path("resourceMap");
        JsonNode homes = graphQl.as("caseworker-shiqi").post("{ resourceMap(regionCode: \"330203\", types: [HOME_CARE_STATION]) { type } }").ok()
                .path("resourceMap");

        assertThat(all.valueStream().map(p -> p.path("provider").path("region").path("code").asString())).isNotEmpty().allMatch(code -> code.startsWith(SHIQI));
        assertThat(all.valueStream().map(p -> p.path("location").path("latitude").asDouble())).allMatch(latitude -> latitude > 29 && latitude < 31);
        assertThat(homes.valueStream().map(p -> p.path("type").asString())).isNotEmpty().containsOnly("HOME_CARE_STATION");
    }

    @Test
    void theLiveIndicatorsCountWhatHerStreetDidThisYearAndTheGroupsItCaresFor() {
        String indicators = "query($r: ID, $l: [ID!]) { careIndicators(regionCode: $r, labels: $l) { since assists needsMet aidGranted "
                + "householdsCaredFor groups { label { code category } households } fundsYuan aidYuan wishesYuan } }";
        JsonNode before = graphQl.as("caseworker-shiqi").post(indicators).ok().path("careIndicators");
        JsonNode changningBefore = graphQl.as("caseworker-changning").post(indicators).ok().path("careIndicators");

        String household = neo4j.query("MATCH (h:Household) WHERE h.gridCode STARTS WITH $street RETURN h.id ORDER BY h.id DESC LIMIT 1")
                .bind(SHIQI).to("street").fetchAs(String.class).one().orElseThrow();
        String need = graphQl.as("caseworker-shiqi").post("mutation($input: CreateNeedInput!) { createNeed(input: $input) { need { id } } }",
                Map.of("input", Map.of("householdId", household, "categoryCode", "DAILY_LIFE.MEAL", "description", "午餐送餐", "urgency", "LOW")))
                .ok().path("createNeed").path("need").path("id").asString();
        graphQl.as("caseworker-shiqi").post("mutation($input: CloseNeedInput!) { closeNeed(input: $input) { need { status } } }",
                Map.of("input", Map.of("id", need, "outcome", "MET", "reason", "社区食堂已送餐"))).ok();

        JsonNode after = graphQl.as("caseworker-shiqi").post(indicators).ok().path("careIndicators");
        assertThat(after.path("since").asString()).endsWith("-01-01");
        assertThat(after.path("needsMet").asInt()).isEqualTo(before.path("needsMet").asInt() + 1);
        assertThat(after.path("assists").asInt()).isEqualTo(after.path("needsMet").asInt() + after.path("aidGranted").asInt());
        assertThat(after.path("fundsYuan").asDouble()).isEqualTo(after.path("aidYuan").asDouble() + after.path("wishesYuan").asDouble());
        assertThat(graphQl.as("caseworker-changning").post(indicators).ok().path("careIndicators").path("needsMet").asInt())
                .as("another district's count does not move").isEqualTo(changningBefore.path("needsMet").asInt());

        long cared = neo4j.query("""
                        MATCH (h:Household) WHERE h.gridCode STARTS WITH $street
                          AND EXISTS { MATCH (h)<-[:MEMBER_OF*0..1]-()-[a:HAS_LABEL]->(l:Label)
                                       WHERE a.until IS NULL AND l.category IN ['ASSISTANCE', 'SOCIAL'] }
                        RETURN count(h)""").bind(SHIQI).to("street").fetchAs(Long.class).one().orElseThrow();
        assertThat(after.path("householdsCaredFor").asLong()).isEqualTo(cared).isPositive();
        List<JsonNode> groups = after.path("groups").valueStream().toList();
        assertThat(groups).extracting(g -> g.path("label").path("category").asString()).isNotEmpty().containsOnly("ASSISTANCE", "SOCIAL");
        assertThat(groups).extracting(g -> g.path("households").asInt()).isSortedAccordingTo((a, b) -> b - a)
                .allMatch(households -> households <= cared);

        JsonNode alone = graphQl.as("caseworker-shiqi").post(indicators, Map.of("l", List.of("NB_ELDERLY_ALONE"))).ok().path("careIndicators");
        assertThat(alone.path("groups").valueStream().map(g -> g.path("label").path("code").asString())).containsExactly("NB_ELDERLY_ALONE");
        assertThat(alone.path("householdsCaredFor").asInt()).isEqualTo(alone.path("groups").get(0).path("households").asInt());

        assertThat(graphQl.as("caseworker-changning").post(indicators, Map.of("r", "330203")).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(graphQl.as("caseworker-shiqi").post(indicators, Map.of("l", List.of("NO_SUCH"))).errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(graphQl.as("charity-demo").post(indicators).errorCode()).isEqualTo("FORBIDDEN");
    }
}
