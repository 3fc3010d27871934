package org.zhulian.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.LAO_GUO;
import static org.zhulian.support.Stories.LAO_GUO_HOUSEHOLD;
import static org.zhulian.support.Stories.SHIQI_HOME_CARE_CENTRE;
import static org.zhulian.support.Stories.WANG_HONG;
import static org.zhulian.support.Stories.WANG_HONG_HOUSEHOLD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.Concurrently;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** A need referred to a service and followed until it is met; places are never overbooked. */
@IntegrationTest
class ReferralIT {

    static final String REFERRAL = """
            id status note referredBy category { code } urgency need { id status } service { id places { total free } }
            provider { id } history { status actor note }""";
    static final String REFER = "mutation($input: ReferNeedInput!) { referNeed(input: $input) { referral { " + REFERRAL + " } } }";
    static final String MOVE = "mutation($input: MoveReferralInput!) { moveReferral(input: $input) { referral { " + REFERRAL + " } } }";
    static final String LIST = """
            query($filter: ReferralFilter) { referrals(filter: $filter, first: 100) { totalCount edges { node { %s } } } }""".formatted(REFERRAL);

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void aReferralRunsFromPendingToCompletedAndTheNeedAndThePlacesFollow() {
        var shiqi = graphQl.as("caseworker-shiqi");
        var provider = graphQl.as("provider-shiqi-homecare");
        String service = serviceOf(SHIQI_HOME_CARE_CENTRE, 0);
        places(service, 10, 4);
        String need = createNeed(WANG_HONG_HOUSEHOLD, WANG_HONG, "DAILY_LIFE", "下午需要有人上门照料");

        JsonNode referred = shiqi.post(REFER, Map.of("input", Map.of("needId", need, "serviceId", service, "note", "下午两点后在家")))
                .ok().path("referNeed").path("referral");
        String id = referred.path("id").asString();
        assertThat(referred.path("status").asString()).isEqualTo("PENDING");
        assertThat(referred.path("need").path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(referred.path("referredBy").asString()).isEqualTo("caseworker-shiqi");
        assertThat(referred.path("category").path("code").asString()).isEqualTo("DAILY_LIFE");

        JsonNode seen = list(provider, Map.of("status", List.of("PENDING"))).stream()
                .filter(r -> r.path("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(seen.path("need").isNull()).as("provider staff see the referral, not the archive").isTrue();
        assertThat(seen.path("note").asString()).isEqualTo("下午两点后在家");
        assertThat(seen.path("provider").path("id").asString()).isEqualTo(SHIQI_HOME_CARE_CENTRE);

        JsonNode accepted = move(provider, id, "ACCEPTED", null).ok().path("moveReferral").path("referral");
        assertThat(accepted.path("service").path("places").path("free").asInt()).isEqualTo(5);
        var illegal = move(provider, id, "COMPLETED", null);
        assertThat(illegal.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(illegal.errorMessage()).contains("ACCEPTED", "COMPLETED");
        assertThat(move(shiqi, id, "IN_SERVICE", null).ok().path("moveReferral").path("referral").path("status").asString())
                .as("a caseworker of the provider's street acts on its behalf").isEqualTo("IN_SERVICE");
        JsonNode completed = move(provider, id, "COMPLETED", "服务已完成").ok().path("moveReferral").path("referral");

        assertThat(completed.path("service").path("places").path("free").asInt()).isEqualTo(6);
        assertThat(completed.path("history").findValuesAsString("status")).containsExactly("PENDING", "ACCEPTED", "IN_SERVICE", "COMPLETED");
        assertThat(completed.path("history").findValuesAsString("actor"))
                .containsExactly("caseworker-shiqi", "provider-shiqi-homecare", "caseworker-shiqi", "provider-shiqi-homecare");
        JsonNode needNow = shiqi.post("query($id: ID!) { referral(id: $id) { need { status closeReason referrals { id status } } } }",
                Map.of("id", id)).ok().path("referral").path("need");
        assertThat(needNow.path("status").asString()).isEqualTo("MET");
        assertThat(needNow.path("closeReason").asString()).startsWith("转介服务完成");
        assertThat(needNow.path("referrals").findValuesAsString("id")).containsExactly(id);
        assertThat(AuditTrail.about(graphQl, id)).filteredOn(e -> e.path("action").asString().equals("moveReferral"))
                .extracting(e -> e.path("outcome").asString()).contains("SUCCEEDED", "REJECTED");
        assertThat(move(provider, id, "CANCELLED", "再取消").errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aRejectionNeedsAReasonAndOpensTheNeedAgain() {
        var shiqi = graphQl.as("caseworker-shiqi");
        var provider = graphQl.as("provider-shiqi-homecare");
        String need = createNeed(WANG_HONG_HOUSEHOLD, WANG_HONG, "DAILY_LIFE.HOME_CARE", "夜间照护");
        String id = refer(shiqi, need, serviceOf(SHIQI_HOME_CARE_CENTRE, 0));

        var noReason = move(provider, id, "REJECTED", null);
        assertThat(noReason.errors().path(0).path("extensions").path("field").asString()).isEqualTo("input.note");
        JsonNode rejected = move(provider, id, "REJECTED", "本中心不提供夜间服务").ok().path("moveReferral").path("referral");

        assertThat(rejected.path("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.path("need").isNull()).isTrue();
        assertThat(needStatus(id)).isEqualTo("OPEN");
        assertThat(rejected.path("history").path(1).path("note").asString()).isEqualTo("本中心不提供夜间服务");
    }

    @Test
    void aNeedMetByOneReferralEndsItsOthersAndFreesTheirPlacesAndAReferredNeedClosesOnlyWithItsReferrals() {
        var shiqi = graphQl.as("caseworker-shiqi");
        String first = otherServiceInShiqi(2);
        String second = otherServiceInShiqi(3);
        places(first, 10, 0);
        places(second, 10, 0);
        String need = createNeed(WANG_HONG_HOUSEHOLD, WANG_HONG, "DAILY_LIFE", "两处都试试");
        String winner = refer(shiqi, need, first);
        String other = refer(shiqi, need, second);
        move(shiqi, winner, "ACCEPTED", null).ok();
        move(shiqi, other, "ACCEPTED", null).ok();

        var close = shiqi.post("mutation($input: CloseNeedInput!) { closeNeed(input: $input) { need { id } } }",
                Map.of("input", Map.of("id", need, "outcome", "MET", "reason", "已解决")));
        assertThat(close.errorMessage()).contains("open referrals");

        move(shiqi, winner, "IN_SERVICE", null).ok();
        move(shiqi, winner, "COMPLETED", "完成").ok();

        JsonNode cancelled = shiqi.post("query($id: ID!) { referral(id: $id) { status service { places { free } } history { status note } } }",
                Map.of("id", other)).ok().path("referral");
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("service").path("places").path("free").asInt()).isEqualTo(10);
        assertThat(cancelled.path("history").findValuesAsString("note")).contains("需求已由其他转介满足");
        assertThat(move(shiqi, other, "ACCEPTED", null).errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void theReferringSideMayCancelButNotAcceptAndOtherProvidersSeeNothing() {
        var changning = graphQl.as("caseworker-changning");
        String need = createNeedAs("caseworker-changning", LAO_GUO_HOUSEHOLD, LAO_GUO, "DAILY_LIFE.REHABILITATION", "跨区康复转介");
        String id = refer(changning, need, serviceOf(SHIQI_HOME_CARE_CENTRE, 0));

        assertThat(move(changning, id, "ACCEPTED", null).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(changning.post(REFER, Map.of("input", Map.of("needId", need, "serviceId", serviceOf(SHIQI_HOME_CARE_CENTRE, 0))))
                .errorCode()).as("one open referral per need and service").isEqualTo("BAD_USER_INPUT");
        var provider = graphQl.as("provider-shiqi-homecare");
        String elsewhere = refer(graphQl.as("caseworker-shiqi"), createNeed(WANG_HONG_HOUSEHOLD, WANG_HONG, "DAILY_LIFE", "别家的转介"),
                otherServiceInShiqi(0));
        assertThat(move(provider, elsewhere, "ACCEPTED", null).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(list(provider, Map.of())).extracting(r -> r.path("provider").path("id").asString()).containsOnly(SHIQI_HOME_CARE_CENTRE);
        assertThat(graphQl.as("caseworker-shiqi").post("query($id: ID!) { referral(id: $id) { id need { id } } }", Map.of("id", id))
                .ok().path("referral").path("need").isNull()).as("the provider's caseworker does not see a household of Changning").isTrue();

        JsonNode cancelled = move(changning, id, "CANCELLED", "已在本区落实").ok().path("moveReferral").path("referral");
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("need").path("status").asString()).as("the referring side sees its need").isEqualTo("OPEN");
        assertThat(graphQl.as("charity-demo").post(LIST, Map.of()).errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void manyAcceptancesRacingForTheLastPlacesWinExactlyTheFreePlaces() throws Exception {
        // Twelve households, so that nothing but the service's lock puts the acceptances in a row.
        var shiqi = graphQl.as("caseworker-shiqi");
        String service = otherServiceInShiqi(1);
        places(service, 20, 17);
        List<String> households = neo4j.query("MATCH (h:Household) WHERE h.gridCode STARTS WITH '330203009' RETURN h.id ORDER BY h.id LIMIT 12")
                .fetchAs(String.class).all().stream().toList();
        List<String> ids = new ArrayList<>();
        for (String household : households) {
            ids.add(refer(shiqi, createNeed(household, null, "DAILY_LIFE", "抢名额"), service));
        }
        List<Callable<GraphQlHttp.Response>> acceptances = new ArrayList<>();
        ids.forEach(id -> acceptances.add(() -> move(shiqi, id, "ACCEPTED", null)));

        List<GraphQlHttp.Response> responses = Concurrently.all(acceptances);

        assertThat(responses).filteredOn(r -> r.errors().isEmpty()).hasSize(3);
        assertThat(responses).filteredOn(r -> !r.errors().isEmpty())
                .allSatisfy(r -> assertThat(r.errorMessage()).isEqualTo("The service has no free place"));
        Map<String, Object> places = neo4j.query("MATCH (s:Service {id: $id}) RETURN s.placesTaken AS taken, s.placesTotal AS total")
                .bind(service).to("id").fetch().one().orElseThrow();
        assertThat(places.get("taken")).isEqualTo(20L);
        // only this race's referrals: other tests may have referred to the same service before
        assertThat(neo4j.query("MATCH (r:Referral)-[:TO]->(:Service {id: $id}) WHERE r.id IN $ids AND r.status = 'ACCEPTED' RETURN count(r)")
                .bind(service).to("id").bind(ids).to("ids").fetchAs(Long.class).one().orElseThrow()).isEqualTo(3L);
    }

    private GraphQlHttp.Response move(GraphQlHttp client, String id, String status, String note) {
        Map<String, Object> input = new HashMap<>(Map.of("id", id, "status", status));
        if (note != null) {
            input.put("note", note);
        }
        return client.post(MOVE, Map.of("input", input));
    }

    private String refer(GraphQlHttp client, String need, String service) {
        return client.post(REFER, Map.of("input", Map.of("needId", need, "serviceId", service)))
                .ok().path("referNeed").path("referral").path("id").asString();
    }

    private List<JsonNode> list(GraphQlHttp client, Map<String, Object> filter) {
        List<JsonNode> nodes = new ArrayList<>();
        client.post(LIST, Map.of("filter", filter)).ok().path("referrals").path("edges").forEach(e -> nodes.add(e.path("node")));
        return nodes;
    }

    private String createNeed(String household, String person, String category, String description) {
        return createNeedAs("caseworker-shiqi", household, person, category, description);
    }

    private String createNeedAs(String user, String household, String person, String category, String description) {
        Map<String, Object> input = new HashMap<>(Map.of("householdId", household, "categoryCode", category,
                "description", description, "urgency", "MEDIUM"));
        if (person != null) {
            input.put("personId", person);
        }
        return graphQl.as(user).post("mutation($input: CreateNeedInput!) { createNeed(input: $input) { need { id } } }",
                Map.of("input", input)).ok().path("createNeed").path("need").path("id").asString();
    }

    /** The provider's n-th service (by id). */
    private String serviceOf(String provider, int n) {
        return neo4j.query("MATCH (:Provider {id: $id})-[:OFFERS]->(s:Service) RETURN s.id ORDER BY s.id SKIP $n LIMIT 1")
                .bind(provider).to("id").bind(n).to("n").fetchAs(String.class).one().orElseThrow();
    }

    /** The n-th service (by id) of a provider in 石碶街道 other than the home-care centre. */
    private String otherServiceInShiqi(int n) {
        return neo4j.query("""
                        MATCH (p:Provider)-[:OFFERS]->(s:Service) WHERE p.regionCode STARTS WITH '330203009' AND p.id <> $id
                        RETURN s.id ORDER BY s.id SKIP $n LIMIT 1""")
                .bind(SHIQI_HOME_CARE_CENTRE).to("id").bind(n).to("n").fetchAs(String.class).one().orElseThrow();
    }

    private String needStatus(String referral) {
        return graphQl.as("caseworker-shiqi").post("query($id: ID!) { referral(id: $id) { need { status } } }", Map.of("id", referral))
                .ok().path("referral").path("need").path("status").asString();
    }

    private void places(String service, int total, int taken) {
        neo4j.query("MATCH (s:Service {id: $id}) SET s.placesTotal = $total, s.placesTaken = $taken")
                .bind(service).to("id").bind(total).to("total").bind(taken).to("taken").run();
    }
}
