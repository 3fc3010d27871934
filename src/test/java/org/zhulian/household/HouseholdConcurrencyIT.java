package org.zhulian.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.Concurrently;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.TestPeople;

import tools.jackson.databind.JsonNode;

/**
 * Concurrent caseworkers on one household, against the real database: whatever the interleaving,
 * a household keeps exactly one head, a person is in at most one household, no change fails with
 * an internal error, and every attempt is on record with its outcome.
 */
@IntegrationTest
class HouseholdConcurrencyIT {

    static final String GRID = "330203009005002";
    static final String REGISTER = """
            mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id members { id } } } }""";
    static final String ADD_MEMBER = """
            mutation($input: AddMemberInput!) { addMember(input: $input) { person { id } } }""";
    static final String UPDATE_PERSON = """
            mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id role } } }""";
    static final String REMOVE_MEMBER = """
            mutation($input: RemoveMemberInput!) { removeMember(input: $input) { household { id } } }""";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void fortyConcurrentAdditionsToOneHouseholdAllLandAndEveryAttemptIsOnRecord() throws Exception {
        var haishu = graphQl.as("caseworker-haishu");
        String household = register(haishu);
        List<Callable<GraphQlHttp.Response>> additions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            additions.add(() -> haishu.post(ADD_MEMBER, Map.of("input",
                    Map.of("householdId", household, "role", "CHILD", "person", TestPeople.person("子", LocalDate.of(2001, 5, 5), true)))));
        }

        List<GraphQlHttp.Response> responses = Concurrently.all(additions);

