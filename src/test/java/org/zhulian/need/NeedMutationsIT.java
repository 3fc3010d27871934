package org.zhulian.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.LAO_GUO;
import static org.zhulian.support.Stories.WANG_HONG;
import static org.zhulian.support.Stories.WANG_HONG_HOUSEHOLD;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Caseworkers record needs of the households they hold, correct them while open, and close them with a reason. */
@IntegrationTest
class NeedMutationsIT {

    static final String NEED = "id category { code } description urgency status closedAt closeReason household { id } person { id }";
    static final String CREATE = "mutation($input: CreateNeedInput!) { createNeed(input: $input) { need { " + NEED + " } } }";
    static final String UPDATE = "mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { need { " + NEED + " } } }";
    static final String CLOSE = "mutation($input: CloseNeedInput!) { closeNeed(input: $input) { need { " + NEED + " } } }";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void aCaseworkerRecordsCorrectsAndClosesANeedAndEveryStepIsOnRecord() {
        var shiqi = graphQl.as("caseworker-shiqi");

        JsonNode created = shiqi.post(CREATE, Map.of("input", input(WANG_HONG, "DAILY_LIFE.MEAL", "午餐送餐，每周五天")))
                .ok().path("createNeed").path("need");
        String id = created.path("id").asString();
        assertThat(created.path("status").asString()).isEqualTo("OPEN");
        assertThat(created.path("person").path("id").asString()).isEqualTo(WANG_HONG);
        assertThat(created.path("household").path("id").asString()).isEqualTo(WANG_HONG_HOUSEHOLD);
        assertThat(gridOf(id)).isEqualTo(gridOf(WANG_HONG_HOUSEHOLD, "Household"));

        JsonNode updated = shiqi.post(UPDATE, Map.of("input", Map.of("id", id, "urgency", "HIGH", "categoryCode", "DAILY_LIFE")))
                .ok().path("updateNeed").path("need");
        assertThat(updated.path("urgency").asString()).isEqualTo("HIGH");
        assertThat(updated.path("category").path("code").asString()).isEqualTo("DAILY_LIFE");
        assertThat(updated.path("description").asString()).isEqualTo("午餐送餐，每周五天");

        JsonNode closed = shiqi.post(CLOSE, Map.of("input", Map.of("id", id, "outcome", "MET", "reason", "社区食堂已安排")))
                .ok().path("closeNeed").path("need");
        assertThat(closed.path("status").asString()).isEqualTo("MET");
        assertThat(closed.path("closeReason").asString()).isEqualTo("社区食堂已安排");
        assertThat(closed.path("closedAt").isNull()).isFalse();
        assertThat(shiqi.post(CLOSE, Map.of("input", Map.of("id", id, "outcome", "CLOSED", "reason", "再关")))
                .errors().path(0).path("extensions").path("field").asString()).isEqualTo("input.id");

        assertThat(AuditTrail.about(graphQl, id).stream().map(e -> e.path("action").asString() + " " + e.path("outcome").asString()))
                .contains("createNeed SUCCEEDED", "updateNeed SUCCEEDED", "closeNeed SUCCEEDED", "closeNeed REJECTED");
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        var shiqi = graphQl.as("caseworker-shiqi");
        long before = needs();

        assertRejected(shiqi.post(CREATE, Map.of("input", input(WANG_HONG, "NO_SUCH_CATEGORY", "x"))), "input.categoryCode");
        assertRejected(shiqi.post(CREATE, Map.of("input", input(WANG_HONG, "DAILY_LIFE", "\u200B\u200B"))), "input.description");
        assertRejected(shiqi.post(CREATE, Map.of("input", input(LAO_GUO, "DAILY_LIFE", "不是这一户的人"))), "input.personId");
        assertRejected(shiqi.post(CREATE, Map.of("input", input(null, "DAILY_LIFE", "x".repeat(501)))), "input.description");

        assertThat(needs()).isEqualTo(before);
    }

    @Test
    void needsElsewhereAndOtherRolesAreForbidden() {
        long before = needs();
        var changning = graphQl.as("caseworker-changning").post(CREATE, Map.of("input", input(null, "DAILY_LIFE", "越权")));
        var charity = graphQl.as("charity-demo").post(CREATE, Map.of("input", input(null, "DAILY_LIFE", "越权")));
        var gridWorker = graphQl.as("grid-330203009005001").post(CREATE, Map.of("input", input(null, "DAILY_LIFE", "越权")));

        assertThat(changning.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(charity.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(gridWorker.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(needs()).isEqualTo(before);
    }

    private static Map<String, Object> input(String person, String category, String description) {
        Map<String, Object> input = new HashMap<>(Map.of("householdId", WANG_HONG_HOUSEHOLD, "categoryCode", category,
                "description", description, "urgency", "MEDIUM"));
        input.put("personId", person);
        return input;
    }

    private static void assertRejected(GraphQlHttp.Response response, String field) {
        assertThat(response.errorCode()).as(response.text()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("extensions").path("field").asString()).isEqualTo(field);
    }

    private long needs() {
        return neo4j.query("MATCH (n:Need) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
    }

    private String gridOf(String need) {
        return gridOf(need, "Need");
    }

    private String gridOf(String id, String label) {
        return neo4j.query("MATCH (n:" + label + " {id: $id}) RETURN n.gridCode").bind(id).to("id").fetchAs(String.class).one().orElseThrow();
    }
}
