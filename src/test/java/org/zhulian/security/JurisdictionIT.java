package org.zhulian.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.LAO_GUO;
import static org.zhulian.support.Stories.LAO_GUO_HOUSEHOLD;
import static org.zhulian.support.Stories.LI_QIN_HOUSEHOLD;
import static org.zhulian.support.Stories.WANG_HONG;
import static org.zhulian.support.Stories.WANG_HONG_HOUSEHOLD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.TestPeople;

import tools.jackson.databind.JsonNode;

/**
 * Each role sees its own jurisdiction and nothing else, whichever field it comes through, and a
 * record outside it cannot be told from one that does not exist.
 */
@IntegrationTest
class JurisdictionIT {

    static final String HAISHU = "330203000000";
    static final String SHIQI_PREFIX = "330203009";
    /** 王宏's household, in 石碶街道 (Haishu), grid 330203009005001. */
    static final String WANG_HONG_GRID = "330203009005001";
    /** 李勤's household, in another street of Haishu. */
    /** 老郭, alone in Changning (Shanghai). */
    static final String NO_SUCH_ID = "00000000-0000-4000-8000-0000000fffff";

    static final String HOUSEHOLD = "query($id: ID!) { household(id: $id) { id address members { name } } }";
    static final String PERSON = "query($id: ID!) { person(id: $id) { id name } }";
    static final String HOUSEHOLDS = """
            query($filter: HouseholdFilter) {
              households(filter: $filter, first: 100) { totalCount edges { node { id grid { code } } } }
            }""";
    static final String NEEDS = """
            query($filter: NeedFilter) {
              needs(filter: $filter, first: 100) {
                totalCount edges { node { id household { id grid { code } } person { id } } }
              }
            }""";
    static final String COUNTS = "query($code: ID!) { region(code: $code) { householdCount personCount } }";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    DemoTokens tokens;

    @Test
    void aStreetCaseworkerListsOnlyItsStreetAndCountsOnlyThat() {
        JsonNode asked = graphQl.as("caseworker-shiqi").post(HOUSEHOLDS, Map.of("filter", Map.of("regionCode", HAISHU)))
                .ok().path("households");
        JsonNode ownStreet = graphQl.post(HOUSEHOLDS, Map.of("filter", Map.of("regionCode", SHIQI_PREFIX)))
                .ok().path("households");

        assertThat(gridCodes(asked)).isNotEmpty().allMatch(code -> code.startsWith(SHIQI_PREFIX));
        assertThat(asked.path("totalCount").asInt()).isEqualTo(ownStreet.path("totalCount").asInt());
        assertThat(graphQl.post(HOUSEHOLDS, Map.of("filter", Map.of("regionCode", HAISHU))).ok()
                .path("households").path("totalCount").asInt()).isGreaterThan(asked.path("totalCount").asInt());
    }

    @Test
    void aLabelSearchStaysInsideTheJurisdictionToo() {
        var filter = Map.of("labelsAny", List.of("DIBAO", "DIBAO_EDGE", "SEVERE_DISABILITY"));
        JsonNode asked = graphQl.as("caseworker-shiqi").post(HOUSEHOLDS, Map.of("filter", filter)).ok().path("households");

        assertThat(gridCodes(asked)).isNotEmpty().allMatch(code -> code.startsWith(SHIQI_PREFIX));
        assertThat(ids(asked)).contains(WANG_HONG_HOUSEHOLD).doesNotContain(LI_QIN_HOUSEHOLD, LAO_GUO_HOUSEHOLD);
    }

    @Test
    void aFilterOutsideTheJurisdictionFindsNothing() {
        JsonNode asked = graphQl.as("caseworker-shiqi").post(HOUSEHOLDS, Map.of("filter", Map.of("regionCode", "310105")))
                .ok().path("households");

        assertThat(asked.path("edges")).isEmpty();
        assertThat(asked.path("totalCount").asInt()).isZero();
    }

    @Test
    void anOutOfScopeRecordIsForbiddenExactlyLikeOneThatDoesNotExist() {
        var caseworker = graphQl.as("caseworker-shiqi");
        for (String query : List.of(HOUSEHOLD, PERSON)) {
            String inScope = query == HOUSEHOLD ? WANG_HONG_HOUSEHOLD : WANG_HONG;
            String outOfScope = query == HOUSEHOLD ? LAO_GUO_HOUSEHOLD : LAO_GUO;
            String field = query == HOUSEHOLD ? "household" : "person";

            assertThat(caseworker.post(query, Map.of("id", inScope)).ok().path(field).path("id").asString()).isEqualTo(inScope);
            var outside = caseworker.post(query, Map.of("id", outOfScope));
            var missing = caseworker.post(query, Map.of("id", NO_SUCH_ID));

            assertThat(outside.data().path(field).isNull()).isTrue();
            assertThat(outside.errorCode()).isEqualTo("FORBIDDEN");
            assertThat(withoutPath(outside.errors())).isEqualTo(withoutPath(missing.errors()));
            assertThat(missing.data().path(field).isNull()).isTrue();
        }
    }

