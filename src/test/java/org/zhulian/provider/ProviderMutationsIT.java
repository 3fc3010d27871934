package org.zhulian.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.WANG_HONG;
import static org.zhulian.support.Stories.WANG_HONG_HOUSEHOLD;

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

/** Caseworkers keep the providers of their region: register them, correct them, set their places. */
@IntegrationTest
class ProviderMutationsIT {

    static final String PROVIDER = """
            id name type region { code } openingHours location { latitude longitude }
            services { id name category { code } places { total free } fee { free amountYuan per }
                       eligibility { labelsAnyOf { code } minAge maxAge disability residenceIn { code } registeredOnly } }""";
    static final String REGISTER = "mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { provider { " + PROVIDER + " } } }";
    static final String UPDATE = "mutation($input: UpdateProviderInput!) { updateProvider(input: $input) { provider { " + PROVIDER + " } } }";
    static final String CAPACITY = """
            mutation($input: SetServiceCapacityInput!) { setServiceCapacity(input: $input) { service { id places { total free } } } }""";
    static final String MATCH = """
            query($need: ID!) { matchResources(needId: $need, radiusMeters: 2000, first: 100, includeIneligible: true) {
              service { id } available reasons { kind met text } } }""";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void aServiceRegisteredOnlyFor特困IsMatchedButNotOfferedToWangHongsHousehold() {
        var shiqi = graphQl.as("caseworker-shiqi");
        JsonNode provider = shiqi.post(REGISTER, Map.of("input", provider("石碶特困老人助餐点", List.of(Map.of(
                "name", "特困老人免费助餐", "categoryCode", "DAILY_LIFE.MEAL", "placesTotal", 5,
                "eligibility", Map.of("labelsAnyOf", List.of("TEKUN"), "residenceIn", "330203", "registeredOnly", true))))))
                .ok().path("registerProvider").path("provider");
        JsonNode service = provider.path("services").path(0);
        assertThat(provider.path("region").path("code").asString()).isEqualTo("330203009005");
        assertThat(service.path("places").path("free").asInt()).isEqualTo(5);
        assertThat(service.path("fee").path("free").asBoolean()).isTrue();
        assertThat(service.path("eligibility").path("labelsAnyOf").findValuesAsString("code")).containsExactly("TEKUN");
        assertThat(service.path("eligibility").path("registeredOnly").asBoolean()).isTrue();

        String need = createNeed("DAILY_LIFE.MEAL", "午餐助餐");
        JsonNode match = matches(need).stream().filter(m -> m.path("service").path("id").asString().equals(service.path("id").asString()))
                .findFirst().orElseThrow();
        assertThat(match.path("available").asBoolean()).isFalse();
        assertThat(match.path("reasons").findValuesAsString("text")).contains("仅限特困，本人及本户均无", "居住在海曙区", "本地户籍");
        assertThat(AuditTrail.about(graphQl, provider.path("id").asString()))
                .anySatisfy(e -> assertThat(e.path("action").asString()).isEqualTo("registerProvider"));
    }

    @Test
    void updatesChangeOnlyWhatIsGivenAndCapacityCannotFallBelowThePlacesTaken() {
        var shiqi = graphQl.as("caseworker-shiqi");
        JsonNode provider = shiqi.post(REGISTER, Map.of("input", provider("石碶康复驿站", List.of(Map.of(
                "name", "居家康复", "categoryCode", "DAILY_LIFE.REHABILITATION", "placesTotal", 2,
                "fee", Map.of("amountYuan", 30, "per", "次")))))).ok().path("registerProvider").path("provider");
        String id = provider.path("id").asString();
        String service = provider.path("services").path(0).path("id").asString();

        JsonNode updated = shiqi.post(UPDATE, Map.of("input", Map.of("id", id, "openingHours", "每天 08:00-20:00",
                "addServices", List.of(Map.of("name", "助浴", "categoryCode", "DAILY_LIFE.BATH")),
                "updateServices", List.of(Map.of("id", service, "eligibility", Map.of("disability", true, "minAge", 18))))))
                .ok().path("updateProvider").path("provider");
        assertThat(updated.path("name").asString()).isEqualTo("石碶康复驿站");
        assertThat(updated.path("openingHours").asString()).isEqualTo("每天 08:00-20:00");
        assertThat(updated.path("services").findValuesAsString("name")).containsExactlyInAnyOrder("居家康复", "助浴");
        JsonNode rehab = serviceNamed(updated, "居家康复");
        assertThat(rehab.path("eligibility").path("disability").asBoolean()).isTrue();
        assertThat(rehab.path("fee").path("amountYuan").asDouble()).as("what is not given stays").isEqualTo(30.0);
        assertThat(serviceNamed(updated, "助浴").path("places").isNull()).isTrue();

        String need = createNeed("DAILY_LIFE.REHABILITATION", "康复训练");
        String referral = shiqi.post("mutation($input: ReferNeedInput!) { referNeed(input: $input) { referral { id } } }",
                Map.of("input", Map.of("needId", need, "serviceId", service))).ok().path("referNeed").path("referral").path("id").asString();
        shiqi.post("mutation($input: MoveReferralInput!) { moveReferral(input: $input) { referral { id } } }",
                Map.of("input", Map.of("id", referral, "status", "ACCEPTED"))).ok();

        var tooFew = shiqi.post(CAPACITY, Map.of("input", Map.of("serviceId", service, "placesTotal", 0)));
        assertThat(tooFew.errors().path(0).path("extensions").path("field").asString()).isEqualTo("input.placesTotal");
        assertThat(shiqi.post(CAPACITY, Map.of("input", Map.of("serviceId", service, "placesTotal", 1))).ok()
                .path("setServiceCapacity").path("service").path("places").path("free").asInt()).isZero();
        Map<String, Object> unlimited = new HashMap<>();
        unlimited.put("serviceId", service);
        unlimited.put("placesTotal", null);
        assertThat(shiqi.post(CAPACITY, Map.of("input", unlimited)).ok().path("setServiceCapacity").path("service").path("places").isNull())
                .isTrue();
    }

