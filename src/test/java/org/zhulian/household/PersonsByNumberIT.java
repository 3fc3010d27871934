package org.zhulian.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.WANG_HONG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The counter's look-up: the citizen gives an ID number or a phone, the caseworker finds the person
 * in her jurisdiction, and neither the log nor the audit trail keeps the number; a caller who may
 * not unmask cannot confirm masked numbers by guessing more than the probe limit allows.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonsByNumberIT {

    static final String LOOKUP = "query($number: String!) { personsByNumber(number: $number) { id name idNumber } }";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void aCaseworkerFindsAPersonOfHerStreetByIdNumberOrPhoneAndTheNumberIsKeptNowhere(CapturedOutput log) {
        Map<String, Object> wangHong = neo4j.query("MATCH (p:Person {id: $id}) RETURN p.idNumber AS idNumber, p.phone AS phone")
                .bind(WANG_HONG).to("id").fetch().one().orElseThrow();
        String idNumber = (String) wangHong.get("idNumber");
        var haishu = graphQl.as("caseworker-haishu");

        assertThat(names(haishu.post(LOOKUP, Map.of("number", idNumber.toLowerCase())).ok())).containsExactly("王宏");
        assertThat(wangHong.get("phone")).isNotNull();
        assertThat(names(haishu.post(LOOKUP, Map.of("number", " " + wangHong.get("phone") + " ")).ok())).contains("王宏");
        assertThat(haishu.post(LOOKUP, Map.of("number", idNumber)).ok().path("personsByNumber").get(0).path("idNumber").asString())
                .as("masked as everywhere").doesNotContain(idNumber.substring(6, 14));
        assertThat(graphQl.as("caseworker-tongling").post(LOOKUP, Map.of("number", idNumber)).ok().path("personsByNumber"))
                .as("not in her jurisdiction: nothing").isEmpty();

        var refused = haishu.post(LOOKUP, Map.of("number", "33020319"));
        assertThat(refused.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(refused.errors().toString()).doesNotContain("33020319");
        assertThat(AuditTrail.of(graphQl, "caseworker-haishu").stream().filter(e -> e.path("action").asString().equals("personsByNumber")))
                .anySatisfy(event -> assertThat(AuditTrail.subjects(event)).contains(WANG_HONG))
                .allSatisfy(event -> assertThat(event.toString()).doesNotContain(idNumber));
        assertThat(log.getAll()).doesNotContain(idNumber).doesNotContain(idNumber.toLowerCase());
    }

    @Test
    void aCallerWhoMayNotUnmaskIsStoppedAfterTwentyLookUps() {
        String grid = neo4j.query("MATCH (r:Region {level: 'GRID'}) WHERE r.code STARTS WITH '330203009' RETURN r.code ORDER BY r.code DESC LIMIT 1")
                .fetchAs(String.class).one().orElseThrow();
        var worker = graphQl.as("grid-" + grid);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            String phone = "1390000" + String.format("%04d", i);
            var response = worker.post(LOOKUP, Map.of("number", phone));
            answers.add(response.errorCode().isEmpty() ? "ANSWERED" : response.errorCode());
        }
        assertThat(answers.subList(0, 20)).containsOnly("ANSWERED");
        assertThat(answers.get(20)).isEqualTo("FORBIDDEN");
    }

    private static List<String> names(JsonNode data) {
        return data.path("personsByNumber").valueStream().map(p -> p.path("name").asString()).toList();
    }
}