    @Test
    void aGridWorkerSeesItsGridOnly() {
        var gridWorker = graphQl.as("grid-" + WANG_HONG_GRID);

        JsonNode listed = gridWorker.post(HOUSEHOLDS, Map.of()).ok().path("households");
        assertThat(gridCodes(listed)).isNotEmpty().allMatch(WANG_HONG_GRID::equals);
        assertThat(ids(listed)).contains(WANG_HONG_HOUSEHOLD);
        assertThat(gridWorker.post(HOUSEHOLD, Map.of("id", LI_QIN_HOUSEHOLD)).errorCode()).isEqualTo("FORBIDDEN");

        JsonNode district = gridWorker.post(COUNTS, Map.of("code", HAISHU)).ok().path("region");
        assertThat(district.path("householdCount").asInt()).isEqualTo(listed.path("totalCount").asInt());
        JsonNode grid = graphQl.post(COUNTS, Map.of("code", WANG_HONG_GRID)).ok().path("region");
        assertThat(district.path("personCount").asInt()).isEqualTo(grid.path("personCount").asInt());
    }

    @Test
    void needsAndTheirHouseholdsAndPersonsStayInTheJurisdiction() {
        JsonNode needs = graphQl.as("caseworker-shiqi").post(NEEDS, Map.of()).ok().path("needs");

        assertThat(needs.path("edges")).isNotEmpty();
        for (JsonNode edge : needs.path("edges")) {
            assertThat(edge.path("node").path("household").path("grid").path("code").asString()).startsWith(SHIQI_PREFIX);
        }
        JsonNode changning = graphQl.as("caseworker-changning").post(NEEDS, Map.of("filter", Map.of("regionCode", HAISHU)))
                .ok().path("needs");
        assertThat(changning.path("totalCount").asInt()).isZero();
    }

    @Test
    void kinOutsideTheJurisdictionIsLeftOut() {
        String query = "query($id: ID!) { person(id: $id) { kin { relation person { id } } } }";
        String daughter = "00000000-0000-4000-8001-000000000014";
        neo4j.query("MATCH (a:Person {id: $a}), (b:Person {id: $b}) MERGE (a)-[:KIN {relation: 'OTHER'}]->(b)")
                .bindAll(Map.of("a", daughter, "b", LAO_GUO)).run();
        try {
            assertThat(kinIds(graphQl.post(query, Map.of("id", daughter)).ok())).contains(LAO_GUO, WANG_HONG);
            assertThat(kinIds(graphQl.as("caseworker-shiqi").post(query, Map.of("id", daughter)).ok()))
                    .contains(WANG_HONG).doesNotContain(LAO_GUO);
        } finally {
            neo4j.query("MATCH (:Person {id: $a})-[k:KIN {relation: 'OTHER'}]->(:Person {id: $b}) DELETE k")
                    .bindAll(Map.of("a", daughter, "b", LAO_GUO)).run();
        }
    }

