package org.zhulian.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.LAO_GUO;
import static org.zhulian.support.Stories.SHIQI_HOME_CARE_CENTRE;
import static org.zhulian.support.Stories.WANG_HONG;
import static org.zhulian.support.Stories.WANG_HONG_HOUSEHOLD;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * A caseworker's saved views: hers alone, read back through her jurisdiction whatever was saved in
 * them, refused whole when malformed; and an export on record before it is written.
 */
@IntegrationTest
class SavedViewsIT {

    static final String SAVE = """
            mutation($input: SavedViewInput!) { saveView(input: $input) {
              id name nodes { node { id type person { name } household { address } provider { name } } x y } edges { source target kind text } types } }""";
    static final String OPEN = """
            query($id: ID!) { savedView(id: $id) { id name nodes { node { id } x y } edges { source target } types } }""";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void aViewIsKeptForItsOwnerAloneAndReadBackThroughHerJurisdiction() {
        var shiqi = graphQl.as("caseworker-shiqi");
        Map<String, Object> input = Map.of("name", "王宏家 个案会议", "types", List.of("HOUSEHOLD", "PERSON", "PROVIDER"),
                "nodes", List.of(node("HOUSEHOLD", WANG_HONG_HOUSEHOLD, 0, 0), node("PERSON", WANG_HONG, 120.5, -40),
                        node("PROVIDER", SHIQI_HOME_CARE_CENTRE, -200, 80), node("PERSON", LAO_GUO, 300, 300)),
                "edges", List.of(edge("PERSON:" + WANG_HONG, "HOUSEHOLD:" + WANG_HONG_HOUSEHOLD, "MEMBER", "户主"),
                        edge("PERSON:" + LAO_GUO, "HOUSEHOLD:" + WANG_HONG_HOUSEHOLD, "MEMBER", "户主")));

        JsonNode saved = shiqi.post(SAVE, Map.of("input", input)).ok().path("saveView");
        String id = saved.path("id").asString();

        assertThat(saved.path("nodes").findValuesAsString("id")).as("老郭 of Changning is not hers to see, saved or not")
                .containsExactly("HOUSEHOLD:" + WANG_HONG_HOUSEHOLD, "PERSON:" + WANG_HONG, "PROVIDER:" + SHIQI_HOME_CARE_CENTRE);
        assertThat(saved.path("edges")).hasSize(1);
        JsonNode reopened = shiqi.post(OPEN, Map.of("id", id)).ok().path("savedView");
        assertThat(reopened.path("nodes").get(1).path("x").asDouble()).isEqualTo(120.5);
        assertThat(reopened.path("types").valueStream().map(JsonNode::asString)).containsExactly("HOUSEHOLD", "PERSON", "PROVIDER");
        assertThat(shiqi.post("{ savedViews { id name } }").ok().path("savedViews").findValuesAsString("id")).contains(id);

        var haishu = graphQl.as("caseworker-haishu");
        assertThat(haishu.post(OPEN, Map.of("id", id)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(haishu.post("{ savedViews { id } }").ok().path("savedViews").findValuesAsString("id")).doesNotContain(id);
        assertThat(haishu.post("mutation($id: ID!) { deleteView(id: $id) }", Map.of("id", id)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(haishu.post(SAVE, Map.of("input", Map.of("id", id, "name", "夺取", "nodes", List.of(), "edges", List.of()))).errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(shiqi.post(OPEN, Map.of("id", id)).ok().path("savedView").path("name").asString()).isEqualTo("王宏家 个案会议");

        assertThat(shiqi.post("mutation($id: ID!) { deleteView(id: $id) }", Map.of("id", id)).ok().path("deleteView").asBoolean()).isTrue();
        assertThat(shiqi.post(OPEN, Map.of("id", id)).errorCode()).isEqualTo("FORBIDDEN");
    }

    /** A canvas at its caps is more than the usual 64 KiB of a request: staff may send it, nobody else. */
    @Test
    void aViewOfTwoThousandNodesAndEightThousandEdgesIsSavedWhole() {
        List<String> regions = neo4j.query("MATCH (r:Region) RETURN r.code ORDER BY r.code LIMIT 2000")
                .fetchAs(String.class).all().stream().toList();
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            nodes.add(node("REGION", regions.get(i), i * 1.5, -i * 2.25));
            for (int step = 1; step <= 4 && i + step < regions.size(); step++) {
                edges.add(edge("REGION:" + regions.get(i), "REGION:" + regions.get(i + step), "IN", "属于"));
            }
        }
        Map<String, Object> input = Map.of("name", "全市地区", "nodes", nodes, "edges", edges);

        JsonNode saved = graphQl.as("caseworker-haishu").post("mutation($input: SavedViewInput!) { saveView(input: $input) { id nodes { x } edges { kind } } }",
                Map.of("input", input)).ok().path("saveView");
        assertThat(saved.path("nodes")).hasSize(2000);
        assertThat(saved.path("edges")).hasSize(edges.size());
        assertThat(graphQl.as("caseworker-haishu").post("mutation($id: ID!) { deleteView(id: $id) }", Map.of("id", saved.path("id").asString()))
                .ok().path("deleteView").asBoolean()).isTrue();

        var charity = graphQl.as("charity-demo").post("mutation($input: SavedViewInput!) { saveView(input: $input) { id } }", Map.of("input", input));
        assertThat(charity.status()).isEqualTo(413);
        assertThat(charity.errorCode()).isEqualTo("REQUEST_TOO_LARGE");
    }

    @Test
    void aMalformedViewIsRefusedWholeAndNothingIsSaved() {
        var shiqi = graphQl.as("caseworker-shiqi");
        int before = shiqi.post("{ savedViews { id } }").ok().path("savedViews").size();
        List<Map<String, Object>> nodes = List.of(node("HOUSEHOLD", WANG_HONG_HOUSEHOLD, 0, 0));

        assertThat(shiqi.post(SAVE, Map.of("input", Map.of("name", " ", "nodes", nodes, "edges", List.of()))).errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(shiqi.post(SAVE, Map.of("input", Map.of("name", "x", "nodes", nodes,
                "edges", List.of(edge("PERSON:" + WANG_HONG, "HOUSEHOLD:" + WANG_HONG_HOUSEHOLD, "MEMBER", null))))).errorCode())
                .as("an edge to a node not in the view").isEqualTo("BAD_USER_INPUT");
        assertThat(shiqi.post(SAVE, Map.of("input", Map.of("name", "x", "nodes", List.of(node("PERSON", "110105196204020011", 0, 0)),
                "edges", List.of()))).errorCode()).as("an ID number is no key").isEqualTo("BAD_USER_INPUT");

        assertThat(shiqi.post("{ savedViews { id } }").ok().path("savedViews")).hasSize(before);
    }

    @Test
    void anExportIsOnRecordWithEveryPersonalNodeAndCarriesTheAccountAndTimeAndNothingUnseen() {
        var shiqi = graphQl.as("caseworker-shiqi");
        String export = "mutation($nodes: [ExportedNodeInput!]!) { recordExport(format: CSV, nodes: $nodes) { watermark } }";

        String watermark = shiqi.post(export, Map.of("nodes", List.of(Map.of("type", "PERSON", "key", WANG_HONG),
                Map.of("type", "PROVIDER", "key", SHIQI_HOME_CARE_CENTRE)))).ok().path("recordExport").path("watermark").asString();

        assertThat(watermark).matches("导出：caseworker-shiqi \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(AuditTrail.of(graphQl, "caseworker-shiqi").stream().filter(e -> e.path("action").asString().equals("recordExport")))
                .anySatisfy(event -> assertThat(AuditTrail.subjects(event)).contains(WANG_HONG));
        assertThat(shiqi.post(export, Map.of("nodes", List.of(Map.of("type", "PERSON", "key", LAO_GUO)))).errorCode()).isEqualTo("FORBIDDEN");
    }

    private static Map<String, Object> node(String type, String key, double x, double y) {
        return Map.of("type", type, "key", key, "x", x, "y", y);
    }

    private static Map<String, Object> edge(String source, String target, String kind, String text) {
        return text == null ? Map.of("source", source, "target", target, "kind", kind) : Map.of("source", source, "target", target, "kind", kind, "text", text);
    }
}
