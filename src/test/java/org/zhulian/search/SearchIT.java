package org.zhulian.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.TestPeople;

import tools.jackson.databind.JsonNode;

/**
 * The search box as a caseworker uses it: a whole name first, a single character that finds the names
 * holding it, a street by its start; never a person outside her jurisdiction, and every person she is
 * shown on record.
 */
@IntegrationTest
class SearchIT {

    static final String SEARCH = """
            query($text: String!, $types: [SearchType!], $first: Int) { search(text: $text, types: $types, first: $first) {
              hits { type match person { id name household { grid { code } } } household { id address } need { id description }
                     provider { id name } region { code name } }
              counts { type count more } } }""";
    static final String SHIQI = "330203009";
    /** Two characters on either side of a comma or a space: side by side in the index, yet not the text. */
    static final Pattern STRADDLING = Pattern.compile("(\\p{IsHan})[，、, ]+(\\p{IsHan})");

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    PinyinBackfill backfill;

    @Test
    void aWholeNameComesFirstAndASingleCharacterFindsTheNamesThatHoldIt() {
        var shiqi = graphQl.as("caseworker-shiqi");

        JsonNode exact = search(shiqi, "王宏", null);
        assertThat(exact.path("hits").get(0).path("type").asString()).isEqualTo("PERSON");
        assertThat(exact.path("hits").get(0).path("match").asString()).isEqualTo("EXACT");
        assertThat(exact.path("hits").get(0).path("person").path("name").asString()).isEqualTo("王宏");

        JsonNode single = search(shiqi, "宏", List.of("PERSON"));
        assertThat(single.path("hits").valueStream().map(h -> h.path("person").path("name").asString())).contains("王宏")
                .allSatisfy(name -> assertThat(name).contains("宏"));

        JsonNode street = search(shiqi, "石碶", List.of("REGION"));
        assertThat(street.path("hits").valueStream().map(h -> h.path("region").path("name").asString())).contains("石碶街道");
        assertThat(street.path("hits").get(0).path("match").asString()).isEqualTo("PREFIX");
    }

