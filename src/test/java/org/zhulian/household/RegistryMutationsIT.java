package org.zhulian.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.WANG_HONG_HOUSEHOLD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.TestPeople;

import tools.jackson.databind.JsonNode;

/**
 * Caseworkers keep the archive current through the mutations: each is validated, scoped and
 * audited, and a refused one leaves the graph exactly as it was.
 */
@IntegrationTest
class RegistryMutationsIT {

    static final String SHIQI_GRID = "330203009005002";
    static final String OTHER_STREET_GRID = "330203001005001";
    static final String CHANGNING_GRID = "310105001001001";

    static final String REGISTER = """
            mutation($input: RegisterHouseholdInput!) {
              registerHousehold(input: $input) {
                household { id address grid { code } members { id name role gender birthDate idNumber phone } labels { label { code } } }
              }
            }""";
    static final String ADD_MEMBER = """
            mutation($input: AddMemberInput!) { addMember(input: $input) { person { id name role household { id } } } }""";
    static final String UPDATE_PERSON = """
            mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id name phone role birthDate } } }""";
    static final String REMOVE_MEMBER = """
            mutation($input: RemoveMemberInput!) { removeMember(input: $input) { household { id members { id } } } }""";
    static final String MOVE = """
            mutation($input: MoveHouseholdInput!) {
              moveHousehold(input: $input) { household { id address grid { code } members { id } } }
            }""";
    static final String DEFINE_LABEL = """
            mutation($input: DefineLabelInput!) { defineLabel(input: $input) { label { code name definedIn { code } } } }""";
    static final String ASSIGN_LABEL = """
            mutation($input: AssignLabelInput!) {
              assignLabel(input: $input) { household { id labels { label { code } since until current source { code } } } }
            }""";
    static final String END_LABEL = """
            mutation($input: EndLabelInput!) {
              endLabel(input: $input) { household { id labels { label { code } since until current } } }
            }""";
    static final String HOUSEHOLD = "query($id: ID!) { household(id: $id) { id grid { code } members { id name } } }";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void aCaseworkerRegistersAHouseholdInItsStreetAndTheChangeIsOnRecord() {
        Map<String, Object> head = person("周建华", LocalDate.of(1958, 3, 9), true);
        head.put("phone", "+86 139-0574-1234");

        JsonNode household = graphQl.as("caseworker-shiqi").post(REGISTER, Map.of("input", household(SHIQI_GRID, head)))
                .ok().path("registerHousehold").path("household");

        assertThat(household.path("grid").path("code").asString()).isEqualTo(SHIQI_GRID);
        JsonNode member = household.path("members").get(0);
        assertThat(member.path("name").asString()).isEqualTo("周建华");
        assertThat(member.path("role").asString()).isEqualTo("HEAD");
        assertThat(member.path("gender").asString()).isEqualTo("MALE");
        assertThat(member.path("idNumber").asString()).contains("********");
        assertThat(member.path("phone").asString()).isEqualTo("*******1234");
        assertThat(member.path("birthDate").isNull()).isTrue();
        assertThat(auditActions(household.path("id").asString())).contains("registerHousehold");
    }