    @Test
    void aCharityReadsNoPersonalDataButDoesReadProviders() {
        var charity = graphQl.as("charity-demo");

        for (String query : List.of(HOUSEHOLDS, NEEDS, "{ persons { totalCount } }",
                "{ region(code: \"330203\") { householdCount } }")) {
            var response = charity.post(query, Map.of());
            assertThat(response.errorCode()).as(query).isEqualTo("FORBIDDEN");
            assertThat(response.text()).as(query).doesNotContain("王宏", WANG_HONG_HOUSEHOLD);
        }
        assertThat(charity.post(HOUSEHOLD, Map.of("id", WANG_HONG_HOUSEHOLD)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(charity.post("{ providers(first: 1) { totalCount } }").ok().path("providers").path("totalCount").asInt())
                .isPositive();
    }

    @Test
    void aPartnerAppReadsTheRegistryOfItsRegionWithItsScope() {
        var partner = graphQl.as("partner-hotline");

        JsonNode listed = partner.post(HOUSEHOLDS, Map.of()).ok().path("households");
        assertThat(gridCodes(listed)).isNotEmpty().allMatch(code -> code.startsWith("330203"));
        assertThat(partner.post(HOUSEHOLD, Map.of("id", LAO_GUO_HOUSEHOLD)).errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aPartnerAppWithoutRegistryScopeIsForbiddenTheRegistry() {
        var matchingOnly = new DemoPrincipals.Principal("partner-matching", Role.PARTNER_APP, HAISHU, List.of("match:read"), List.of());
        var client = graphQl.withToken(tokens.issue(matchingOnly));

        assertThat(client.post(HOUSEHOLDS, Map.of()).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(client.post(HOUSEHOLD, Map.of("id", WANG_HONG_HOUSEHOLD)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(client.post("{ providers(first: 1) { totalCount } }").ok().path("providers").path("totalCount").asInt())
                .isPositive();
    }

    @Test
    void aTokenWithAMalformedRegionSeesNothing() {
        var misissued = new DemoPrincipals.Principal("caseworker-typo", Role.CASEWORKER, "33O203", List.of(), List.of());

        JsonNode listed = graphQl.withToken(tokens.issue(misissued)).post(HOUSEHOLDS, Map.of()).ok().path("households");

        assertThat(listed.path("edges")).isEmpty();
        assertThat(listed.path("totalCount").asInt()).isZero();
    }

    @Test
    void everyMutationRefusesAnOutOfScopeIdExactlyLikeAnUnknownOne() {
        var caseworker = graphQl.as("caseworker-shiqi");
        Map<String, String> mutations = Map.of(
                "updateHousehold", "mutation($id: ID!) { updateHousehold(input: {id: $id, address: \"探测\"}) { household { id } } }",
                "addMember", "mutation($id: ID!) { addMember(input: {householdId: $id, role: OTHER, person: {name: \"探测\", gender: MALE, "
                        + "birthDate: \"1980-01-01\", idNumber: \"%s\"}}) { person { id } } }".formatted(
                        TestPeople.idNumber(LocalDate.of(1980, 1, 1), true)),
                "updatePerson", "mutation($id: ID!) { updatePerson(input: {id: $id, name: \"探测\"}) { person { id } } }",
                "removeMember", "mutation($id: ID!) { removeMember(input: {personId: $id, reason: \"探测\"}) { household { id } } }",
                "moveHousehold", "mutation($id: ID!) { moveHousehold(input: {id: $id, gridCode: \"330203009005002\", address: \"探测\"}) { household { id } } }",
                "assignLabel", "mutation($id: ID!) { assignLabel(input: {labelCode: \"DIBAO\", holderId: $id}) { household { id } } }",
                "endLabel", "mutation($id: ID!) { endLabel(input: {labelCode: \"DIBAO\", holderId: $id}) { household { id } } }");
        long before = neo4j.query("MATCH (h:Household {id: $id}) RETURN coalesce(h.revision, 0)")
                .bind(LAO_GUO_HOUSEHOLD).to("id").fetchAs(Long.class).one().orElseThrow();

        mutations.forEach((name, mutation) -> {
            boolean personField = name.equals("updatePerson") || name.equals("removeMember");
            var outside = caseworker.post(mutation, Map.of("id", personField ? LAO_GUO : LAO_GUO_HOUSEHOLD));
            var missing = caseworker.post(mutation, Map.of("id", NO_SUCH_ID));
            assertThat(outside.errorCode()).as(name).isEqualTo("FORBIDDEN");
            assertThat(withoutPath(outside.errors())).as(name).isEqualTo(withoutPath(missing.errors()));
        });
        assertThat(neo4j.query("MATCH (h:Household {id: $id}) RETURN coalesce(h.revision, 0)")
                .bind(LAO_GUO_HOUSEHOLD).to("id").fetchAs(Long.class).one().orElseThrow()).isEqualTo(before);
    }

    private static List<String> gridCodes(JsonNode connection) {
        List<String> codes = new ArrayList<>();
        connection.path("edges").forEach(edge -> codes.add(edge.path("node").path("grid").path("code").asString()));
        return codes;
    }

    private static List<String> ids(JsonNode connection) {
        List<String> ids = new ArrayList<>();
        connection.path("edges").forEach(edge -> ids.add(edge.path("node").path("id").asString()));
        return ids;
    }

    private static List<String> kinIds(JsonNode data) {
        List<String> ids = new ArrayList<>();
        data.path("person").path("kin").forEach(kin -> ids.add(kin.path("person").path("id").asString()));
        return ids;
    }

    private static String withoutPath(JsonNode errors) {
        return errors.path(0).path("message").asString() + "|" + errors.path(0).path("extensions");
    }
}