    /**
     * One or two characters are sought through their characters' index: for every such text taken
     * from the street's own names, addresses and needs, the count is what reading every record finds,
     * also for two characters that a comma separates.
     */
    @Test
    void oneOrTwoCharactersFindExactlyTheRecordsThatHoldThem() {
        var shiqi = graphQl.as("caseworker-shiqi");
        Map<String, String> properties = Map.of("PERSON", "Person.name", "HOUSEHOLD", "Household.address", "NEED", "Need.description");
        Random random = new Random(16);
        for (var type : properties.entrySet()) {
            String[] labelAndProperty = type.getValue().split("\\.");
            List<String> texts = neo4j.query("MATCH (x:%s) WHERE x.gridCode STARTS WITH '330203009' RETURN x.%s AS text ORDER BY x.id LIMIT 50"
                    .formatted(labelAndProperty[0], labelAndProperty[1])).fetchAs(String.class).all().stream().toList();
            List<String> sought = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String source = texts.get(random.nextInt(texts.size())).replaceAll("[^\\p{IsHan}]", "");
                int length = Math.min(1 + i % 2, source.length());
                int at = random.nextInt(source.length() - length + 1);
                sought.add(source.substring(at, at + length));
            }
            texts.stream().map(STRADDLING::matcher).filter(Matcher::find).findFirst()
                    .ifPresent(straddling -> sought.add(straddling.group(1) + straddling.group(2)));
            for (String text : sought) {
                long expected = neo4j.query("MATCH (x:%s) WHERE x.gridCode STARTS WITH '330203009' AND x.%s CONTAINS $text RETURN count(x)"
                        .formatted(labelAndProperty[0], labelAndProperty[1])).bind(text).to("text").fetchAs(Long.class).one().orElseThrow();
                JsonNode found = search(shiqi, text, List.of(type.getKey()));
                if (!found.path("counts").get(0).path("more").asBoolean()) {
                    assertThat(count(found, type.getKey())).as(type.getKey() + " holding " + text).isEqualTo(expected);
                }
            }
        }
    }

    /** A text that starts a thousand addresses stops reading there: the count says "at least", the best still come first. */
    @Test
    void aTextThatStartsMoreThanAThousandRecordsIsCountedAsAtLeastAThousand() {
        long holding = neo4j.query("MATCH (h:Household) WHERE h.address CONTAINS '宁波市' RETURN count(h)").fetchAs(Long.class).one().orElseThrow();
        JsonNode found = search(graphQl.as("admin"), "宁波市", List.of("HOUSEHOLD"));

        assertThat(holding).as("the demo's Ningbo households").isGreaterThan(SearchRepository.CAP);
        assertThat(found.path("counts").get(0).path("more").asBoolean()).isTrue();
        assertThat(count(found, "HOUSEHOLD")).isEqualTo(SearchRepository.CAP);
        assertThat(found.path("hits")).hasSize(20).allSatisfy(hit -> assertThat(hit.path("household").path("address").asString()).startsWith("宁波市"));
    }

    @Test
    void pinyinFindsAPersonByFullReadingInitialsOrStartAndAStreetAndProvidersFromInsideTheirNames() {
        var shiqi = graphQl.as("caseworker-shiqi");

        assertThat(first(search(shiqi, "wh", List.of("PERSON")))).isEqualTo("王宏");
        assertThat(search(shiqi, "wh", List.of("PERSON")).path("hits").get(0).path("match").asString()).isEqualTo("INITIALS");
        assertThat(first(search(shiqi, "wanghong", List.of("PERSON")))).isEqualTo("王宏");
        assertThat(search(shiqi, "Wang Hong", List.of("PERSON")).path("hits").get(0).path("match").asString()).isEqualTo("EXACT");
        assertThat(first(search(shiqi, "wangh", null))).isEqualTo("王宏");

        JsonNode street = search(shiqi, "sq", List.of("REGION"));
        assertThat(street.path("hits").get(0).path("region").path("name").asString()).isEqualTo("石碶街道");

        for (String text : List.of("康复", "kf")) {
            List<String> providers = search(shiqi, text, List.of("PROVIDER")).path("hits").valueStream()
                    .map(h -> h.path("provider").path("name").asString()).toList();
            assertThat(providers).as(text).isNotEmpty().allSatisfy(name -> assertThat(name).contains("康复"));
        }
    }

    @Test
    void aSurnameOfTwoReadingsIsFoundByBothAndANameChangedIsFoundByItsNewReading() {
        var shiqi = graphQl.as("caseworker-shiqi");
        String household = shiqi.post("""
                        mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }""",
                Map.of("input", Map.of("gridCode", "330203009005001", "address", "浙江省宁波市海曙区石碶街道雅戈尔大道18号", "residence", "REGISTERED",
                        "location", Map.of("latitude", 29.80, "longitude", 121.53),
                        "head", TestPeople.person("曾霞", LocalDate.of(1958, 3, 2), false))))
                .ok().path("registerHousehold").path("household").path("id").asString();
        String person = neo4j.query("MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: $id}) RETURN p.id").bind(household).to("id")
                .fetchAs(String.class).one().orElseThrow();

        for (String text : List.of("zx", "cx", "zengxia", "cengx")) {
            assertThat(ids(search(shiqi, text, List.of("PERSON")))).as(text).contains(person);
        }

        shiqi.post("mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }",
                Map.of("input", Map.of("id", person, "name", "单霞"))).ok();
        assertThat(ids(search(shiqi, "shanxia", List.of("PERSON")))).contains(person);
        assertThat(ids(search(shiqi, "zengxia", List.of("PERSON")))).as("the old name's keys are gone").doesNotContain(person);
    }

    @Test
    void aRecordWrittenWithoutKeysByAnotherProgramGetsThemAtTheNextStart() {
        neo4j.query("MATCH (p:Person {name: '王宏'}) REMOVE p.pinyinFull, p.pinyinInitials, p.pinyinParts").run();
        assertThat(search(graphQl.as("caseworker-shiqi"), "wanghong", List.of("PERSON")).path("hits").findValuesAsString("name")).doesNotContain("王宏");

        backfill.initialize();

        assertThat(first(search(graphQl.as("caseworker-shiqi"), "wanghong", List.of("PERSON")))).isEqualTo("王宏");
    }

    @Test
    void aCaseworkerFindsNobodyOutsideHerStreetAndWhatSheIsShownIsOnRecord() {
        JsonNode found = search(graphQl.as("caseworker-shiqi"), "王", List.of("PERSON"));

        List<JsonNode> hits = found.path("hits").valueStream().toList();
        assertThat(hits).hasSize(20);
        assertThat(hits).allSatisfy(hit -> assertThat(hit.path("person").path("household").path("grid").path("code").asString()).startsWith(SHIQI));
        long inShiqi = neo4j.query("MATCH (p:Person) WHERE p.name CONTAINS '王' AND p.gridCode STARTS WITH $street RETURN count(p)")
                .bind(SHIQI).to("street").fetchAs(Long.class).one().orElseThrow();
        assertThat(count(found, "PERSON")).as("counted within her street, not beyond").isEqualTo(inShiqi);
        assertThat(count(search(graphQl.as("admin"), "王", List.of("PERSON")), "PERSON")).isGreaterThan(inShiqi);

        List<String> audited = AuditTrail.of(graphQl, "caseworker-shiqi").stream().filter(event -> event.path("action").asString().equals("search"))
                .flatMap(event -> AuditTrail.subjects(event).stream()).toList();
        assertThat(audited).as("every person shown is on record").containsAll(hits.stream().map(h -> h.path("person").path("id").asString()).toList());
    }

    @Test
    void aSearchSaysWhatItNeedsAndOnlyRegistryReadersSearch() {
        var shiqi = graphQl.as("caseworker-shiqi");
        assertThat(shiqi.post(SEARCH, Map.of("text", "  ")).errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(shiqi.post(SEARCH, Map.of("text", "王".repeat(51))).errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(shiqi.post(SEARCH, Map.of("text", "王", "first", 21)).errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(graphQl.as("charity-demo").post(SEARCH, Map.of("text", "王")).errorCode()).isEqualTo("FORBIDDEN");
    }

    private static JsonNode search(GraphQlHttp caller, String text, List<String> types) {
        Map<String, Object> variables = types == null ? Map.of("text", text) : Map.of("text", text, "types", types);
        return caller.post(SEARCH, variables).ok().path("search");
    }

    private static String first(JsonNode result) {
        return result.path("hits").get(0).path("person").path("name").asString();
    }

    private static List<String> ids(JsonNode result) {
        return result.path("hits").valueStream().map(h -> h.path("person").path("id").asString()).toList();
    }

    private static long count(JsonNode result, String type) {
        return result.path("counts").valueStream().filter(c -> c.path("type").asString().equals(type)).findFirst().orElseThrow()
                .path("count").asLong();
    }
}