    @Test
    void outsideTheJurisdictionOrWithBadInputNothingIsWritten() {
        var input = provider("长宁不该有的站点", List.of(Map.of("name", "助餐", "categoryCode", "DAILY_LIFE.MEAL")));
        assertThat(graphQl.as("caseworker-changning").post(REGISTER, Map.of("input", input)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(graphQl.as("partner-hotline").post(REGISTER, Map.of("input", input)).errorCode()).isEqualTo("FORBIDDEN");

        var shiqi = graphQl.as("caseworker-shiqi");
        var unknownCategory = provider("坏站点", List.of(Map.of("name", "助餐", "categoryCode", "FLYING")));
        assertThat(field(shiqi.post(REGISTER, Map.of("input", unknownCategory)))).isEqualTo("input.services[0].categoryCode");
        var agesReversed = provider("坏站点", List.of(Map.of("name", "助餐", "categoryCode", "DAILY_LIFE.MEAL",
                "eligibility", Map.of("minAge", 60, "maxAge", 18))));
        assertThat(field(shiqi.post(REGISTER, Map.of("input", agesReversed)))).isEqualTo("input.services[0].eligibility.maxAge");
        assertThat(field(shiqi.post(REGISTER, Map.of("input", provider("坏站点", List.of()))))).isEqualTo("input.services");
        Map<String, Object> swapped = provider("坏站点", List.of(Map.of("name", "助餐", "categoryCode", "DAILY_LIFE.MEAL")));
        swapped.put("location", Map.of("latitude", 121.5, "longitude", 29.8));
        assertThat(field(shiqi.post(REGISTER, Map.of("input", swapped)))).isEqualTo("input.location");

        assertThat(neo4j.query("MATCH (p:Provider) WHERE p.name IN ['长宁不该有的站点', '坏站点'] RETURN count(p)")
                .fetchAs(Long.class).one().orElseThrow()).isZero();
    }

    private static String field(GraphQlHttp.Response response) {
        return response.errors().path(0).path("extensions").path("field").asString();
    }

    private static JsonNode serviceNamed(JsonNode provider, String name) {
        for (JsonNode service : provider.path("services")) {
            if (service.path("name").asString().equals(name)) {
                return service;
            }
        }
        throw new AssertionError("No service " + name);
    }

    private static Map<String, Object> provider(String name, List<Map<String, Object>> services) {
        Map<String, Object> input = new HashMap<>(Map.of("type", "OTHER", "name", name, "regionCode", "330203009005",
                "location", Map.of("latitude", 29.8245, "longitude", 121.5035), "openingHours", "周一至周五 11:00-13:00",
                "contact", "0574-88123456", "services", services));
        input.put("address", "宁波市海曙区石碶街道石碶路1号");
        return input;
    }

    private String createNeed(String category, String description) {
        return graphQl.as("caseworker-shiqi").post("mutation($input: CreateNeedInput!) { createNeed(input: $input) { need { id } } }",
                Map.of("input", Map.of("householdId", WANG_HONG_HOUSEHOLD, "personId", WANG_HONG, "categoryCode", category,
                        "description", description, "urgency", "MEDIUM"))).ok().path("createNeed").path("need").path("id").asString();
    }

    private List<JsonNode> matches(String need) {
        List<JsonNode> list = new java.util.ArrayList<>();
        graphQl.as("caseworker-shiqi").post(MATCH, Map.of("need", need)).ok().path("matchResources").forEach(list::add);
        return list;
    }
}
