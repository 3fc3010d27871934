package org.zhulian.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.LAO_GUO;
import static org.zhulian.support.Stories.WANG_HONG_HOUSEHOLD;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The explorer's graph as a 石碶 caseworker walks it: 王宏's household and exactly what belongs to
 * it, the providers that could help, pages of a label's holders; and wherever she walks, nothing
 * personal from outside her street.
 */
@IntegrationTest
class ExplorerIT {

    static final String NEIGHBOURHOOD = """
            query($type: GraphNodeType!, $key: ID!, $types: [GraphNodeType!], $first: Int, $offset: Int) {
              neighbourhood(type: $type, key: $key, types: $types, first: $first, offset: $offset) {
                focus { id type }
                nodes { id type title
                        household { id grid { code } } person { id name household { grid { code } } }
                        need { id description household { grid { code } } } warning { id household { grid { code } } }
                        provider { id name } region { code name } }
                edges { source target kind text }
                counts { type shown total } } }""";
    static final String SHIQI = "330203009";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void aHouseholdShowsItsMembersLabelsOpenNeedsGridWorkerAndTheProvidersThatFitNeverAnotherHousehold() {
        JsonNode found = expand("caseworker-shiqi", "HOUSEHOLD:" + WANG_HONG_HOUSEHOLD, null, null);

        assertThat(ofType(found, "PERSON")).extracting(n -> n.path("person").path("name").asString())
                .containsExactlyInAnyOrder("王宏", "陈丽娟", "王子豪", "王欣怡");
        assertThat(ofType(found, "LABEL")).extracting(n -> n.path("title").asString()).contains("低保");
        assertThat(edgesTo(found, "LABEL:DIBAO")).extracting(e -> e.path("text").asString()).containsExactly("2020-03-01 起");
        assertThat(ofType(found, "NEED")).extracting(n -> n.path("need").path("description").asString())
                .anySatisfy(text -> assertThat(text).contains("康复")).anySatisfy(text -> assertThat(text).contains("扶手"));
        assertThat(ofType(found, "GRID_WORKER")).hasSize(1);
        assertThat(ofType(found, "HOUSEHOLD")).as("never another household").isEmpty();

        List<JsonNode> providers = ofType(found, "PROVIDER");
        assertThat(providers).hasSize(Neighbourhoods.PROVIDERS);
        for (JsonNode provider : providers) {
            JsonNode edge = edgesTo(found, provider.path("id").asString()).getFirst();
            assertThat(edge.path("kind").asString()).isEqualTo("FITS");
            assertThat(edge.path("source").asString()).as("from the need it fits").startsWith("NEED:");
            assertThat(edge.path("text").asString()).matches("\\d+(\\.\\d)? k?m · .+");
        }
        assertThat(count(found, "PERSON")).containsEntry("shown", 4).containsEntry("total", 4);

        List<String> audited = AuditTrail.of(graphQl, "caseworker-shiqi").stream().filter(e -> e.path("action").asString().equals("neighbourhood"))
                .flatMap(e -> AuditTrail.subjects(e).stream()).toList();
        assertThat(audited).as("every person shown is on record")
                .containsAll(ofType(found, "PERSON").stream().map(n -> n.path("person").path("id").asString()).toList());
    }

    @Test
    void aLabelsHoldersComeInPagesWithTheirNumberAndOnlyFromTheCallersStreet() {
        JsonNode first = expand("caseworker-shiqi", "LABEL:DIBAO", null, Map.of("first", 5));
        JsonNode second = expand("caseworker-shiqi", "LABEL:DIBAO", null, Map.of("first", 5, "offset", 5));

        assertThat(first.path("nodes")).hasSize(5);
        int total = first.path("counts").valueStream().mapToInt(c -> c.path("total").asInt()).sum();
        assertThat(total).isGreaterThan(5);
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
        long inShiqi = neo4j.query("""
                        MATCH (x)-[a:HAS_LABEL]->(:Label {code: 'DIBAO'}) WHERE x.gridCode STARTS WITH $street AND a.until IS NULL RETURN count(x)""")
                .bind(SHIQI).to("street").fetchAs(Long.class).one().orElseThrow();
        assertThat((long) total).isEqualTo(inShiqi);
    }

