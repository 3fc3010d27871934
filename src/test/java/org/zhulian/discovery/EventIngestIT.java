package org.zhulian.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.Concurrently;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.TestPeople;

import tools.jackson.databind.JsonNode;

/**
 * Department records in, through the API as a department's feed sends them: matched to persons by ID
 * number or kept unmatched, the same record twice one event, a bad row refused by its index without
 * keeping the good rows out, and no ID number stored with any event.
 */
@IntegrationTest
class EventIngestIT {

    /** 吴桂英, 杨女士's mother (铜官区). */
    static final String WU_GUIYING = "00000000-0000-4000-8001-000000000032";
    static final String WU_GUIYING_ID = "340705195502111028";
    static final String INGEST = """
            mutation($events: [DepartmentEventInput!]!) { ingestEvents(events: $events) {
              received created unchanged rejected { index field message } } }""";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void recordsAreMatchedByIdNumberOrKeptAndTheSameRecordTwiceIsOneEvent() {
        var feed = graphQl.as("partner-medical-insurance");
        String stranger = TestPeople.idNumber(LocalDate.of(1961, 4, 2), true);
        List<Map<String, Object>> batch = List.of(
                event("YB-2026-0001", "MEDICAL_SELF_PAY", WU_GUIYING_ID, Map.of("amount", 6200.5, "inpatient", true)),
                event("YB-2026-0002", "MEDICAL_SELF_PAY", stranger, Map.of("amount", 1800.0)),
                event("YB-2026-0003", "MEDICAL_SELF_PAY", "340705195502111029", Map.of("amount", 300.0)),
                event("YB-2026-0004", "MEDICAL_SELF_PAY", WU_GUIYING_ID, Map.of()),
                event("YB-2026-0005", "DISABILITY_CERTIFICATE", WU_GUIYING_ID, Map.of("disabilityType", "肢体", "disabilityGrade", 5)));

        JsonNode first = feed.post(INGEST, Map.of("events", batch)).ok().path("ingestEvents");

        assertThat(first.path("received").asInt()).isEqualTo(5);
        assertThat(first.path("created").asInt()).isEqualTo(2);
        assertThat(first.has("matched")).as("a feed is not told whether an ID number is in the registry").isFalse();
        assertThat(neo4j.query("MATCH (e:UnmatchedEvent {key: 'MEDICAL_INSURANCE/YB-2026-0002'}) RETURN count(e)").fetchAs(Long.class).one())
                .contains(1L);
        assertThat(first.path("rejected").findValuesAsString("field")).containsExactly("idNumber", "amount", "disabilityGrade");
        assertThat(first.path("rejected").findValues("index")).extracting(JsonNode::asInt).containsExactly(2, 3, 4);
        assertThat(first.path("rejected").toString()).doesNotContain("340705195502111029");
        assertThat(neo4j.query("MATCH (e:DepartmentEvent {key: 'MEDICAL_INSURANCE/YB-2026-0001'})-[:CONCERNS]->(p:Person) RETURN p.id")
                .fetchAs(String.class).one()).contains(WU_GUIYING);

        JsonNode twice = feed.post(INGEST, Map.of("events", List.of(
                event("YB-2026-0009", "MEDICAL_SELF_PAY", WU_GUIYING_ID, Map.of("amount", 100.0)),
                event("YB-2026-0009", "MEDICAL_SELF_PAY", WU_GUIYING_ID, Map.of("amount", 200.0))))).ok().path("ingestEvents");
        assertThat(twice.path("created").asInt()).isEqualTo(1);
        assertThat(twice.path("rejected").findValues("index")).extracting(JsonNode::asInt).as("a batch holding a record twice").containsExactly(1);
        assertThat(neo4j.query("MATCH (e:DepartmentEvent {key: 'MEDICAL_INSURANCE/YB-2026-0009'})-[c:CONCERNS]->() RETURN count(c)")
                .fetchAs(Long.class).one()).contains(1L);

        JsonNode again = feed.post(INGEST, Map.of("events", batch.subList(0, 2))).ok().path("ingestEvents");
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(2);
        JsonNode changed = feed.post(INGEST, Map.of("events", List.of(event("YB-2026-0001", "MEDICAL_SELF_PAY", WU_GUIYING_ID,
                Map.of("amount", 9999.0))))).ok().path("ingestEvents");
        assertThat(changed.path("rejected").findValuesAsString("field")).containsExactly("recordId");
        assertThat(neo4j.query("MATCH (e:DepartmentEvent {key: 'MEDICAL_INSURANCE/YB-2026-0001'}) RETURN e.amount").fetchAs(Double.class).one())
                .as("a record is never overwritten").contains(6200.5);
        assertThat(neo4j.query("MATCH (e:DepartmentEvent) WHERE any(k IN keys(e) WHERE toString(e[k]) IN [$a, $b]) RETURN count(e)")
                .bindAll(Map.of("a", WU_GUIYING_ID, "b", stranger)).fetchAs(Long.class).one()).as("no ID number is stored").contains(0L);
    }

