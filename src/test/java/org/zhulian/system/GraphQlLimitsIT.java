package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.WANG_HONG;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.CypherStatements;
import org.zhulian.system.graphql.FragmentBombs;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** The hardened endpoint: documents beyond the limits are refused before any database work. */
@IntegrationTest
class GraphQlLimitsIT {

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Autowired(required = false)
    CypherStatements statements;

    @BeforeEach
    void warmUp() {
        graphQl.post("{ departments { code } }");
    }

    @Test
    void aDepthBombIsRefusedUntouched() {
        String kin = "name";
        for (int i = 0; i < 8; i++) {
            kin = "kin { person { " + kin + " } }";
        }

        assertRefusedWithoutDatabaseWork("{ person(id: \"" + WANG_HONG + "\") { " + kin + " } }", "QUERY_TOO_DEEP");
    }

    @Test
    void aShallowButHugeDocumentIsRefusedByItsComplexity() {
        assertRefusedWithoutDatabaseWork("""
                { households(first: 100) { edges { node { members { kin { person { name
                    labels { label { code name } } kin { relation person { name } } } } } } } } }""", "QUERY_TOO_COMPLEX");
    }

    @Test
    void fragmentBombsAreRefusedInTimeLinearInTheirSize() {
        var charity = graphQl.as("charity-demo");
        String largest = FragmentBombs.spreads(572, 10);
        assertThat(largest.length()).isBetween(59_000, 64 * 1024);
        for (String bomb : List.of(FragmentBombs.spreads(10, 10), FragmentBombs.nested(9, 10), largest)) {
            long start = System.nanoTime();
            var response = charity.post(bomb);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(response.errorCode()).isIn("QUERY_TOO_COMPLEX", "TOO_MANY_ROOT_FIELDS");
            assertThat(millis).as("an exponential walk takes seconds to minutes").isLessThan(1_000);
        }
    }

    @Test
    void aCycleOfFragmentsIsRefusedAsInvalid() {
        var response = graphQl.post("query { ...A } fragment A on Query { departments { code } ...B } fragment B on Query { ...A }");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(response.errorMessage()).contains("spreads itself");
    }

    @Test
    void anArchiveAndAFullPageStayWithinTheLimits() {
        graphQl.post(GraphQlHttp.document("householdArchive"), Map.of("id", "00000000-0000-4000-8000-000000000001")).ok();
        graphQl.post(GraphQlHttp.document("householdsPage"), Map.of("first", 100)).ok();
    }

    @Test
    void aliasesCannotBatchLookupsBeyondTheLimit() {
        String eleven = IntStream.range(0, 11)
                .mapToObj(i -> "h" + i + ": household(id: \"00000000-0000-4000-8000-00000000000" + (i % 9) + "\") { id }")
                .collect(Collectors.joining(" "));
        String ten = eleven.substring(0, eleven.lastIndexOf(" h10:"));

        assertRefusedWithoutDatabaseWork("{ " + eleven + " }", "TOO_MANY_ROOT_FIELDS");
        assertThat(graphQl.post("{ " + ten + " }").ok().path("h1").path("id").asString()).endsWith("001");
    }

    @Test
    void aDocumentWithSeveralOperationsIsRefused() {
        var response = graphQl.post("query A { departments { code } } query B { departments { name } }",
                Map.of()).errors();
        var named = graphQl.send(HttpRequest.newBuilder(graphQl.uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"query\": \"query A { departments { code } } query B { departments { name } }\", \"operationName\": \"A\"}")));