    @Test
    void whereverACaseworkerWalksNothingPersonalLiesOutsideHerStreet() {
        List<String> households = neo4j.query("MATCH (h:Household) WHERE h.gridCode STARTS WITH $street RETURN h.id ORDER BY h.id LIMIT 40")
                .bind(SHIQI).to("street").fetchAs(String.class).all().stream().toList();
        Set<String> seen = new HashSet<>();
        Deque<String> layer = new ArrayDeque<>();
        households.forEach(id -> layer.add("HOUSEHOLD:" + id));
        List<String> outside = new ArrayList<>();
        for (int depth = 0; depth < 3 && !layer.isEmpty(); depth++) {
            Deque<String> next = new ArrayDeque<>();
            while (!layer.isEmpty()) {
                String id = layer.poll();
                if (!seen.add(id)) {
                    continue;
                }
                JsonNode found = expand("caseworker-shiqi", id, null, null);
                found.path("nodes").forEach(node -> {
                    String grid = node.findPath("grid").path("code").asString("");
                    if (List.of("HOUSEHOLD", "PERSON", "NEED", "WARNING").contains(node.path("type").asString()) && !grid.startsWith(SHIQI)) {
                        outside.add(node.path("id").asString() + " in " + grid);
                    }
                    next.add(node.path("id").asString());
                });
            }
            layer.addAll(next);
        }
        assertThat(seen).hasSizeGreaterThan(households.size() * 3);
        assertThat(outside).isEmpty();
    }

    @Test
    void aPersonOfAnotherDistrictIsForbiddenAndABadIdOrPageSaysWhatIsWrong() {
        var shiqi = graphQl.as("caseworker-shiqi");

        assertThat(shiqi.post(NEIGHBOURHOOD, node("PERSON:" + LAO_GUO)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(shiqi.post(NEIGHBOURHOOD, node("PERSON:" + LAO_GUO)).data().path("neighbourhood").isObject()).as("nothing of him").isFalse();
        assertThat(shiqi.post(NEIGHBOURHOOD, Map.of("type", "SPACESHIP", "key", "DIBAO")).errorCode()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(shiqi.post(NEIGHBOURHOOD, Map.of("type", "PERSON", "key", "110105196204020011")).errorCode()).as("an ID number is no key")
                .isEqualTo("BAD_USER_INPUT");
        assertThat(shiqi.post(NEIGHBOURHOOD, Map.of("type", "LABEL", "key", "DIBAO", "first", 101)).errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(shiqi.post(NEIGHBOURHOOD, Map.of("type", "LABEL", "key", "DIBAO", "offset", -1)).errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(graphQl.as("charity-demo").post(NEIGHBOURHOOD, node("HOUSEHOLD:" + WANG_HONG_HOUSEHOLD)).errorCode()).isEqualTo("FORBIDDEN");
    }

    private JsonNode expand(String user, String id, List<String> types, Map<String, Object> paging) {
        Map<String, Object> variables = new HashMap<>(node(id));
        if (types != null) {
            variables.put("types", types);
        }
        if (paging != null) {
            variables.putAll(paging);
        }
        return graphQl.as(user).post(NEIGHBOURHOOD, variables).ok().path("neighbourhood");
    }

    /** The type and key of a node id ("PERSON:…"). */
    private static Map<String, Object> node(String id) {
        int colon = id.indexOf(':');
        return Map.of("type", id.substring(0, colon), "key", id.substring(colon + 1));
    }

    private static List<JsonNode> ofType(JsonNode found, String type) {
        return found.path("nodes").valueStream().filter(n -> n.path("type").asString().equals(type)).toList();
    }

    private static List<JsonNode> edgesTo(JsonNode found, String id) {
        return found.path("edges").valueStream().filter(e -> e.path("target").asString().equals(id)).toList();
    }

    private static List<String> ids(JsonNode found) {
        return found.path("nodes").valueStream().map(n -> n.path("id").asString()).toList();
    }

    private static Map<String, Integer> count(JsonNode found, String type) {
        JsonNode count = found.path("counts").valueStream().filter(c -> c.path("type").asString().equals(type)).findFirst().orElseThrow();
        return Map.of("shown", count.path("shown").asInt(), "total", count.path("total").asInt());
    }
}
