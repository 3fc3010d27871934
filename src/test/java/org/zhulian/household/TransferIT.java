package org.zhulian.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.LAO_GUO_HOUSEHOLD;

import java.time.LocalDate;
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
import org.zhulian.support.TestPeople;

import tools.jackson.databind.JsonNode;

/**
 * A person registered in one jurisdiction cannot be taken over by another: answers that reveal an ID
 * number registered elsewhere are counted and recorded under a keyed hash, and the move happens only
 * as a transfer that the person's jurisdiction accepts.
 */
@IntegrationTest
class TransferIT {

    static final String SHIQI_GRID = "330203009005002";
    static final String HUAYANG_GRID = "310105001001001";

    static final String REGISTER = """
            mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id members { id } } } }""";
    static final String ADD_MEMBER = """
            mutation($input: AddMemberInput!) { addMember(input: $input) { person { id } } }""";
    static final String TRANSFER = "id status role reason requestedBy decidedBy note household { id } person { id name household { id } }";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void aPersonWhoLeftAHouseholdElsewhereComesOnlyByATransferTheirJurisdictionAccepts() {
        var admin = graphQl.as("admin");
        var shiqi = graphQl.as("caseworker-shiqi");
        var changning = graphQl.as("caseworker-changning");
        Map<String, Object> x = TestPeople.person("许", LocalDate.of(1950, 5, 5), true);
        String huayang = register(admin, HUAYANG_GRID, x);
        String person = neo4j.query("MATCH (p:Person {idNumber: $n}) RETURN p.id").bind(x.get("idNumber")).to("n").fetchAs(String.class).one().orElseThrow();
        admin.post("mutation { assignLabel(input: {labelCode: \"HY_ELDERLY_ALONE\", holderId: \"" + person + "\", since: \"2026-01-01\"}) { household { id } } }").ok();
        admin.post("mutation { removeMember(input: {personId: \"" + person + "\", reason: \"迁往宁波\"}) { household { id } } }").ok();
        String shiqiHousehold = register(shiqi, SHIQI_GRID, TestPeople.person("石", LocalDate.of(1975, 1, 1), false));

        var takeover = shiqi.post(ADD_MEMBER, Map.of("input", Map.of("householdId", shiqiHousehold, "role", "PARENT", "person", x)));
        assertThat(takeover.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(takeover.errorMessage()).contains("another jurisdiction");
        assertThat(members(shiqiHousehold)).doesNotContain(person);

        JsonNode requested = shiqi.post("mutation($input: RequestTransferInput!) { requestTransfer(input: $input) { transfer { " + TRANSFER + " } } }",
                Map.of("input", Map.of("idNumber", x.get("idNumber"), "householdId", shiqiHousehold, "role", "PARENT", "reason", "随子女生活")))
                .ok().path("requestTransfer").path("transfer");
        assertThat(requested.path("status").asString()).isEqualTo("REQUESTED");
        assertThat(requested.path("person").isNull()).as("the requesting side does not see the person yet").isTrue();
        String transfer = requested.path("id").asString();

        var stranger = graphQl.as("caseworker-haishu").post("mutation { acceptTransfer(input: {id: \"" + transfer + "\"}) { transfer { id } } }");
        assertThat(stranger.errorCode()).as("only the person's jurisdiction decides").isEqualTo("FORBIDDEN");
        JsonNode waiting = changning.post("{ transfers(status: [REQUESTED]) { edges { node { " + TRANSFER + " } } } }").ok()
                .path("transfers").path("edges");
        assertThat(waiting.valueStream().map(e -> e.path("node").path("id").asString())).contains(transfer);

        JsonNode accepted = changning.post("mutation { acceptTransfer(input: {id: \"" + transfer + "\", note: \"已核实\"}) { transfer { " + TRANSFER + " } } }")
                .ok().path("acceptTransfer").path("transfer");
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("decidedBy").asString()).isEqualTo("caseworker-changning");
        assertThat(members(shiqiHousehold)).contains(person);
        assertThat(shiqi.post("query($id: ID!) { person(id: $id) { household { id } labels { label { code } current } } }", Map.of("id", person))
                .ok().path("person").path("labels").valueStream()
                .filter(l -> l.path("label").path("code").asString().equals("HY_ELDERLY_ALONE")))
                .allSatisfy(l -> assertThat(l.path("current").asBoolean()).as("a 华阳路 label ends on leaving 长宁").isFalse());
        assertThat(AuditTrail.about(graphQl, transfer).stream().map(e -> e.path("action").asString()))
                .contains("requestTransfer", "acceptTransfer");
        assertThat(huayang).isNotEmpty();
    }