    @Test
    void anEventForSomeoneNotInTheRegistryIsListedUnderItsRegionWithTheIdNumberMasked() {
        String stranger = TestPeople.idNumber(LocalDate.of(1970, 8, 9), false);
        graphQl.as("partner-medical-insurance").post(INGEST, Map.of("events", List.of(
                event("YB-2026-0101", "UNEMPLOYMENT", stranger, Map.of("regionCode", "340705")),
                event("YB-2026-0102", "UNEMPLOYMENT", TestPeople.idNumber(LocalDate.of(1971, 8, 9), true), Map.of())))).ok();

        JsonNode listed = graphQl.as("admin").post("{ unmatchedEvents(first: 100) { totalCount edges { node { recordId type idNumber region { code } department { name } } } } }")
                .ok().path("unmatchedEvents");
        JsonNode event = listed.path("edges").valueStream().map(e -> e.path("node"))
                .filter(n -> n.path("recordId").asString().equals("YB-2026-0101")).findFirst().orElseThrow();
        assertThat(event.path("idNumber").asString()).isEqualTo(stranger.substring(0, 6) + "************");
        assertThat(event.path("region").path("code").asString()).as("the department's region").isEqualTo("340705000000");
        JsonNode byIdNumber = listed.path("edges").valueStream().map(e -> e.path("node"))
                .filter(n -> n.path("recordId").asString().equals("YB-2026-0102")).findFirst().orElseThrow();
        assertThat(byIdNumber.path("region").isNull()).as("listed under the ID number's region, which lies outside the tree").isTrue();
        assertThat(event.path("department").path("name").asString()).isEqualTo("医疗保障局");
        assertThat(graphQl.as("caseworker-haishu").post("{ unmatchedEvents(first: 100) { edges { node { recordId } } } }").ok()
                .path("unmatchedEvents").path("edges").findValuesAsString("recordId")).as("Tongling's is not Haishu's").doesNotContain("YB-2026-0101", "YB-2026-0102");
    }

    @Test
    void recordsOfSomeoneNotYetRegisteredJoinThemOnRegistrationAndCount() {
        String newcomer = TestPeople.idNumber(LocalDate.of(1962, 12, 3), false);
        graphQl.as("partner-medical-insurance").post(INGEST, Map.of("events", List.of(
                event("YB-2026-0301", "MEDICAL_SELF_PAY", newcomer, Map.of("amount", 9000.0, "regionCode", "340705")),
                event("YB-2026-0302", "MEDICAL_SELF_PAY", newcomer, Map.of("amount", 7000.0, "regionCode", "340705"))))).ok();
        var tongling = graphQl.as("caseworker-tongling");
        String unmatched = "{ unmatchedEvents(first: 100) { edges { node { recordId } } } }";
        assertThat(tongling.post(unmatched).ok().path("unmatchedEvents").path("edges").findValuesAsString("recordId"))
                .contains("YB-2026-0301", "YB-2026-0302");

        Map<String, Object> head = new HashMap<>(Map.of("name", "钱秀芳", "gender", "FEMALE", "birthDate", "1962-12-03", "idNumber", newcomer));
        String household = tongling.post("""
                        mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }""",
                Map.of("input", Map.of("gridCode", "340705413001001", "address", "安徽省铜陵市铜官区金口岭路28号", "residence", "REGISTERED",
                        "location", Map.of("latitude", 30.93, "longitude", 117.81), "head", head)))
                .ok().path("registerHousehold").path("household").path("id").asString();

        assertThat(tongling.post(unmatched).ok().path("unmatchedEvents").path("edges").findValuesAsString("recordId"))
                .as("matched now").doesNotContain("YB-2026-0301", "YB-2026-0302");
        JsonNode warnings = tongling.post("""
                        { warnings(filter: {regionCode: "340705413001001"}, first: 100) { edges { node { household { id } annualTotal
                          rule { code } evidence { recordId } } } } }""").ok().path("warnings").path("edges");
        JsonNode warning = warnings.valueStream().map(e -> e.path("node")).filter(n -> n.path("household").path("id").asString().equals(household))
                .findFirst().orElseThrow();
        assertThat(warning.path("rule").path("code").asString()).as("16,000 yuan before the registration count").isEqualTo("TL_MEDICAL_SELF_PAY");
        assertThat(warning.path("evidence").findValuesAsString("recordId")).containsExactlyInAnyOrder("YB-2026-0301", "YB-2026-0302");
        assertThat(neo4j.query("MATCH (e:DepartmentEvent {key: 'MEDICAL_INSURANCE/YB-2026-0301'}) RETURN e.idHash IS NULL AND e.idMasked IS NULL")
                .fetchAs(Boolean.class).one()).as("the hash that found the person is gone").contains(true);
    }

