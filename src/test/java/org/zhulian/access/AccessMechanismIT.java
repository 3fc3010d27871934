package org.zhulian.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.WANG_HONG;
import static org.zhulian.support.Stories.WANG_HONG_HOUSEHOLD;
import static org.zhulian.support.Stories.WANG_HONG_WIFE;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The access mechanism as a caller meets it: every personal record a response carries is on record,
 * whichever field reached it; ids of the wrong form are refused before they are stored anywhere;
 * refusals are recorded whichever resolver raised them.
 */
@IntegrationTest
class AccessMechanismIT {

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void aPersonAndTheKinAndHouseholdItLeadsToAreOnRecord() {
        var haishu = graphQl.as("caseworker-haishu");
        haishu.post("query($id: ID!) { person(id: $id) { name health kin { person { name } } household { address } } }",
                Map.of("id", WANG_HONG)).ok();

        JsonNode read = latest("caseworker-haishu", "person", WANG_HONG);
        assertThat(AuditTrail.subjects(read)).contains(WANG_HONG, WANG_HONG_WIFE, WANG_HONG_HOUSEHOLD);
        assertThat(read.path("outcome").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void pagesOfPersonsAndNeedsAreOnRecordWithEveryRecordShown() {
        var shiqi = graphQl.as("caseworker-shiqi");
        List<String> persons = ids(shiqi.post("{ persons(filter: {regionCode: \"330203009\"}, first: 5) { edges { node { id } } } }")
                .ok().path("persons").path("edges"));
        List<String> needs = ids(shiqi.post("{ needs(filter: {regionCode: \"330203009\"}, first: 5) { edges { node { id description person { id } } } } }")
                .ok().path("needs").path("edges"));

        assertThat(AuditTrail.subjects(latest("caseworker-shiqi", "persons", persons.getFirst()))).containsAll(persons);
        assertThat(AuditTrail.subjects(latest("caseworker-shiqi", "needs", needs.getFirst()))).containsAll(needs);
    }

    @Test
    void aRecordReachedThroughAChangeIsOnRecordBesideTheChange() {
        var haishu = graphQl.as("caseworker-haishu");
        haishu.post("mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { household { members { name } } } }",
                Map.of("input", Map.of("id", WANG_HONG_HOUSEHOLD, "residence", "REGISTERED"))).ok();

        assertThat(AuditTrail.about(graphQl, WANG_HONG).stream().map(e -> e.path("action").asString())).contains("updateHousehold.result");
        assertThat(latest("caseworker-haishu", "updateHousehold", WANG_HONG_HOUSEHOLD).path("outcome").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void anIdOfTheWrongFormIsRefusedBeforeAnythingIsRecorded() {
        String huge = "a".repeat(60_000);
        for (String user : List.of("caseworker-haishu", "charity-demo")) {
            var caller = graphQl.as(user);
            var read = caller.post("query($id: ID!) { household(id: $id) { id } }", Map.of("id", huge));
            var change = caller.post("mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { household { id } } }",
                    Map.of("input", Map.of("id", "x') DETACH DELETE n //", "residence", "REGISTERED")));

            assertThat(read.errorCode()).isEqualTo("BAD_USER_INPUT");
            assertThat(read.errors().path(0).path("extensions").path("field").asString()).isEqualTo("id");
            assertThat(change.errorCode()).isEqualTo("BAD_USER_INPUT");
            assertThat(change.errors().path(0).path("extensions").path("field").asString()).isEqualTo("input.id");
            assertThat(read.text() + change.text()).doesNotContain(huge).doesNotContain("DETACH");
            assertThat(AuditTrail.of(graphQl, user)).allSatisfy(event -> assertThat(AuditTrail.subjects(event))
                    .allMatch(id -> id.length() <= 64 && !id.contains("DETACH")));
        }
    }

    @Test
    void aRefusalForTheRoleIsOnRecordWithWhatWasAsked() {
        var charity = graphQl.as("charity-demo");
        var response = charity.post("query($id: ID!) { household(id: $id) { id } }", Map.of("id", WANG_HONG_HOUSEHOLD));

        assertThat(response.errorCode()).isEqualTo("FORBIDDEN");
        JsonNode denied = latest("charity-demo", "household", WANG_HONG_HOUSEHOLD);
        assertThat(denied.path("outcome").asString()).isEqualTo("DENIED");
        assertThat(denied.path("role").asString()).isEqualTo("CHARITY");
    }

    @Test
    void referenceDataIsOpenToEveryRoleAndRecordsNothing() {
        for (String user : List.of("charity-demo", "partner-hotline", "caseworker-shiqi")) {
            int before = AuditTrail.of(graphQl, user).size();
            graphQl.as(user).post("{ regions { code name } labels(regionCode: \"330203\") { code } serviceCategories { code } departments { code } }").ok();

            assertThat(AuditTrail.of(graphQl, user)).hasSize(before);
        }
    }

    private JsonNode latest(String actor, String action, String subject) {
        return AuditTrail.of(graphQl, actor).stream()
                .filter(e -> e.path("action").asString().equals(action) && AuditTrail.subjects(e).contains(subject))
                .findFirst().orElseThrow(() -> new AssertionError("No " + action + " event of " + actor + " about " + subject));
    }

    private static List<String> ids(JsonNode edges) {
        return edges.valueStream().map(edge -> edge.path("node").path("id").asString()).toList();
    }
}
