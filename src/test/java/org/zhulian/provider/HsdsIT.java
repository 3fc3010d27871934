package org.zhulian.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Provider directories in and out as HSDS 3.0: our export imports again unchanged; foreign rows in error are reported, one by one. */
@IntegrationTest
class HsdsIT {

    static final String EXPORT = """
            query($region: ID, $after: String) { hsdsExport(regionCode: $region, first: 20, after: $after) {
              organization { id name description }
              service { id organization_id name status eligibility_description minimum_age maximum_age fees_description }
              location { id organization_id location_type name address latitude longitude }
              service_at_location { id service_id location_id }
              taxonomy_term { id code name parent_id taxonomy }
              attribute { id link_id link_type link_entity taxonomy_term_id }
              cost_option { id service_id currency amount amount_description }
              pageInfo { hasNextPage endCursor }
            } }""";
    static final String IMPORT = """
            mutation($input: HsdsImportInput!) { importHsds(input: $input) { created updated unchanged errors { table id message } } }""";

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void ourExportIsHsdsAndImportsAgainWithoutChangingAnything() {
        JsonNode export = graphQl.as("caseworker-shiqi").post(EXPORT, Map.of("region", "330203009")).ok().path("hsdsExport");

        assertThat(export.path("organization")).hasSize(20);
        assertThat(export.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(export.path("service").size()).isEqualTo(export.path("service_at_location").size())
                .isEqualTo(export.path("attribute").size());
        assertThat(export.path("taxonomy_term").findValuesAsString("taxonomy")).containsOnly("zhulian");
        assertThat(export.path("taxonomy_term").findValuesAsString("code")).contains("DAILY_LIFE");
        assertThat(export.path("organization").findValuesAsString("id")).allMatch(id -> id.matches("[0-9a-f-]{36}"));
        assertThat(export.path("service").findValuesAsString("fees_description")).isNotEmpty();

        JsonNode result = importAs("admin", input(export, null));
        assertThat(result.path("errors")).isEmpty();
        assertThat(result.path("created").asInt()).isZero();
        assertThat(result.path("updated").asInt()).isZero();
        assertThat(result.path("unchanged").asInt()).isEqualTo(20 + export.path("service").size());
        assertThat(graphQl.as("caseworker-shiqi").post(EXPORT, Map.of("region", "330203009")).ok().path("hsdsExport")).isEqualTo(export);
    }

    @Test
    void aForeignDirectoryIsImportedRowByRowAndTwiceChangesNothing() throws IOException {
        Map<String, Object> directory = fixture("ningbo-directory.json");
        JsonNode first = importAs("caseworker-haishu", directory);

        assertThat(first.path("created").asInt()).isEqualTo(2 + 3);
        assertThat(errorIds(first)).containsExactlyInAnyOrder("6c1f9a2b-3d4e-4f5a-9b0c-1d2e3f4a5b63", "5b0e8f1a-2c3d-4e5f-8a9b-0c1d2e3f4a53",
                "8e3b1c4d-5f6a-4b7c-9d2e-3f4a5b6c7d84", "7d2a0b3c-4e5f-4a6b-8c1d-2e3f4a5b6c74", "7d2a0b3c-4e5f-4a6b-8c1d-2e3f4a5b6c75");
        JsonNode meal = graphQl.post("""
                query { provider(id: "prv-5b0e8f1a-2c3d-4e5f-8a9b-0c1d2e3f4a51") { type region { code }
                  services { name category { code } fee { amountYuan per } eligibility { minAge } } } }""").ok().path("provider");
        assertThat(meal.path("region").path("code").asString()).isEqualTo("330203009000");
        assertThat(meal.path("type").asString()).isEqualTo("OTHER");
        assertThat(meal.path("services").findValuesAsString("code")).containsExactlyInAnyOrder("DAILY_LIFE.MEAL", "PSYCHOLOGICAL.COUNSELLING");
        assertThat(meal.path("services").findValues("per").stream().map(JsonNode::asString).toList()).contains("餐");

        JsonNode again = importAs("caseworker-haishu", directory);
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("updated").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(5);

        assertThat(importAs("caseworker-changning", directory).path("errors").findValuesAsString("message"))
                .contains("It lies outside your jurisdiction");
    }

    @Test
    void aCallerCannotTakeOverAProviderOfAnotherJurisdictionByGivingItAnAddressOfItsOwn() {
        JsonNode export = graphQl.as("caseworker-shiqi").post(EXPORT, Map.of("region", "330203009")).ok().path("hsdsExport");
        Map<String, Object> input = input(export, null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> locations = (List<Map<String, Object>>) input.get("location");
        locations.forEach(l -> {
            l.put("address", "上海市长宁区华阳路街道长宁路1号");
            l.put("latitude", 31.22);
            l.put("longitude", 121.42);
        });

        JsonNode result = importAs("caseworker-changning", input);

        assertThat(result.path("created").asInt() + result.path("updated").asInt() + result.path("unchanged").asInt()).isZero();
        assertThat(result.path("errors").findValuesAsString("message")).contains("It lies outside your jurisdiction", "Its organization is not imported");
        assertThat(graphQl.as("caseworker-shiqi").post(EXPORT, Map.of("region", "330203009")).ok().path("hsdsExport")).isEqualTo(export);
    }

    @Test
    void theSpecificationsOwnExamplesAreReportedRowByRowAndWriteNothing() throws IOException {
        long before = neo4j.query("MATCH (p:Provider) RETURN count(p)").fetchAs(Long.class).one().orElseThrow();
        JsonNode result = importAs("admin", fixture("hsds-3.0-examples.json"));

        assertThat(result.path("created").asInt()).isZero();
        assertThat(result.path("errors").findValuesAsString("table")).contains("location", "organization", "service", "taxonomy_term");
        assertThat(result.path("errors").findValuesAsString("message")).contains("The organization needs a location with a latitude and longitude in China");
        assertThat(neo4j.query("MATCH (p:Provider) RETURN count(p)").fetchAs(Long.class).one().orElseThrow()).isEqualTo(before);
        assertThat(graphQl.as("partner-hotline").post(IMPORT, Map.of("input", fixture("hsds-3.0-examples.json"))).errorCode())
                .isEqualTo("FORBIDDEN");
    }

    private JsonNode importAs(String user, Map<String, Object> input) {
        return graphQl.as(user).post(IMPORT, Map.of("input", input)).ok().path("importHsds");
    }

    /** The export's tables as import input: the fields an import takes, the address riding on the location. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> input(JsonNode export, String regionCode) {
        Map<String, Object> input = new HashMap<>();
        input.put("regionCode", regionCode);
        input.put("organization", pick(export.path("organization"), "id", "name", "description"));
        input.put("service", pick(export.path("service"), "id", "organization_id", "name", "status", "minimum_age", "maximum_age"));
        input.put("location", pick(export.path("location"), "id", "organization_id", "name", "address", "latitude", "longitude"));
        input.put("taxonomy_term", pick(export.path("taxonomy_term"), "id", "code", "name", "taxonomy"));
        input.put("attribute", pick(export.path("attribute"), "id", "link_id", "taxonomy_term_id"));
        input.put("cost_option", pick(export.path("cost_option"), "id", "service_id", "amount", "amount_description"));
        return input;
    }

    private static List<Map<String, Object>> pick(JsonNode rows, String... fields) {
        List<Map<String, Object>> picked = new java.util.ArrayList<>();
        for (JsonNode row : rows) {
            Map<String, Object> map = new HashMap<>();
            for (String field : fields) {
                JsonNode value = row.path(field);
                if (!value.isMissingNode() && !value.isNull()) {
                    map.put(field, value.isNumber() ? value.numberValue() : value.asString());
                }
            }
            picked.add(map);
        }
        return picked;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fixture(String name) throws IOException {
        return JSON.readValue(new ClassPathResource("hsds/" + name).getInputStream(), Map.class);
    }

    private static List<String> errorIds(JsonNode result) {
        return result.path("errors").findValuesAsString("id");
    }
}
