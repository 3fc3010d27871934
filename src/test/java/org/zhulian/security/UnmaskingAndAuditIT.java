package org.zhulian.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.LAO_GUO_HOUSEHOLD;
import static org.zhulian.support.Stories.WANG_HONG;
import static org.zhulian.support.Stories.WANG_HONG_HOUSEHOLD;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Clear ID numbers and phones need {@code pii:unmask} and a purpose, and every such reading, every
 * archive read and every refusal is in the audit log, which only ADMIN reads and nobody changes.
 */
@IntegrationTest
class UnmaskingAndAuditIT {


    static final String UNMASKED = """
            query($id: ID!, $purpose: String) {
              person(id: $id) { idNumber(unmaskPurpose: $purpose) phone(unmaskPurpose: $purpose) masked: idNumber }
            }""";
    static final String AUDIT = """
            query($filter: AuditFilter) {
              auditLog(filter: $filter, first: 100) {
                totalCount
                edges { node { actor role action subjectIds purpose outcome at } }
              }
            }""";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    GraphQlSource schema;

    @Test
    void aCaseworkerGrantedUnmaskingSeesTheClearValuesWithAPurposeAndTheReadingIsRecorded() {
        String purpose = "核对低保复审材料";
        JsonNode person = graphQl.as("caseworker-haishu").post(UNMASKED, Map.of("id", WANG_HONG, "purpose", purpose))
                .ok().path("person");

        assertThat(person.path("idNumber").asString()).matches("\\d{17}[\\dX]");
        assertThat(person.path("masked").asString()).matches("\\d{6}\\*{12}")
                .startsWith(person.path("idNumber").asString().substring(0, 6));
        assertThat(person.path("phone").asString()).matches("1\\d{10}");

        List<JsonNode> events = events(Map.of("actor", "caseworker-haishu", "subjectId", WANG_HONG));
        assertThat(events).filteredOn(e -> e.path("action").asString().equals("Person.idNumber")).isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.path("purpose").asString()).isEqualTo(purpose);
                    assertThat(e.path("role").asString()).isEqualTo("CASEWORKER");
                    assertThat(e.path("outcome").asString()).isEqualTo("SUCCEEDED");
                });
        assertThat(events).extracting(e -> e.path("action").asString()).contains("Person.phone");
    }

    @Test
    void unmaskingWithoutTheAuthorityIsForbiddenAndRecorded() {
        var response = graphQl.as("caseworker-shiqi").post(UNMASKED, Map.of("id", WANG_HONG, "purpose", "好奇"));

        assertThat(response.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(response.data().path("person").path("idNumber").isNull()).isTrue();
        assertThat(response.data().path("person").path("masked").asString()).contains("********");
        assertThat(response.text()).doesNotContainPattern("\\d{17}[\\dX]");
        assertThat(events(Map.of("actor", "caseworker-shiqi", "subjectId", WANG_HONG)))
                .anySatisfy(e -> {
                    assertThat(e.path("action").asString()).isEqualTo("Person.idNumber");
                    assertThat(e.path("outcome").asString()).isEqualTo("DENIED");
                });
    }

    @Test
    void aBlankPurposeIsRefusedAsBadInput() {
        var response = graphQl.as("caseworker-haishu").post(UNMASKED, Map.of("id", WANG_HONG, "purpose", "   "));

        assertThat(response.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("extensions").path("field").asString()).isEqualTo("unmaskPurpose");
        assertThat(response.text()).doesNotContainPattern("\\d{17}[\\dX]");
    }

    @Test
    void archiveReadsAndDeniedProbesAreRecordedWithWhoAndWhat() {
        graphQl.as("caseworker-shiqi").post(JurisdictionIT.HOUSEHOLD, Map.of("id", WANG_HONG_HOUSEHOLD)).ok();
        graphQl.as("caseworker-shiqi").post(JurisdictionIT.HOUSEHOLD, Map.of("id", LAO_GUO_HOUSEHOLD));

        assertThat(events(Map.of("actor", "caseworker-shiqi", "subjectId", WANG_HONG_HOUSEHOLD)))
                .anySatisfy(e -> {
                    assertThat(e.path("action").asString()).isEqualTo("household");
                    assertThat(e.path("outcome").asString()).isEqualTo("SUCCEEDED");
                    assertThat(e.path("at").asString()).endsWith("+08:00");
                });
        assertThat(events(Map.of("actor", "caseworker-shiqi", "subjectId", LAO_GUO_HOUSEHOLD)))
                .anySatisfy(e -> assertThat(e.path("outcome").asString()).isEqualTo("DENIED"));
    }

    @Test
    void onlyAdminReadsTheAuditLog() {
        for (String user : List.of("caseworker-haishu", "grid-" + JurisdictionIT.WANG_HONG_GRID, "charity-demo", "partner-hotline")) {
            var response = graphQl.as(user).post(AUDIT, Map.of());
            assertThat(response.errorCode()).as(user).isEqualTo("FORBIDDEN");
            assertThat(response.data().isNull() || response.data().path("auditLog").isNull()).as(user).isTrue();
        }
        assertThat(events(Map.of("actor", "charity-demo"))).anySatisfy(e -> {
            assertThat(e.path("action").asString()).isEqualTo("auditLog");
            assertThat(e.path("outcome").asString()).isEqualTo("DENIED");
        });
    }

    @Test
    void theLogCanBeNarrowedToATimeWindowAndRefusesAnEmptyOne() {
        assertThat(events(Map.of("from", "2000-01-01T00:00:00+08:00", "to", "2000-01-02T00:00:00+08:00"))).isEmpty();

        var response = graphQl.post(AUDIT, Map.of("filter", Map.of("from", "2026-01-02T00:00:00+08:00", "to", "2026-01-01T00:00:00+08:00")));
        assertThat(response.errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void theApiOffersNoWayToChangeOrDeleteTheLog() {
        var mutation = schema.schema().getMutationType();

        assertThat(mutation == null ? List.<String>of() : mutation.getFieldDefinitions().stream()
                .map(field -> field.getName().toLowerCase()).toList()).noneMatch(name -> name.contains("audit"));
    }

    private List<JsonNode> events(Map<String, ?> filter) {
        List<JsonNode> events = new ArrayList<>();
        graphQl.post(AUDIT, Map.of("filter", filter)).ok().path("auditLog").path("edges")
                .forEach(edge -> events.add(edge.path("node")));
        return events;
    }
}