        assertThat(response).isNotEmpty();
        assertThat(named.errorCode()).isEqualTo("TOO_MANY_OPERATIONS");
    }

    @Test
    void anOversizedRequestIsRefusedBeforeItIsRead() {
        String padding = " ".repeat(70 * 1024);
        var response = graphQl.as("charity-demo").post("{ departments { code }" + padding + "}");
        var staff = graphQl.post("{ departments { code }" + " ".repeat(3 * 1024 * 1024) + "}");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.errorCode()).isEqualTo("REQUEST_TOO_LARGE");
        assertThat(staff.status()).as("staff may send a saved view's 2 MiB, not more").isEqualTo(413);
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimitWhateverItsLength() {
        var sent = new java.util.concurrent.atomic.AtomicLong();
        byte[] chunk = " ".repeat(8 * 1024).getBytes();
        var response = graphQl.send(HttpRequest.newBuilder(graphQl.uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
                    private int offset;

                    @Override
                    public int read() {
                        byte[] one = new byte[1];
                        return read(one, 0, 1) < 0 ? -1 : one[0];
                    }

                    @Override
                    public int read(byte[] buffer, int from, int length) {
                        if (sent.get() >= 40L * 1024 * 1024) {
                            return -1;
                        }
                        int n = Math.min(length, chunk.length - offset);
                        System.arraycopy(chunk, offset, buffer, from, n);
                        offset = (offset + n) % chunk.length;
                        sent.addAndGet(n);
                        return n;
                    }
                })));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.errorCode()).isEqualTo("REQUEST_TOO_LARGE");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsServed() {
        byte[] body = "{\"query\": \"{ departments { code } }\"}".getBytes();
        var response = graphQl.send(HttpRequest.newBuilder(graphQl.uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.ok().path("departments")).isNotEmpty();
    }

    @Test
    void hostileStringsInEveryArgumentAreOnlyData() {
        long before = graphSize();
        List<String> hostile = List.of("' OR 1=1 //", "\") MATCH (n) DETACH DELETE n //", "x} RETURN n //",
                "$prefix", "`Household`", "330203' OR '1'='1", "\\u0000", "' UNION MATCH (p:Person) RETURN p.idNumber //");
        List<String> codes = new ArrayList<>();
        for (String value : hostile) {
            for (var call : calls(value)) {
                var response = graphQl.post(call.getKey(), call.getValue());
                assertThat(response.status()).as(call.getKey()).isIn(200, 400);
                response.errors().forEach(error -> codes.add(error.path("extensions").path("code").asString()));
                assertThat(response.text()).doesNotContain("idNumber\":\"3");
            }
        }

        assertThat(codes).isNotEmpty().allMatch("BAD_USER_INPUT"::equals);
        assertThat(graphSize()).isEqualTo(before);
    }

    private static List<Map.Entry<String, Map<String, Object>>> calls(String v) {
        return List.of(
                Map.entry("query($v: ID!) { region(code: $v) { name } }", Map.of("v", v)),
                Map.entry("query($v: ID) { regions(parentCode: $v) { name } }", Map.of("v", v)),
                Map.entry("query($v: ID!) { household(id: $v) { id } }", Map.of("v", v)),
                Map.entry("query($v: ID!) { person(id: $v) { name } }", Map.of("v", v)),
                Map.entry("query($v: ID!) { provider(id: $v) { name } }", Map.of("v", v)),
                Map.entry("query($v: ID!) { labels(regionCode: $v) { code } }", Map.of("v", v)),
                Map.entry("query($v: String) { households(after: $v) { totalCount } }", Map.of("v", v)),
                Map.entry("query($f: HouseholdFilter) { households(filter: $f) { totalCount } }",
                        Map.of("f", Map.of("regionCode", v))),
                Map.entry("query($f: HouseholdFilter) { households(filter: $f) { totalCount } }",
                        Map.of("f", Map.of("labelsAll", List.of(v), "labelsAny", List.of(v), "labelsNone", List.of(v)))),
                Map.entry("query($f: PersonFilter) { persons(filter: $f) { totalCount } }",
                        Map.of("f", Map.of("regionCode", v, "labelsAny", List.of(v)))),
                Map.entry("query($f: ProviderFilter) { providers(filter: $f) { totalCount } }",
                        Map.of("f", Map.of("serviceCategories", List.of(v)))),
                Map.entry("query($f: NeedFilter) { needs(filter: $f) { totalCount } }",
                        Map.of("f", Map.of("regionCode", v, "categories", List.of(v)))));
    }

    private void assertRefusedWithoutDatabaseWork(String document, String code) {
        if (statements != null) {
            statements.reset();
        }
        var response = graphQl.post(document);

        assertThat(response.errorCode()).isEqualTo(code);
        assertThat(response.data().isMissingNode() || response.data().isNull()).isTrue();
        if (statements != null) {
            assertThat(statements.executed()).isEmpty();
        }
    }

    private long graphSize() {
        return neo4j.query("MATCH (n) RETURN count(n) + COUNT { ()-[]->() } AS size").fetchAs(Long.class).one().orElseThrow();
    }
}