    @Test
    void onlyFeedsSendEventsAndABatchHasItsLimits() {
        List<Map<String, Object>> one = List.of(event("YB-2026-0201", "DEATH", WU_GUIYING_ID, Map.of()));
        assertThat(graphQl.as("caseworker-haishu").post(INGEST, Map.of("events", one)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(graphQl.as("partner-hotline").post(INGEST, Map.of("events", one)).errorCode()).isEqualTo("FORBIDDEN");
        Map<String, Object> notItsOwn = new HashMap<>(event("RS-2026-0001", "UNEMPLOYMENT", WU_GUIYING_ID, Map.of()));
        notItsOwn.put("department", "HUMAN_RESOURCES");
        JsonNode foreign = graphQl.as("partner-medical-insurance").post(INGEST, Map.of("events", List.of(notItsOwn))).ok().path("ingestEvents");
        assertThat(foreign.path("rejected").findValuesAsString("field")).as("a feed speaks for its own department only").containsExactly("department");
        assertThat(foreign.path("created").asInt()).isZero();

        List<Map<String, Object>> large = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            large.add(event("YB-BULK-" + i, "MEDICAL_SELF_PAY", TestPeople.idNumber(LocalDate.of(1950, 1, 1).plusDays(i), i % 2 == 0),
                    Map.of("amount", 100.0 + i)));
        }
        JsonNode bulk = graphQl.as("partner-medical-insurance").post(INGEST, Map.of("events", large)).ok().path("ingestEvents");
        assertThat(bulk.path("created").asInt()).as("a feed's batch is larger than any other request").isEqualTo(2_000);
        assertThat(graphQl.as("partner-hotline").post(INGEST, Map.of("events", large)).status()).as("from any other partner app it is refused unread")
                .isEqualTo(413);

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            tooMany.add(Map.of("department", "MEDICAL_INSURANCE", "recordId", "X" + i, "type", "DEATH", "idNumber", "1", "occurredOn", "2026-01-01"));
        }
        var refused = graphQl.as("partner-medical-insurance").post(INGEST, Map.of("events", tooMany));
        assertThat(refused.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(refused.errorMessage()).contains("10000");
    }

    @Test
    @SuppressWarnings("unchecked")
    void billsOfOnePersonSentAtOnceInManyBatchesAddUpToOneWarningWithEveryBill() throws Exception {
        Map<String, Object> head = TestPeople.person("并发账单", LocalDate.of(1948, 3, 3), false);
        String household = graphQl.as("caseworker-haishu").post("""
                        mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }""",
                Map.of("input", Map.of("gridCode", "330203009005001", "address", "并发测试地址 12 号", "residence", "REGISTERED", "head", head)))
                .ok().path("registerHousehold").path("household").path("id").asString();
        List<Callable<JsonNode>> feeds = new ArrayList<>();
        List<String> bills = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String recordId = "YB-RACE-" + i;
            bills.add(recordId);
            Map<String, Object> bill = new HashMap<>(event(recordId, "MEDICAL_SELF_PAY", (String) head.get("idNumber"), Map.of("amount", 2000.0)));
            bill.put("occurredOn", "2025-0" + (1 + i % 9) + "-1" + i % 10);
            feeds.add(() -> graphQl.as("partner-medical-insurance").post(INGEST, Map.of("events", List.of(bill))).ok().path("ingestEvents"));
        }

        assertThat(Concurrently.all(feeds)).allSatisfy(result -> assertThat(result.path("created").asInt()).isEqualTo(1));

        List<Map<String, Object>> warnings = List.copyOf(neo4j.query("""
                        MATCH (w:Warning {householdId: $household, rule: 'CZ_LARGE_MEDICAL', year: 2025})
                        RETURN w.annualTotal AS total, w.threshold AS threshold, [(w)-[:EVIDENCE]->(e) | e.recordId] AS evidence""")
                .bind(household).to("household").fetch().all());
        assertThat(warnings).as("24,000 yuan in a year passes the default pack's 20,000, once").hasSize(1);
        assertThat(warnings.getFirst()).containsEntry("total", 24000.0).containsEntry("threshold", 20000.0);
        assertThat((List<Object>) warnings.getFirst().get("evidence")).as("each batch read the bills of those before it")
                .containsExactlyInAnyOrderElementsOf(bills);
    }

    static Map<String, Object> event(String recordId, String type, String idNumber, Map<String, Object> details) {
        Map<String, Object> event = new HashMap<>(details);
        event.put("department", "MEDICAL_INSURANCE");
        event.put("recordId", recordId);
        event.put("type", type);
        event.put("idNumber", idNumber);
        event.put("occurredOn", "2026-11-20");
        return event;
    }
}