    @Test
    void aRefusalThatRevealsAnIdNumberElsewhereIsOnRecordUnderAKeyedHash() {
        var shiqi = graphQl.as("caseworker-shiqi");
        String idNumber = neo4j.query("MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $h}) RETURN p.idNumber LIMIT 1")
                .bind(LAO_GUO_HOUSEHOLD).to("h").fetchAs(String.class).one().orElseThrow();
        String household = register(shiqi, SHIQI_GRID, TestPeople.person("丁", LocalDate.of(1980, 8, 8), true));
        Map<String, Object> someone = TestPeople.person("郭", LocalDate.of(1966, 1, 1), true);
        someone.put("idNumber", idNumber);
        someone.put("birthDate", IdentityNumber.parse(idNumber, "id", LocalDate.now()).birthDate().toString());
        someone.put("gender", IdentityNumber.parse(idNumber, "id", LocalDate.now()).gender());

        var refused = shiqi.post(ADD_MEMBER, Map.of("input", Map.of("householdId", household, "role", "OTHER", "person", someone)));

        assertThat(refused.errorCode()).isEqualTo("BAD_USER_INPUT");
        JsonNode event = AuditTrail.of(graphQl, "caseworker-shiqi").stream()
                .filter(e -> e.path("action").asString().equals("addMember") && e.path("outcome").asString().equals("REJECTED"))
                .findFirst().orElseThrow();
        assertThat(AuditTrail.subjects(event)).anyMatch(s -> s.matches("idn:[0-9a-f]{32}")).noneMatch(s -> s.contains(idNumber));
        assertThat(neo4j.query("MATCH (e:AuditEvent) WHERE any(s IN e.subjects WHERE s CONTAINS $n) RETURN count(e)")
                .bind(idNumber).to("n").fetchAs(Long.class).one().orElseThrow()).isZero();
    }

    @Test
    void pastTheHourlyLimitEveryLookUpIsRefusedAlikeWhetherTheNumberExistsOrNot() {
        var changning = graphQl.as("caseworker-changning");
        List<String> haishu = neo4j.query("MATCH (p:Person) WHERE p.gridCode STARTS WITH '330203' RETURN p.idNumber ORDER BY p.id LIMIT 25")
                .fetchAs(String.class).all().stream().toList();
        List<String> codes = new ArrayList<>();
        for (String idNumber : haishu.subList(0, IdentityProbes.LIMIT)) {
            codes.add(addTo(changning, idNumber).errorCode());
        }

        var existing = addTo(changning, haishu.get(IdentityProbes.LIMIT));
        var unknown = changning.post(ADD_MEMBER, Map.of("input", Map.of("householdId", LAO_GUO_HOUSEHOLD, "role", "OTHER",
                "person", TestPeople.person("新", LocalDate.of(1999, 9, 9), false))));

        assertThat(codes).containsOnly("BAD_USER_INPUT");
        assertThat(existing.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(unknown.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(unknown.errorMessage()).isEqualTo(existing.errorMessage());
    }

    @Test
    void confirmingAnIdNumberOfOnesOwnJurisdictionCountsForACallerWhoCannotUnmask() {
        var shiqi = graphQl.as("caseworker-shiqi");
        String decoy = neo4j.query("MATCH (p:Person)-[:MEMBER_OF]->(h:Household) WHERE h.gridCode STARTS WITH '330203009' RETURN p.id ORDER BY p.id LIMIT 1")
                .fetchAs(String.class).one().orElseThrow();
        String other = neo4j.query("MATCH (p:Person) WHERE p.gridCode STARTS WITH '330203009' AND p.id <> $decoy RETURN p.idNumber ORDER BY p.id LIMIT 1")
                .bind(decoy).to("decoy").fetchAs(String.class).one().orElseThrow();
        long before = probes("caseworker-shiqi");

        var refused = shiqi.post("mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }",
                Map.of("input", Map.of("id", decoy, "idNumber", other)));

        assertThat(refused.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(probes("caseworker-shiqi")).isEqualTo(before + 1);
    }

    private long probes(String actor) {
        return neo4j.query("MATCH (p:IdentityProbe {actor: $actor}) RETURN count(p)").bind(actor).to("actor")
                .fetchAs(Long.class).one().orElseThrow();
    }

    private GraphQlHttp.Response addTo(GraphQlHttp client, String idNumber) {
        IdentityNumber number = IdentityNumber.parse(idNumber, "id", LocalDate.now());
        Map<String, Object> person = new HashMap<>(Map.of("name", "某", "idNumber", idNumber,
                "birthDate", number.birthDate().toString(), "gender", number.gender()));
        return client.post(ADD_MEMBER, Map.of("input", Map.of("householdId", LAO_GUO_HOUSEHOLD, "role", "OTHER", "person", person)));
    }

    private String register(GraphQlHttp client, String grid, Map<String, Object> head) {
        Map<String, Object> input = new HashMap<>(Map.of("gridCode", grid, "address", "某街道 3 号", "residence", "REGISTERED", "head", head));
        return client.post(REGISTER, Map.of("input", input)).ok().path("registerHousehold").path("household").path("id").asString();
    }

    private List<String> members(String household) {
        return neo4j.query("MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id").bind(household).to("id")
                .fetchAs(String.class).all().stream().toList();
    }
}
