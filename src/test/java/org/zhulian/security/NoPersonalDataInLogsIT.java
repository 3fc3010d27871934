package org.zhulian.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.TestPeople;

import tools.jackson.databind.JsonNode;

/**
 * A caseworker's session — archives, searches, kin, clear ID numbers and phones, registrations
 * accepted and refused, bad input, and a record broken enough to fail —
 * leaves none of the names, ID numbers or phones it touched in the application's log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsIT {

    private static final String BROKEN_HOUSEHOLD = "00000000-0000-4000-8eee-000000000001";
    private static final String BROKEN_NAME = "测试坏记录";
    private static final String BROKEN_ID_NUMBER = "330203199001011234";
    private static final String BROKEN_PHONE = "13900001111";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    private static final String REGISTER = """
            mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }""";

    private final List<String> cleanUp = new ArrayList<>(List.of(BROKEN_HOUSEHOLD));

    @AfterEach
    void removeTestRecords() {
        neo4j.query("MATCH (h:Household) WHERE h.id IN $ids OPTIONAL MATCH (h)<-[:MEMBER_OF]-(p) DETACH DELETE h, p")
                .bind(cleanUp).to("ids").run();
    }

    @Test
    void aSessionLeavesNoNamesIdNumbersOrPhonesInTheLog(CapturedOutput log) {
        var caseworker = graphQl.as("caseworker-haishu");
        List<String> touchedIds = new ArrayList<>();

        JsonNode archive = caseworker.post(GraphQlHttp.document("householdArchive"),
                Map.of("id", "00000000-0000-4000-8000-000000000001")).ok().path("household");
        archive.path("members").forEach(m -> touchedIds.add(m.path("id").asString()));
        JsonNode found = caseworker.post(GraphQlHttp.document("personsPage"), Map.of("filter",
                Map.of("regionCode", "330203", "labelsAny", List.of("DIBAO", "SEVERE_DISABILITY")), "first", 50)).ok();
        found.path("persons").path("edges").forEach(e -> touchedIds.add(e.path("node").path("id").asString()));
        caseworker.post(GraphQlHttp.document("person"), Map.of("id", touchedIds.getFirst())).ok();
        caseworker.post(GraphQlHttp.document("personsPage"), Map.of("filter", Map.of("labelsAll", List.of("NO_SUCH"))));
        caseworker.post(GraphQlHttp.document("personsPage"), Map.of("filter", Map.of("regionCode", "王宏")));

        caseworker.post("query($id: ID!) { person(id: $id) { idNumber(unmaskPurpose: \"核对身份\") phone(unmaskPurpose: \"回访\") } }",
                Map.of("id", touchedIds.getFirst())).ok();
        Map<String, Object> newcomer = TestPeople.person("日志测试人", LocalDate.of(1977, 7, 7), true);
        newcomer.put("phone", "13912345678");
        Map<String, Object> registration = Map.of("gridCode", "330203009005001", "address", "日志测试地址 8 号",
                "residence", "REGISTERED", "head", newcomer);
        String registered = caseworker.post(REGISTER, Map.of("input", registration)).ok()
                .path("registerHousehold").path("household").path("id").asString();
        assertThat(caseworker.post(REGISTER, Map.of("input", registration)).errorCode()).isEqualTo("BAD_USER_INPUT");
        Map<String, Object> misTyped = new HashMap<>(newcomer);
        misTyped.put("phone", "1391234567X");
        assertThat(caseworker.post(REGISTER, Map.of("input", Map.of("gridCode", "330203009005001", "address", "日志测试地址 9 号",
                "residence", "REGISTERED", "head", misTyped))).errorCode()).isEqualTo("BAD_USER_INPUT");
        cleanUp.add(registered);

        neo4j.query("""
                        MATCH (g:Region {code: '330203009005001'})
                        CREATE (h:Household {id: $household, address: '测试地址', residence: 'REGISTERED', gridCode: g.code})-[:IN]->(g)
                        CREATE (:Person {id: $household + '-p', name: $name, gender: 'MALE', birthDate: 'not a date',
                                         idNumber: $idNumber, phone: $phone, gridCode: g.code})-[:MEMBER_OF {role: 'HEAD'}]->(h)""")
                .bindAll(Map.of("household", BROKEN_HOUSEHOLD, "name", BROKEN_NAME, "idNumber", BROKEN_ID_NUMBER, "phone", BROKEN_PHONE))
                .run();
        var broken = caseworker.post("query($id: ID!) { household(id: $id) { members { name } } }", Map.of("id", BROKEN_HOUSEHOLD));
        assertThat(broken.errorCode()).isEqualTo("INTERNAL_ERROR");
        assertThat(log.getOut()).contains("Unexpected failure");

        List<String> secrets = new ArrayList<>(List.of(BROKEN_NAME, BROKEN_ID_NUMBER, BROKEN_PHONE, "测试地址",
                "日志测试人", (String) newcomer.get("idNumber"), "13912345678", "1391234567X", "日志测试地址"));
        neo4j.query("MATCH (p:Person) WHERE p.id IN $ids RETURN p.name AS name, p.idNumber AS idNumber, p.phone AS phone")
                .bind(touchedIds).to("ids").fetch().all()
                .forEach(row -> row.values().stream().filter(v -> v != null).forEach(v -> secrets.add(v.toString())));
        assertThat(secrets).hasSizeGreaterThan(50).contains("王宏");
        String output = log.getAll();
        assertThat(secrets).noneSatisfy(secret -> assertThat(output).contains(secret));
        assertThat(broken.text()).doesNotContain(BROKEN_NAME).doesNotContain(BROKEN_ID_NUMBER).doesNotContain("not a date");
    }
}