    @Test
    void invalidInputNamesTheFieldAndWritesNothing() {
        long before = count();
        var shiqi = graphQl.as("caseworker-shiqi");

        Map<String, Object> badChecksum = person("甲", LocalDate.of(1960, 1, 1), false);
        String number = (String) badChecksum.get("idNumber");
        badChecksum.put("idNumber", number.substring(0, 17) + (number.charAt(17) == '1' ? '2' : '1'));
        assertRejected(shiqi.post(REGISTER, Map.of("input", household(SHIQI_GRID, badChecksum))), "input.head.idNumber");

        Map<String, Object> wrongBirthDate = person("乙", LocalDate.of(1960, 1, 1), false);
        wrongBirthDate.put("birthDate", "1960-01-02");
        assertRejected(shiqi.post(REGISTER, Map.of("input", household(SHIQI_GRID, wrongBirthDate))), "input.head.birthDate");

        Map<String, Object> wrongGender = person("丙", LocalDate.of(1960, 1, 1), false);
        wrongGender.put("gender", "MALE");
        assertRejected(shiqi.post(REGISTER, Map.of("input", household(SHIQI_GRID, wrongGender))), "input.head.gender");

        Map<String, Object> badPhone = person("丁", LocalDate.of(1960, 1, 1), false);
        badPhone.put("phone", "12345");
        assertRejected(shiqi.post(REGISTER, Map.of("input", household(SHIQI_GRID, badPhone))), "input.head.phone");

        Map<String, Object> noAddress = household(SHIQI_GRID, person("戊", LocalDate.of(1960, 1, 1), false));
        noAddress.put("address", "  ");
        assertRejected(shiqi.post(REGISTER, Map.of("input", noAddress)), "input.address");

        Map<String, Object> notAGrid = household("330203009005", person("己", LocalDate.of(1960, 1, 1), false));
        assertRejected(shiqi.post(REGISTER, Map.of("input", notAGrid)), "input.gridCode");

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aGridOutsideTheJurisdictionIsForbiddenAndNothingIsWritten() {
        long before = count();

        var response = graphQl.as("caseworker-shiqi").post(REGISTER,
                Map.of("input", household(OTHER_STREET_GRID, person("庚", LocalDate.of(1970, 6, 1), true))));

        assertThat(response.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyCaseworkersAndAdminChangeTheRegistry() {
        long before = count();
        for (String user : List.of("grid-330203009005002", "charity-demo", "partner-hotline")) {
            var response = graphQl.as(user).post(REGISTER, Map.of("input", household(SHIQI_GRID, person("辛", LocalDate.of(1970, 6, 1), true))));
            assertThat(response.errorCode()).as(user).isEqualTo("FORBIDDEN");
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aPersonBelongsToOneHouseholdAtATimeAndCanMoveAfterRemoval() {
        var shiqi = graphQl.as("caseworker-shiqi");
        String first = register(shiqi, SHIQI_GRID, person("壬", LocalDate.of(1965, 2, 2), true));
        String second = register(shiqi, SHIQI_GRID, person("癸", LocalDate.of(1966, 3, 3), false));
        Map<String, Object> child = person("周小明", LocalDate.of(2012, 9, 1), true);

        String childId = shiqi.post(ADD_MEMBER, Map.of("input", Map.of("householdId", first, "role", "CHILD", "person", child)))
                .ok().path("addMember").path("person").path("id").asString();
        assertRejected(shiqi.post(ADD_MEMBER, Map.of("input", Map.of("householdId", second, "role", "CHILD", "person", child))),
                "input.person.idNumber");

        JsonNode after = shiqi.post(REMOVE_MEMBER, Map.of("input", Map.of("personId", childId, "reason", "随母亲迁出")))
                .ok().path("removeMember").path("household");
        assertThat(ids(after.path("members"))).doesNotContain(childId);

        JsonNode moved = shiqi.post(ADD_MEMBER, Map.of("input", Map.of("householdId", second, "role", "CHILD", "person", child)))
                .ok().path("addMember").path("person");
        assertThat(moved.path("id").asString()).isEqualTo(childId);
        assertThat(moved.path("household").path("id").asString()).isEqualTo(second);
        assertThat(neo4j.query("MATCH (:Person {id: $id})-[f:FORMER_MEMBER_OF]->(:Household {id: $h}) RETURN f.reason")
                .bindAll(Map.of("id", childId, "h", first)).fetchAs(String.class).one()).contains("随母亲迁出");
    }

    @Test
    void aHouseholdHasOneHeadAndTheHeadLeavesLast() {
        var shiqi = graphQl.as("caseworker-shiqi");
        String household = register(shiqi, SHIQI_GRID, person("吴芳", LocalDate.of(1975, 4, 4), false));
        String headId = members(household).get(0);

        assertRejected(shiqi.post(ADD_MEMBER, Map.of("input", Map.of("householdId", household, "role", "HEAD",
                "person", person("吴强", LocalDate.of(1974, 5, 5), true)))), "input.role");
        shiqi.post(ADD_MEMBER, Map.of("input", Map.of("householdId", household, "role", "SPOUSE",
                "person", person("吴强", LocalDate.of(1974, 5, 5), true)))).ok();
        assertRejected(shiqi.post(REMOVE_MEMBER, Map.of("input", Map.of("personId", headId, "reason", "迁出"))), "input.personId");
        assertThat(members(household)).hasSize(2);
    }

    @Test
    void updatingAPersonKeepsIdNumberBirthDateAndGenderInAgreement() {
        var shiqi = graphQl.as("caseworker-shiqi");
        String household = register(shiqi, SHIQI_GRID, person("郑丽", LocalDate.of(1981, 7, 7), false));
        String id = members(household).get(0);

        JsonNode updated = shiqi.post(UPDATE_PERSON, Map.of("input", Map.of("id", id, "name", "郑丽华", "phone", "13805741111")))
                .ok().path("updatePerson").path("person");
        assertThat(updated.path("name").asString()).isEqualTo("郑丽华");
        assertThat(updated.path("phone").asString()).isEqualTo("*******1111");

        assertRejected(shiqi.post(UPDATE_PERSON, Map.of("input", Map.of("id", id, "birthDate", "1981-07-08"))), "input.birthDate");
        String corrected = (String) person("郑丽华", LocalDate.of(1981, 7, 8), false).get("idNumber");
        JsonNode fixed = shiqi.post(UPDATE_PERSON, Map.of("input", Map.of("id", id, "idNumber", corrected)))
                .ok().path("updatePerson").path("person");
        assertThat(graphQl.as("caseworker-haishu").post("query($id: ID!) { person(id: $id) { birthDate(unmaskPurpose: \"核对身份证号\") } }",
                Map.of("id", id)).ok().path("person").path("birthDate").asString()).isEqualTo("1981-07-08");
    }

    @Test
    void anOptionalFieldGivenAsNullIsClearedAndAnOmittedOneStays() {
        var shiqi = graphQl.as("caseworker-shiqi");
        Map<String, Object> head = person("何静", LocalDate.of(1983, 12, 1), false);
        head.put("phone", "13805742222");
        head.put("monthlyIncome", 2600.0);
        String id = members(register(shiqi, SHIQI_GRID, head)).get(0);
        String query = "query($id: ID!) { person(id: $id) { phone monthlyIncome } }";

        Map<String, Object> clearPhone = new HashMap<>();
        clearPhone.put("id", id);
        clearPhone.put("phone", null);
        shiqi.post(UPDATE_PERSON, Map.of("input", clearPhone)).ok();

        JsonNode person = shiqi.post(query, Map.of("id", id)).ok().path("person");
        assertThat(person.path("phone").isNull()).isTrue();
        assertThat(person.path("monthlyIncome").asDouble()).isEqualTo(2600.0);
    }

    @Test
    void aMoveNeedsBothEndsInTheJurisdictionAndCarriesMembersAlong() {
        var haishu = graphQl.as("caseworker-haishu");
        var shiqi = graphQl.as("caseworker-shiqi");
        String household = register(shiqi, SHIQI_GRID, person("钱进", LocalDate.of(1950, 8, 8), true));

        var refused = shiqi.post(MOVE, Map.of("input", Map.of("id", household, "gridCode", OTHER_STREET_GRID, "address", "新地址 1 号")));
        assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(shiqi.post(HOUSEHOLD, Map.of("id", household)).ok().path("household").path("grid").path("code").asString())
                .isEqualTo(SHIQI_GRID);

        JsonNode moved = haishu.post(MOVE, Map.of("input", Map.of("id", household, "gridCode", OTHER_STREET_GRID, "address", "新地址 1 号")))
                .ok().path("moveHousehold").path("household");
        assertThat(moved.path("grid").path("code").asString()).isEqualTo(OTHER_STREET_GRID);
        assertThat(shiqi.post(HOUSEHOLD, Map.of("id", household)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(neo4j.query("MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN DISTINCT p.gridCode")
                .bind(household).to("id").fetchAs(String.class).all()).containsExactly(OTHER_STREET_GRID);
        assertThat(haishu.post(MOVE, Map.of("input", Map.of("id", household, "gridCode", CHANGNING_GRID, "address", "上海")))
                .errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aStreetLabelServesItsStreetOnlyAndEndingKeepsTheHistory() {
        var shiqi = graphQl.as("caseworker-shiqi");
        JsonNode label = shiqi.post(DEFINE_LABEL, Map.of("input", Map.of("code", "SHIQI_FLOOD_2026", "name", "石碶水灾受灾户",
                "category", "SOCIAL"))).ok().path("defineLabel").path("label");
        assertThat(label.path("definedIn").path("code").asString()).isEqualTo("330203009000");
        assertRejected(shiqi.post(DEFINE_LABEL, Map.of("input", Map.of("code", "SHIQI_FLOOD_2026", "name", "重复", "category", "SOCIAL"))),
                "input.code");

        String inStreet = register(shiqi, SHIQI_GRID, person("孙梅", LocalDate.of(1962, 10, 10), false));
        String elsewhere = register(graphQl.as("caseworker-haishu"), OTHER_STREET_GRID, person("孙海", LocalDate.of(1963, 11, 11), true));

        JsonNode assigned = shiqi.post(ASSIGN_LABEL, Map.of("input", Map.of("labelCode", "SHIQI_FLOOD_2026", "holderId", inStreet,
                "since", "2026-07-01", "sourceCode", "CIVIL_AFFAIRS"))).ok().path("assignLabel").path("household");
        assertThat(assignment(assigned, "SHIQI_FLOOD_2026").path("current").asBoolean()).isTrue();
        assertRejected(graphQl.as("caseworker-haishu").post(ASSIGN_LABEL, Map.of("input",
                Map.of("labelCode", "SHIQI_FLOOD_2026", "holderId", elsewhere))), "input.labelCode");
        assertRejected(shiqi.post(ASSIGN_LABEL, Map.of("input", Map.of("labelCode", "SHIQI_FLOOD_2026", "holderId", inStreet))),
                "input.labelCode");

        assertRejected(shiqi.post(END_LABEL, Map.of("input", Map.of("labelCode", "SHIQI_FLOOD_2026", "holderId", inStreet,
                "until", "2026-06-30"))), "input.until");
        JsonNode ended = shiqi.post(END_LABEL, Map.of("input", Map.of("labelCode", "SHIQI_FLOOD_2026", "holderId", inStreet,
                "until", "2026-10-31"))).ok().path("endLabel").path("household");
        JsonNode history = assignment(ended, "SHIQI_FLOOD_2026");
        assertThat(history.path("until").asString()).isEqualTo("2026-10-31");
        assertThat(history.path("current").asBoolean()).isFalse();
        assertRejected(shiqi.post(END_LABEL, Map.of("input", Map.of("labelCode", "SHIQI_FLOOD_2026", "holderId", inStreet))),
                "input.labelCode");
    }

    @Test
    void labellingAHouseholdOutsideTheJurisdictionIsForbidden() {
        var response = graphQl.as("caseworker-changning").post(ASSIGN_LABEL,
                Map.of("input", Map.of("labelCode", "DIBAO", "holderId", WANG_HONG_HOUSEHOLD)));

        assertThat(response.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(response.errorMessage()).isEqualTo(graphQl.as("caseworker-changning").post(ASSIGN_LABEL,
                Map.of("input", Map.of("labelCode", "DIBAO", "holderId", "00000000-0000-4000-8fff-000000000000"))).errorMessage());
    }

    @Test
    void concurrentAdditionsOfOnePersonLeaveThemInExactlyOneHousehold() throws Exception {
        var shiqi = graphQl.as("caseworker-shiqi");
        List<String> households = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            households.add(register(shiqi, SHIQI_GRID, person("冯" + i, LocalDate.of(1970 + i, 1, 15), true)));
        }
        Map<String, Object> contested = person("冯小雨", LocalDate.of(2015, 5, 20), false);

        List<Callable<GraphQlHttp.Response>> attempts = households.stream().<Callable<GraphQlHttp.Response>>map(h -> () ->
                shiqi.post(ADD_MEMBER, Map.of("input", Map.of("householdId", h, "role", "CHILD", "person", contested)))).toList();
        List<GraphQlHttp.Response> responses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(attempts.size())) {
            for (Future<GraphQlHttp.Response> f : pool.invokeAll(attempts)) {
                responses.add(f.get());
            }
        }

        assertThat(responses).filteredOn(r -> r.errors().isMissingNode() || r.errors().isEmpty()).hasSize(1);
        assertThat(responses).filteredOn(r -> !r.errors().isMissingNode() && !r.errors().isEmpty())
                .allSatisfy(r -> assertThat(r.errorCode()).isEqualTo("BAD_USER_INPUT"));
        assertThat(neo4j.query("MATCH (p:Person {idNumber: $n}) OPTIONAL MATCH (p)-[m:MEMBER_OF]->() RETURN count(DISTINCT p) * 100 + count(m)")
                .bind(contested.get("idNumber")).to("n").fetchAs(Long.class).one()).contains(101L);
    }

    @Test
    void hostileTextIsStoredAsTextAndChangesNothingElse() {
        long before = neo4j.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
        String hostile = "x'}) DETACH DELETE n // \" MATCH (m) DETACH DELETE m";
        var shiqi = graphQl.as("caseworker-shiqi");

        Map<String, Object> input = household(SHIQI_GRID, person(hostile.substring(0, 30), LocalDate.of(1990, 1, 1), true));
        input.put("address", hostile);
        JsonNode household = shiqi.post(REGISTER, Map.of("input", input)).ok().path("registerHousehold").path("household");

        assertThat(household.path("address").asString()).isEqualTo(hostile);
        assertThat(neo4j.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow())
                .isGreaterThanOrEqualTo(before + 2);
    }

    private String register(GraphQlHttp client, String grid, Map<String, Object> head) {
        return client.post(REGISTER, Map.of("input", household(grid, head))).ok()
                .path("registerHousehold").path("household").path("id").asString();
    }

    private List<String> members(String household) {
        return ids(graphQl.post(HOUSEHOLD, Map.of("id", household)).ok().path("household").path("members"));
    }

    private List<String> auditActions(String subjectId) {
        List<String> actions = new ArrayList<>();
        graphQl.post("query($s: ID) { auditLog(filter: {subjectId: $s}) { edges { node { action } } } }", Map.of("s", subjectId))
                .ok().path("auditLog").path("edges").forEach(e -> actions.add(e.path("node").path("action").asString()));
        return actions;
    }

    private long count() {
        return neo4j.query("MATCH (n) WHERE n:Household OR n:Person RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
    }

    private static void assertRejected(GraphQlHttp.Response response, String field) {
        assertThat(response.errorCode()).as(response.text()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("extensions").path("field").asString()).as(response.text()).isEqualTo(field);
    }

    private static JsonNode assignment(JsonNode household, String code) {
        for (JsonNode assignment : household.path("labels")) {
            if (assignment.path("label").path("code").asString().equals(code)) {
                return assignment;
            }
        }
        throw new AssertionError("No assignment of " + code);
    }

    private static List<String> ids(JsonNode nodes) {
        List<String> ids = new ArrayList<>();
        nodes.forEach(n -> ids.add(n.path("id").asString()));
        return ids;
    }

    private static Map<String, Object> household(String grid, Map<String, Object> head) {
        Map<String, Object> input = new HashMap<>();
        input.put("gridCode", grid);
        input.put("address", "宁波市海曙区石碶街道 12 号");
        input.put("location", Map.of("latitude", 29.81, "longitude", 121.52));
        input.put("residence", "REGISTERED");
        input.put("head", head);
        return input;
    }

    private static Map<String, Object> person(String name, LocalDate birthDate, boolean male) {
        return TestPeople.person(name, birthDate, male);
    }
}