        assertThat(responses).allSatisfy(response -> response.ok());
        assertThat(members(household)).hasSize(41);
        List<JsonNode> attempts = AuditTrail.about(graphQl, household).stream()
                .filter(e -> e.path("action").asString().equals("addMember")).toList();
        assertThat(attempts).filteredOn(e -> e.path("outcome").asString().equals("SUCCEEDED")).hasSize(40);
        assertThat(attempts).allMatch(e -> List.of("SUCCEEDED", "FAILED").contains(e.path("outcome").asString()));
    }

    @Test
    void concurrentHandOversAndNewHeadsLeaveExactlyOneHead() throws Exception {
        var haishu = graphQl.as("caseworker-haishu");
        String household = register(haishu);
        List<String> children = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            children.add(add(haishu, household, "CHILD"));
        }
        List<Callable<GraphQlHttp.Response>> changes = new ArrayList<>();
        for (String child : children) {
            changes.add(() -> haishu.post(UPDATE_PERSON, Map.of("input", Map.of("id", child, "role", "HEAD", "formerHeadRole", "PARENT"))));
            changes.add(() -> haishu.post(ADD_MEMBER, Map.of("input",
                    Map.of("householdId", household, "role", "HEAD", "person", TestPeople.person("新", LocalDate.of(1980, 1, 1), false)))));
        }

        List<GraphQlHttp.Response> responses = Concurrently.all(changes);

        assertThat(heads(household)).isEqualTo(1);
        assertThat(responses).allSatisfy(response -> assertThat(response.errorCode()).isIn("", "BAD_USER_INPUT"));
        assertThat(responses).filteredOn(response -> response.errorCode().isEmpty()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void theHeadKeepsTheRoleUntilAnotherMemberTakesItOver() {
        var haishu = graphQl.as("caseworker-haishu");
        String household = register(haishu);
        String head = members(household).getFirst();
        String child = add(haishu, household, "CHILD");

        var demoted = haishu.post(UPDATE_PERSON, Map.of("input", Map.of("id", head, "role", "SPOUSE")));
        var withoutFormerRole = haishu.post(UPDATE_PERSON, Map.of("input", Map.of("id", child, "role", "HEAD")));
        var handedOver = haishu.post(UPDATE_PERSON, Map.of("input", Map.of("id", child, "role", "HEAD", "formerHeadRole", "PARENT")));

        assertThat(demoted.errors().path(0).path("extensions").path("field").asString()).isEqualTo("input.role");
        assertThat(withoutFormerRole.errors().path(0).path("extensions").path("field").asString()).isEqualTo("input.formerHeadRole");
        assertThat(handedOver.ok().path("updatePerson").path("person").path("role").asString()).isEqualTo("HEAD");
        assertThat(roleOf(head)).isEqualTo("PARENT");
        assertThat(heads(household)).isEqualTo(1);
    }

    /**
     * Rounds of random changes to two households at once: additions (some as head, some of one
     * person to both), hand-overs, role changes and removals. After every round the invariants hold:
     * one head in a household with members (the head leaves last, so only an emptied one has none),
     * no person in two households.
     */
    @Test
    void anyInterleavingKeepsOneHeadAndOneHouseholdPerPerson() throws Exception {
        var haishu = graphQl.as("caseworker-haishu");
        Random random = new Random(11643);
        List<String> households = List.of(register(haishu), register(haishu));
        for (int round = 0; round < 6; round++) {
            Map<String, Object> shared = TestPeople.person("共", LocalDate.of(1990, 2, 2), random.nextBoolean());
            List<Callable<GraphQlHttp.Response>> changes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String household = households.get(random.nextInt(2));
                List<String> members = members(household);
                String member = members.isEmpty() ? null : members.get(random.nextInt(members.size()));
                String[] roles = {"HEAD", "CHILD", "SPOUSE"};
                changes.add(switch (member == null ? 0 : random.nextInt(5)) {
                    case 0 -> () -> haishu.post(ADD_MEMBER, Map.of("input", Map.of("householdId", household,
                            "role", roles[random.nextInt(2)], "person", TestPeople.person("甲", LocalDate.of(1970, 3, 3), true))));
                    case 1 -> () -> haishu.post(ADD_MEMBER, Map.of("input", Map.of("householdId", household, "role", "OTHER", "person", shared)));
                    case 2 -> () -> haishu.post(UPDATE_PERSON, Map.of("input", Map.of("id", member, "role", "HEAD", "formerHeadRole", "OTHER")));
                    case 3 -> () -> haishu.post(UPDATE_PERSON, Map.of("input", Map.of("id", member, "role", roles[1 + random.nextInt(2)])));
                    default -> () -> haishu.post(REMOVE_MEMBER, Map.of("input", Map.of("personId", member, "reason", "迁出")));
                });
            }

            List<GraphQlHttp.Response> responses = Concurrently.all(changes);

            assertThat(responses).allSatisfy(response -> assertThat(response.errorCode()).as(response.text()).isIn("", "BAD_USER_INPUT"));
            for (String household : households) {
                assertThat(heads(household)).as("heads after round %d", round).isEqualTo(members(household).isEmpty() ? 0 : 1);
            }
            assertThat(neo4j.query("MATCH (p:Person)-[:MEMBER_OF]->(h:Household) WITH p, count(h) AS n WHERE n > 1 RETURN count(p)")
                    .fetchAs(Long.class).one().orElseThrow()).isZero();
        }
    }

    private String register(GraphQlHttp client) {
        Map<String, Object> input = new HashMap<>();
        input.put("gridCode", GRID);
        input.put("address", "宁波市海曙区石碶街道 20 号");
        input.put("residence", "REGISTERED");
        input.put("head", TestPeople.person("户主", LocalDate.of(1960, 6, 6), true));
        return client.post(REGISTER, Map.of("input", input)).ok().path("registerHousehold").path("household").path("id").asString();
    }

    private String add(GraphQlHttp client, String household, String role) {
        return client.post(ADD_MEMBER, Map.of("input", Map.of("householdId", household, "role", role,
                "person", TestPeople.person("员", LocalDate.of(1995, 4, 4), true)))).ok().path("addMember").path("person").path("id").asString();
    }

    private List<String> members(String household) {
        return neo4j.query("MATCH (p:Person)-[m:MEMBER_OF]->(:Household {id: $id}) RETURN p.id ORDER BY m.role = 'HEAD' DESC, p.id")
                .bind(household).to("id").fetchAs(String.class).all().stream().toList();
    }

    private long heads(String household) {
        return neo4j.query("MATCH (:Person)-[m:MEMBER_OF {role: 'HEAD'}]->(:Household {id: $id}) RETURN count(m)")
                .bind(household).to("id").fetchAs(Long.class).one().orElseThrow();
    }

    private String roleOf(String person) {
        return neo4j.query("MATCH (:Person {id: $id})-[m:MEMBER_OF]->() RETURN m.role").bind(person).to("id")
                .fetchAs(String.class).one().orElseThrow();
    }
}
