package org.zhulian.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.CypherStatements;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.Stories;
import org.zhulian.support.TestPeople;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class HouseholdSearchIT {

    static final String HAISHU = "330203";
    static final String STREET = "330203009";

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Autowired(required = false)
    CypherStatements statements;

    @Autowired
    Clock clock;

    @Test
    void twoLabelFilterFindsExactlyTheHouseholdsCarryingBoth() {
        var filter = Map.of("regionCode", HAISHU, "labelsAll", List.of("DIBAO", "SEVERE_DISABILITY"));

        JsonNode page = households(filter, 100);

        Set<String> expected = householdsCarryingAll(List.of("DIBAO", "SEVERE_DISABILITY"), "330203");
        assertThat(expected).contains(Stories.WANG_HONG_HOUSEHOLD);
        assertThat(page.path("totalCount").asInt()).isEqualTo(expected.size());
        assertThat(ids(page)).containsExactlyInAnyOrderElementsOf(expected);
        for (JsonNode edge : page.path("edges")) {
            assertThat(codes(edge.path("matchedLabels"))).containsExactlyInAnyOrder("DIBAO", "SEVERE_DISABILITY");
        }
    }

    @Test
    void labelsNoneExcludesAndLabelsAnyWidens() {
        int dibao = households(Map.of("regionCode", HAISHU, "labelsAll", List.of("DIBAO")), 1).path("totalCount").asInt();
        int dibaoNotSevere = households(Map.of("regionCode", HAISHU, "labelsAll", List.of("DIBAO"),
                "labelsNone", List.of("SEVERE_DISABILITY")), 1).path("totalCount").asInt();
        int both = households(Map.of("regionCode", HAISHU, "labelsAll", List.of("DIBAO", "SEVERE_DISABILITY")), 1)
                .path("totalCount").asInt();
        int dibaoOrTekun = households(Map.of("regionCode", HAISHU, "labelsAny", List.of("DIBAO", "TEKUN")), 1)
                .path("totalCount").asInt();

        assertThat(dibao).isPositive();
        assertThat(dibaoNotSevere).isEqualTo(dibao - both);
        assertThat(dibaoOrTekun).isGreaterThan(dibao);
    }

    @Test
    void orderingByMatchedLabelsPutsPeopleWithSeveralLabelsFirst() {
        var filter = Map.of("regionCode", HAISHU,
                "labelsAny", List.of("DIBAO", "SEVERE_DISABILITY", "NB_ELDERLY_ALONE", "DIBAO_EDGE"),
                "orderBy", "MOST_MATCHED_LABELS");

        JsonNode page = households(filter, 50);

        List<Integer> matchCounts = StreamSupport.stream(page.path("edges").spliterator(), false)
                .map(edge -> edge.path("matchedLabels").size()).toList();
        assertThat(matchCounts).isSortedAccordingTo((a, b) -> b - a);
        assertThat(matchCounts.getFirst()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void pagesFollowEachOtherWithoutOverlap() {
        var filter = Map.of("regionCode", "330203009");
        List<String> seen = new ArrayList<>();
        String after = null;
        JsonNode page;
        do {
            var variables = new java.util.HashMap<String, Object>(Map.of("filter", filter, "first", 40));
            if (after != null) {
                variables.put("after", after);
            }
            page = graphQl.post(GraphQlHttp.document("householdsPage"), variables).ok().path("households");
            seen.addAll(ids(page));
            after = page.path("pageInfo").path("endCursor").asString();
        } while (page.path("pageInfo").path("hasNextPage").asBoolean());

        assertThat(seen).doesNotHaveDuplicates().hasSize(page.path("totalCount").asInt()).contains(Stories.WANG_HONG_HOUSEHOLD)
                .isEqualTo(neo4j.query("MATCH (h:Household) WHERE h.gridCode STARTS WITH '330203009' RETURN h.id ORDER BY h.gridCode, h.id")
                        .fetchAs(String.class).all().stream().toList());
    }

    /**
     * Households registered in random grids of the street while a caseworker pages through it,
     * before the page reached and after it, shift nothing: every household that was there comes
     * exactly once, and nothing comes twice.
     */
    @Test
    void householdsRegisteredWhilePagingShiftNothing() {
        var shiqi = graphQl.as("caseworker-shiqi");
        List<String> grids = neo4j.query("MATCH (r:Region {level: 'GRID'}) WHERE r.code STARTS WITH $street RETURN r.code ORDER BY r.code")
                .bind(STREET).to("street").fetchAs(String.class).all().stream().toList();
        Set<String> there = Set.copyOf(neo4j.query("MATCH (h:Household) WHERE h.gridCode STARTS WITH $street RETURN h.id")
                .bind(STREET).to("street").fetchAs(String.class).all());
        Random random = new Random(17);
        List<String> added = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try {
            String after = null;
            JsonNode page;
            do {
                var variables = new java.util.HashMap<String, Object>(Map.of("filter", Map.of("regionCode", STREET), "first", 25));
                if (after != null) {
                    variables.put("after", after);
                }
                page = shiqi.post(GraphQlHttp.document("householdsPage"), variables).ok().path("households");
                seen.addAll(ids(page));
                after = page.path("pageInfo").path("endCursor").asString();
                for (int i = 0; i < 2; i++) {
                    added.add(register(shiqi, grids.get(random.nextInt(grids.size())), added.size()));
                }
            } while (page.path("pageInfo").path("hasNextPage").asBoolean());
        } finally {
            neo4j.query("MATCH (h:Household) WHERE h.id IN $ids OPTIONAL MATCH (p:Person)-[:MEMBER_OF]->(h) DETACH DELETE h, p")
                    .bind(added).to("ids").run();
        }

        assertThat(seen).doesNotHaveDuplicates().containsAll(there).allMatch(id -> there.contains(id) || added.contains(id));
        assertThat(seen).as("some registered after the cursor").containsAnyElementsOf(added);
        assertThat(added).as("some registered before it").anyMatch(id -> !seen.contains(id));
    }

    private String register(GraphQlHttp caller, String grid, int n) {
        return caller.post("""
                        mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }""",
                Map.of("input", Map.of("gridCode", grid, "address", "浙江省宁波市海曙区石碶街道雅戈尔大道" + (200 + n) + "号", "residence", "REGISTERED",
                        "location", Map.of("latitude", 29.80, "longitude", 121.53),
                        "head", TestPeople.person("翻页" + (char) ('甲' + n), LocalDate.of(1960, 1, 1).plusDays(n), n % 2 == 0))))
                .ok().path("registerHousehold").path("household").path("id").asString();
    }

    @Test
    void pagingThroughALabelSearchGivesTheSameOrderAsOnePage() {
        var filter = Map.of("regionCode", HAISHU, "labelsAny", List.of("DIBAO", "DIBAO_EDGE", "SEVERE_DISABILITY"),
                "orderBy", "MOST_MATCHED_LABELS");
        List<String> all = ids(households(filter, 100));
        List<String> paged = new ArrayList<>();
        String after = null;
        while (paged.size() < all.size()) {
            var variables = new java.util.HashMap<String, Object>(Map.of("filter", filter, "first", 15));
            if (after != null) {
                variables.put("after", after);
            }
            JsonNode page = graphQl.post(GraphQlHttp.document("householdsPage"), variables).ok().path("households");
            paged.addAll(ids(page));
            after = page.path("pageInfo").path("endCursor").asString();
            assertThat(page.path("pageInfo").path("hasPreviousPage").asBoolean()).isEqualTo(paged.size() > 15);
        }

        assertThat(paged.subList(0, all.size())).isEqualTo(all);
    }

    @Test
    void aLabelSearchPageWithItsTotalIsOneStatementWhateverItsSize() {
        assumeThat(statements).as("statement counting needs the embedded database").isNotNull();
        var filter = Map.of("regionCode", HAISHU, "labelsAny", List.of("DIBAO", "DIBAO_EDGE", "NB_ELDERLY_ALONE"));

        households(filter, 1); // the first request of a run also loads the known region and label codes
        statements.reset();
        JsonNode small = households(filter, 5);
        List<String> forSmall = statements.executed();
        statements.reset();
        JsonNode large = households(filter, 50);
        List<String> forLarge = statements.executed();

        assertThat(small.path("edges")).hasSize(5);
        assertThat(large.path("edges")).hasSize(50);
        assertThat(large.path("edges").get(0).path("node").path("members")).isNotEmpty();
        assertThat(forLarge).hasSameSizeAs(forSmall).hasSize(1);
    }

    @Test
    void invalidArgumentsAreRejectedWithBadUserInput() {
        assertBadInput(Map.of("first", 101), "first", "100");
        assertBadInput(Map.of("first", 10, "after", "not-a-cursor"), "after", "cursor");
        assertBadInput(Map.of("filter", Map.of("labelsAll", List.of("DIBAO", "NO_SUCH_LABEL"))), "filter.labelsAll", "NO_SUCH_LABEL");
        assertBadInput(Map.of("filter", Map.of("regionCode", "999999")), "filter.regionCode", "region");
        assertBadInput(Map.of("filter", Map.of("regionCode", "33-02")), "filter.regionCode", "code");
    }

    private void assertBadInput(Map<String, Object> variables, String field, String messagePart) {
        var response = graphQl.post(GraphQlHttp.document("householdsPage"), variables);
        assertThat(response.errorCode()).as(variables.toString()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("extensions").path("field").asString()).isEqualTo(field);
        assertThat(response.errorMessage()).contains(messagePart).doesNotContain("Exception");
        assertThat(response.data().isNull()).as("nothing half-answered").isTrue();
    }

    private JsonNode households(Map<String, ?> filter, int first) {
        return graphQl.post(GraphQlHttp.document("householdsPage"), Map.of("filter", filter, "first", first))
                .ok().path("households");
    }

    /** The same question answered the long way round: every household under the region, checked one by one. */
    private Set<String> householdsCarryingAll(List<String> labels, String prefix) {
        return new HashSet<>(neo4j.query("""
                        MATCH (h:Household) WHERE h.gridCode STARTS WITH $prefix
                        WITH h, [(h)-[a:HAS_LABEL]->(l) WHERE a.since <= $today AND (a.until IS NULL OR a.until >= $today) | l.code]
                              + [(h)<-[:MEMBER_OF]-()-[a:HAS_LABEL]->(l) WHERE a.since <= $today AND (a.until IS NULL OR a.until >= $today) | l.code] AS codes
                        WHERE all(c IN $labels WHERE c IN codes)
                        RETURN h.id""")
                .bindAll(Map.of("prefix", prefix, "labels", labels, "today", LocalDate.now(clock)))
                .fetchAs(String.class).all());
    }

    static List<String> ids(JsonNode connection) {
        return StreamSupport.stream(connection.path("edges").spliterator(), false)
                .map(edge -> edge.path("node").path("id").asString()).toList();
    }

    static List<String> codes(JsonNode labels) {
        return StreamSupport.stream(labels.spliterator(), false).map(l -> l.path("code").asString()).toList();
    }
}
