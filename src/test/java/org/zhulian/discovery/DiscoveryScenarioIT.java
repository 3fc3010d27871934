package org.zhulian.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The articles' households, found the way their cities found them: department records in through
 * the feed, each city's rules over them, a warning in the grid worker's inbox with its due date.
 */
@IntegrationTest
class DiscoveryScenarioIT {

    static final String YANG_HOUSEHOLD = "00000000-0000-4000-8000-000000000003";
    static final String YANG_GRID = "340705413001001";
    static final String WARNING = """
            id status warningClass level year dueDate overdue assignee annualTotal threshold
            rule { code name packRegion } household { id address } evidence { recordId type amount occurredOn person { name } }""";
    static final String CHANGED = " { warning { " + WARNING + """
             visit { visitedOn withinDeadline answers { policyAwareness } findings photos }
             result { outcome aid aidAmountYuan note closedBy need { id status description }
                      policyChange { since ended { labelCode memberId } assigned { labelCode memberId } } } } } }""";
    static final String REVIEW = "mutation($input: ReviewWarningInput!) { reviewWarning(input: $input)" + CHANGED;
    static final String REPORT = "mutation($input: ReportVisitInput!) { reportVisit(input: $input)" + CHANGED;
    static final String CLOSE = "mutation($input: CloseWarningInput!) { closeWarning(input: $input)" + CHANGED;
    static final String WARNINGS = "query($f: WarningFilter) { warnings(filter: $f, first: 100) { totalCount edges { node { " + WARNING + " } } } }";

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void yangsMothersBillsCrossTonglingsThresholdOnceAndTheGridWorkerHasToVisitWithinFiveWorkingDays() {
        var feed = graphQl.as("partner-medical-insurance");
        Map<String, Object> march = event("TL-2025-0301", "MEDICAL_SELF_PAY", EventIngestIT.WU_GUIYING_ID, "2025-03-02", Map.of("amount", 9000.0));
        Map<String, Object> june = event("TL-2025-0610", "MEDICAL_SELF_PAY", EventIngestIT.WU_GUIYING_ID, "2025-06-10",
                Map.of("amount", 7000.0, "inpatient", true));

        ingest(feed, List.of(march));
        assertThat(warningsOf(YANG_GRID)).as("9,000 is below 15,000 for a household without 低保 or 特困").isZero();
        ingest(feed, List.of(june));
        assertThat(warningsOf(YANG_GRID)).as("16,000 crosses it").isEqualTo(1);
        JsonNode again = ingest(feed, List.of(march, june));
        assertThat(again.path("unchanged").asInt()).isEqualTo(2);
        assertThat(warningsOf(YANG_GRID)).isEqualTo(1);
        ingest(feed, List.of(event("TL-2025-0801", "MEDICAL_SELF_PAY", EventIngestIT.WU_GUIYING_ID, "2025-08-01", Map.of("amount", 500.0))));

        List<JsonNode> warnings = nodes(graphQl.as("admin").post(WARNINGS, Map.of("f", Map.of("regionCode", YANG_GRID))).ok().path("warnings"));
        assertThat(warnings).as("one open warning per household, rule and year: new bills join it").hasSize(1);
        JsonNode warning = warnings.getFirst();
        assertThat(warning.path("rule").path("code").asString()).isEqualTo("TL_MEDICAL_SELF_PAY");
        assertThat(warning.path("rule").path("packRegion").asString()).isEqualTo("340700000000");
        assertThat(warning.path("status").asString()).isEqualTo("DISPATCHED");
        assertThat(warning.path("warningClass").asString()).isEqualTo("WARNING");
        assertThat(warning.path("year").asInt()).isEqualTo(2025);
        assertThat(warning.path("threshold").asDouble()).isEqualTo(15000.0);
        assertThat(warning.path("annualTotal").asDouble()).isEqualTo(16500.0);
        assertThat(warning.path("assignee").asString()).isEqualTo("grid-" + YANG_GRID);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(warning.path("dueDate").asString()).isEqualTo(WorkingDays.official().after(today, 5).toString());
        assertThat(warning.path("household").path("id").asString()).isEqualTo(YANG_HOUSEHOLD);
        assertThat(warning.path("evidence").findValuesAsString("recordId")).containsExactly("TL-2025-0301", "TL-2025-0610", "TL-2025-0801");
        assertThat(warning.path("evidence").findValuesAsString("name")).containsOnly("吴桂英");

        JsonNode inbox = graphQl.as("grid-" + YANG_GRID).post("{ myWarnings { edges { node { id dueDate household { address } } } } }").ok()
                .path("myWarnings");
        assertThat(inbox.path("edges").findValuesAsString("id")).contains(warning.path("id").asString());
        assertThat(graphQl.as("grid-330203009005001").post("{ myWarnings { edges { node { id } } } }").ok().path("myWarnings")
                .path("edges").findValuesAsString("id")).as("another grid's worker").doesNotContain(warning.path("id").asString());
        assertThat(graphQl.as("charity-demo").post("{ warnings { totalCount } }").errorCode()).isEqualTo("FORBIDDEN");

        String id = warning.path("id").asString();
        String phone = "query($f: WarningFilter) { warnings(filter: $f) { edges { node { contactPhone } } } }";
        assertThat(graphQl.as("grid-" + YANG_GRID).post(phone, Map.of("f", Map.of("regionCode", YANG_GRID))).ok().path("warnings")
                .path("edges").path(0).path("node").path("contactPhone").asString()).as("the grid worker calls before visiting").isEqualTo("13705620418");
        assertThat(graphQl.as("caseworker-tongling").post(phone, Map.of("f", Map.of("regionCode", YANG_GRID))).ok().path("warnings")
                .path("edges").path(0).path("node").path("contactPhone").asString()).isEqualTo("*******0418");
        assertThat(AuditTrail.of(graphQl, "grid-" + YANG_GRID)).anySatisfy(event -> {
            assertThat(event.path("action").asString()).isEqualTo("Warning.contactPhone");
            assertThat(event.path("purpose").asString()).isEqualTo("warning:" + id);
        });
        Map<String, Object> visit = Map.of("id", id, "visitedOn", today.toString(), "findings", "母亲住院后家中积蓄用尽，女儿一边工作一边照料",
                "photos", List.of("doc://visits/2025/tl-0001.jpg"), "answers", Map.of("livelihood", "吃穿住行基本有保障", "medicalAndEducation",
                        "母亲住院费用高，自付部分负担重", "employment", "女儿在职，收入不高", "policyAwareness", "不了解临时救助", "serviceEvaluation", "满意"));
        assertThat(graphQl.as("grid-330203009005001").post(REPORT, Map.of("input", visit)).errorCode()).as("another grid's worker")
                .isEqualTo("FORBIDDEN");
        assertThat(graphQl.as("caseworker-tongling").post(CLOSE, Map.of("input", Map.of("id", id, "outcome", "NO_ACTION", "note", "x")))
                .errorMessage()).as("not visited yet").contains("DISPATCHED");
        JsonNode visited = graphQl.as("grid-" + YANG_GRID).post(REPORT, Map.of("input", visit)).ok().path("reportVisit").path("warning");
        assertThat(visited.path("status").asString()).isEqualTo("VISITED");
        assertThat(visited.path("visit").path("withinDeadline").asBoolean()).isTrue();
        assertThat(visited.path("visit").path("answers").path("policyAwareness").asString()).isEqualTo("不了解临时救助");

        JsonNode closed = graphQl.as("caseworker-tongling").post(CLOSE, Map.of("input", Map.of("id", id, "outcome", "AID_GRANTED",
                "aid", "临时救助", "aidAmountYuan", 3000.0, "note", "按支出型困难给予临时救助"))).ok().path("closeWarning").path("warning");
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("result").path("outcome").asString()).isEqualTo("AID_GRANTED");
        assertThat(closed.path("result").path("aidAmountYuan").asDouble()).isEqualTo(3000.0);
        assertThat(closed.path("result").path("closedBy").asString()).isEqualTo("caseworker-tongling");
        assertThat(graphQl.as("grid-" + YANG_GRID).post("{ myWarnings { edges { node { id } } } }").ok().path("myWarnings")
                .path("edges").findValuesAsString("id")).as("out of the inbox").doesNotContain(id);
        assertThat(graphQl.as("grid-" + YANG_GRID).post(phone, Map.of("f", Map.of("regionCode", YANG_GRID))).ok().path("warnings")
                .path("edges").path(0).path("node").path("contactPhone").asString()).as("closed: masked again").isEqualTo("*******0418");
    }

    @Test
    void liusNewCertificateLisMotherInLawsBillAndAnUnemploymentInHaishuGoWhereTheirCitiesSendThem() {
        var feed = graphQl.as("partner-medical-insurance");
        ingest(feed, List.of(
                event("CL-2025-0805", "DISABILITY_CERTIFICATE", "340706197409234571", "2025-08-05", Map.of("disabilityType", "肢体", "disabilityGrade", 2)),
                event("HN-2025-0408", "MEDICAL_SELF_PAY", "411122195605053062", "2025-04-08", Map.of("amount", 6000.0, "inpatient", true)),
                event("NB-2025-1101", "UNEMPLOYMENT", "330203198309031482", "2025-11-01", Map.of())));

        JsonNode liu = only(graphQl.as("admin").post(WARNINGS, Map.of("f", Map.of("regionCode", "340706100003001"))).ok().path("warnings"));
        assertThat(liu.path("rule").path("code").asString()).isEqualTo("TL_NEW_DISABILITY");
        assertThat(liu.path("status").asString()).isEqualTo("DISPATCHED");

        JsonNode li = only(graphQl.as("admin").post(WARNINGS, Map.of("f", Map.of("regionCode", "411122101229001"))).ok().path("warnings")
                /* her household scores 30 on Henan's indicators, below its line of 50: the bill alone raises the warning */);
        assertThat(li.path("rule").path("code").asString()).as("Henan's pack, 临颍县 being in Henan").isEqualTo("HN_MEDICAL_SELF_PAY");
        assertThat(li.path("level").asString()).isEqualTo("URGENT");
        closingWithAPolicyChangeChangesTheLabelsOrNothing(li.path("id").asString());
        ingest(feed, List.of(event("HN-2025-0512", "UNEMPLOYMENT", "411122198201305175", "2025-05-12", Map.of())));
        JsonNode scored = graphQl.as("admin").post("""
                        { warnings(filter: {regionCode: "411122101229001"}) { edges { node { rule { code } level score
                          scoreBreakdown { indicator points } } } } }""").ok().path("warnings").path("edges").valueStream()
                .map(e -> e.path("node")).filter(n -> n.path("rule").path("code").asString().equals("HN_SCORED")).findFirst().orElseThrow();
        assertThat(scored.path("score").asInt()).as("her husband's unemployment and her mother's bill, 25 + 30, pass the line of 50")
                .isEqualTo(55);
        assertThat(scored.path("scoreBreakdown").findValuesAsString("indicator")).containsExactlyInAnyOrder("MEDICAL", "UNEMPLOYMENT");
        assertThat(scored.path("level").asString()).isEqualTo("GENERAL");

        JsonNode hint = only(graphQl.as("admin").post(WARNINGS, Map.of("f", Map.of("regionCode", "330203009005001",
                "warningClass", "HINT"))).ok().path("warnings"));
        assertThat(hint.path("rule").path("code").asString()).isEqualTo("CZ_UNEMPLOYMENT");
        assertThat(hint.path("status").asString()).as("a hint is reviewed before anything is dispatched").isEqualTo("REVIEW");
        assertThat(hint.path("dueDate").isNull()).isTrue();
        assertThat(hint.path("assignee").isNull()).isTrue();
        assertThat(graphQl.as("grid-330203009005001").post("{ myWarnings { edges { node { id } } } }").ok().path("myWarnings")
                .path("edges").findValuesAsString("id")).doesNotContain(hint.path("id").asString());

        var shiqi = graphQl.as("caseworker-shiqi");
        assertThat(shiqi.post(REVIEW, Map.of("input", Map.of("id", hint.path("id").asString(), "approve", false))).errorCode())
                .as("a dismissal says why").isEqualTo("BAD_USER_INPUT");
        JsonNode approved = shiqi.post(REVIEW, Map.of("input", Map.of("id", hint.path("id").asString(), "approve", true))).ok()
                .path("reviewWarning").path("warning");
        assertThat(approved.path("status").asString()).isEqualTo("DISPATCHED");
        assertThat(approved.path("dueDate").asString())
                .isEqualTo(WorkingDays.official().after(LocalDate.now(ZoneId.of("Asia/Shanghai")), 5).toString());
        assertThat(graphQl.as("grid-330203009005001").post("{ myWarnings { edges { node { id } } } }").ok().path("myWarnings")
                .path("edges").findValuesAsString("id")).as("now in the inbox").contains(hint.path("id").asString());

        String liuId = liu.path("id").asString();
        graphQl.as("grid-340706100003001").post(REPORT, Map.of("input", Map.of("id", liuId, "visitedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                "findings", "术后偏瘫，白天无人照料", "answers", Map.of("livelihood", "基本", "medicalAndEducation", "需康复", "employment", "无法工作",
                        "policyAwareness", "了解低保", "serviceEvaluation", "满意")))).ok();
        JsonNode referred = graphQl.as("caseworker-tongling").post(CLOSE, Map.of("input", Map.of("id", liuId, "outcome", "REFERRED",
                "note", "转介居家照护", "need", Map.of("categoryCode", "DAILY_LIFE.HOME_CARE", "description", "术后偏瘫，白天需要上门照护", "urgency", "HIGH"))))
                .ok().path("closeWarning").path("warning");
        assertThat(referred.path("result").path("need").path("status").asString()).as("REFERRED records a need").isEqualTo("OPEN");
        assertThat(referred.path("result").path("need").path("description").asString()).isEqualTo("术后偏瘫，白天需要上门照护");

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String stats = """
                query($r: ID!, $from: Date!, $to: Date!) { discoveryStats(regionCode: $r, from: $from, to: $to) {
                  eventsByType { key count } warnings warningsByRule { key count } warningsByClass { key count } visited visitedWithinDeadline
                  outcomes { key count } } }""";
        JsonNode tongling = graphQl.as("caseworker-tongling").post(stats, Map.of("r", "340700", "from", "2025-01-01", "to", today)).ok()
                .path("discoveryStats");
        assertThat(tongling.path("warningsByRule").findValuesAsString("key")).contains("TL_NEW_DISABILITY");
        assertThat(tongling.path("eventsByType").findValuesAsString("key")).contains("DISABILITY_CERTIFICATE");
        assertThat(tongling.path("outcomes").findValuesAsString("key")).contains("REFERRED");
        assertThat(tongling.path("visited").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(tongling.path("visitedWithinDeadline").asInt()).isEqualTo(tongling.path("visited").asInt());
        assertThat(tongling.path("warningsByRule").findValuesAsString("key")).as("Henan's are Henan's").doesNotContain("HN_MEDICAL_SELF_PAY");
        JsonNode elsewhere = graphQl.as("caseworker-haishu").post(stats, Map.of("r", "340700", "from", "2025-01-01", "to", today)).ok()
                .path("discoveryStats");
        assertThat(elsewhere.path("warnings").asInt()).as("outside the jurisdiction, nothing is counted").isZero();
        assertThat(graphQl.as("caseworker-tongling").post(stats, Map.of("r", "340700", "from", "2020-01-01", "to", today)).errorCode())
                .isEqualTo("BAD_USER_INPUT");
    }

    /** 李新's household, 低保边缘, found under Henan's rules: moved to 低保 by the close, in the same change, or not at all. */
    private void closingWithAPolicyChangeChangesTheLabelsOrNothing(String warningId) {
        String household = "00000000-0000-4000-8000-000000000006";
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        graphQl.as("grid-411122101229001").post(REPORT, Map.of("input", Map.of("id", warningId, "visitedOn", today,
                "findings", "婆婆住院自付六千元，家庭收入已低于低保标准", "answers", Map.of("livelihood", "困难", "medicalAndEducation", "住院",
                        "employment", "务农", "policyAwareness", "不了解低保", "serviceEvaluation", "满意")))).ok();
        var admin = graphQl.as("admin");

        var halfValid = admin.post(CLOSE, Map.of("input", Map.of("id", warningId, "outcome", "POLICY_ADJUSTED", "note", "转为低保",
                "policyChange", Map.of("end", List.of(Map.of("labelCode", "DIBAO_EDGE")), "assign", List.of(Map.of("labelCode", "NO_SUCH_LABEL"))))));
        assertThat(halfValid.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(currentLabels(household)).as("the label that could end did not: a refused close changes nothing").containsExactly("DIBAO_EDGE");
        assertThat(admin.post(CLOSE, Map.of("input", Map.of("id", warningId, "outcome", "POLICY_ADJUSTED", "note", "转为低保"))).errorCode())
                .as("POLICY_ADJUSTED says what changed").isEqualTo("BAD_USER_INPUT");

        JsonNode closed = admin.post(CLOSE, Map.of("input", Map.of("id", warningId, "outcome", "POLICY_ADJUSTED", "note", "经核查转为低保",
                "policyChange", Map.of("end", List.of(Map.of("labelCode", "DIBAO_EDGE")), "assign", List.of(Map.of("labelCode", "DIBAO"))))))
                .ok().path("closeWarning").path("warning");

        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        JsonNode change = closed.path("result").path("policyChange");
        assertThat(change.path("since").asString()).isEqualTo(today);
        assertThat(change.path("ended").findValuesAsString("labelCode")).containsExactly("DIBAO_EDGE");
        assertThat(change.path("assigned").findValuesAsString("labelCode")).containsExactly("DIBAO");
        assertThat(currentLabels(household)).containsExactly("DIBAO");
        JsonNode edge = admin.post("query($id: ID!) { household(id: $id) { labels { label { code } until } } }", Map.of("id", household)).ok()
                .path("household").path("labels").valueStream().filter(l -> l.path("label").path("code").asString().equals("DIBAO_EDGE"))
                .findFirst().orElseThrow();
        assertThat(edge.path("until").asString()).as("the old assistance ends the day before the new").isEqualTo(
                LocalDate.parse(today).minusDays(1).toString());
    }

    private List<String> currentLabels(String household) {
        return graphQl.as("admin").post("query($id: ID!) { household(id: $id) { labels { label { code } current } } }", Map.of("id", household))
                .ok().path("household").path("labels").valueStream().filter(l -> l.path("current").asBoolean())
                .map(l -> l.path("label").path("code").asString()).toList();
    }

    private static JsonNode ingest(GraphQlHttp feed, List<Map<String, Object>> events) {
        return feed.post(EventIngestIT.INGEST, Map.of("events", events)).ok().path("ingestEvents");
    }

    private int warningsOf(String grid) {
        return graphQl.as("admin").post(WARNINGS, Map.of("f", Map.of("regionCode", grid))).ok().path("warnings").path("totalCount").asInt();
    }

    private static List<JsonNode> nodes(JsonNode connection) {
        return connection.path("edges").valueStream().map(e -> e.path("node")).toList();
    }

    private static JsonNode only(JsonNode connection) {
        List<JsonNode> nodes = nodes(connection);
        assertThat(nodes).hasSize(1);
        return nodes.getFirst();
    }

    static Map<String, Object> event(String recordId, String type, String idNumber, String occurredOn, Map<String, Object> details) {
        Map<String, Object> event = new HashMap<>(EventIngestIT.event(recordId, type, idNumber, details));
        event.put("occurredOn", occurredOn);
        return event;
    }
}
