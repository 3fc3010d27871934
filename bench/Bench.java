import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.types.Point;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Latency and throughput of the GraphQL API against the best single Cypher statement that returns the
 * same answer, through the bare driver and behind a bare HTTP endpoint (the floor), on a running service. Usage (see run.sh):
 * {@code java -cp <runtime classpath> Bench.java <graphqlUrl> <boltUri> <boltPassword> [concurrency] [requests]}
 */
public class Bench {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String ARCHIVE_QUERY = """
            query($id: ID!) { household(id: $id) {
              id address residence location { latitude longitude }
              regionPath { code name level }
              members { id name role gender age idNumber phone disability { type grade }
                        labels { label { code name category } since until } }
              labels { label { code name category } since until }
              needs { id categoryCode: category { code } description urgency status created }
            } }""";

    /** The same answer as {@link #ARCHIVE_QUERY} in one statement: the baseline. */
    static final String ARCHIVE_CYPHER = """
            MATCH (h:Household {id: $id})
            RETURN h {.id, .address, .residence, .location,
              regionPath: [(h)-[:IN]->(:Region)-[:IN*0..5]->(r:Region) | r {.code, .name, .level}],
              members: [(h)<-[m:MEMBER_OF]-(p:Person) | p {.id, .name, .gender, .birthDate, .idNumber, .phone,
                        .disabilityType, .disabilityGrade, role: m.role,
                        labels: [(p)-[a:HAS_LABEL]->(l:Label) | {since: a.since, until: a.until, label: l {.code, .name, .category}}]}],
              labels: [(h)-[a:HAS_LABEL]->(l:Label) | {since: a.since, until: a.until, label: l {.code, .name, .category}}],
              needs: [(h)-[:HAS_NEED]->(n:Need) | n {.id, .categoryCode, .description, .urgency, .status, .created}]
            } AS household""";

    /** A page of persons of a street: every person on it is a read of personal data, and on record. */
    static final String PERSONS_QUERY = """
            query($f: PersonFilter) { persons(filter: $f, first: 20) {
              edges { node { id name gender age idNumber phone health disability { type grade } household { id address } } }
            } }""";

    static final String PERSON_QUERY = """
            query($id: ID!) { person(id: $id) { id name gender age idNumber phone health employment kin { relation person { id name } } } }""";

    static final String FILTER_QUERY = """
            query($f: HouseholdFilter) { households(filter: $f, first: 20) {
              totalCount
              edges { matchedLabels { code } node { id address members { name role } labels { label { code } } } }
            } }""";

    /** The same page and total in one statement: the baseline. */
    static final String FILTER_CYPHER = """
            MATCH (l:Label)<-[a:HAS_LABEL]-(holder)
            USING INDEX l:Label(code)
            WHERE l.code IN $labels AND (a.until IS NULL OR a.until >= date())
            UNWIND CASE WHEN holder:Household THEN [holder] ELSE [(holder)-[:MEMBER_OF]->(x:Household) | x] END AS h
            WITH l, h WHERE h.gridCode STARTS WITH $prefix
            WITH h, collect(DISTINCT l.code) AS matched
            WHERE all(c IN $labels WHERE c IN matched)
            WITH h, matched ORDER BY h.id
            WITH collect({h: h, matched: matched}) AS rows
            UNWIND rows[0..20] AS row
            WITH size(rows) AS total, row.h AS h, row.matched AS matched
            RETURN total, matched, h {.id, .address,
              members: [(h)<-[m:MEMBER_OF]-(p:Person) | p {.name, role: m.role}],
              labels: [(h)-[:HAS_LABEL]->(x:Label) | x.code]} AS household""";

    /** The services that could meet a need, ranked, with their reasons. */
    static final String MATCH_QUERY = """
            query($id: ID!) { matchResources(needId: $id, radiusMeters: 5000, first: 10) {
              provider { id name } service { id name places { free } } distanceMeters score available reasons { kind met text }
            } }""";

    /** What {@code matchResources} asks of the database, in one statement from a start ({@code %s}): the baseline (ranking aside). */
    static final String MATCH_CYPHER_FROM = """
            MATCH (h:Household)-[:HAS_NEED]->(n:Need {id: $needId}) WHERE any(prefix IN $scope WHERE n.gridCode STARTS WITH prefix)
            OPTIONAL MATCH (n)-[:CONCERNS]->(about:Person)
            WITH h, n, h.location AS here, n.categoryCode AS need,
                 CASE WHEN about IS NULL THEN COLLECT { MATCH (m:Person)-[:MEMBER_OF]->(h) RETURN m } ELSE [about] END AS persons
            CALL (here, need) {
              %s
              WITH p, s, point.distance(p.location, here) AS distance ORDER BY distance, s.id LIMIT 30
              RETURN collect({provider: p {.id, .name}, service: s {.id, .name, .categoryCode, .placesTotal, .placesTaken,
                .labelsAnyOf, .minAge, .maxAge, .disabilityRequired, .areaCode, .registeredOnly}, distance: distance}) AS candidates
            }
            RETURN {categoryCode: n.categoryCode, residence: h.residence, gridCode: h.gridCode, labels: [(h)-[a:HAS_LABEL]->(l:Label) WHERE a.until IS NULL | l.code],
                    persons: [m IN persons | {birthDate: m.birthDate, disabilityType: m.disabilityType,
                              labels: [(m)-[a:HAS_LABEL]->(l:Label) WHERE a.until IS NULL | l.code]}]} AS facts, candidates""";

    /** From the providers around the household. */
    static final String MATCH_CYPHER = MATCH_CYPHER_FROM.formatted("""
            MATCH (p:Provider) USING INDEX p:Provider(location) WHERE point.distance(p.location, here) <= $radius
              MATCH (p)-[:OFFERS]->(s:Service) WITH p, s, s.categoryCode AS offered
              WHERE offered = need OR offered STARTS WITH need + '.' OR need STARTS WITH offered + '.'""");

    /** From the services of the fitting categories, over the whole radius: for what is rare nearby, as the service does. */
    static final String MATCH_BY_CATEGORY_CYPHER = MATCH_CYPHER_FROM.formatted("""
            CALL () {
                MATCH (s:Service) WHERE s.categoryCode IN $fitting RETURN s
                UNION
                MATCH (s:Service) WHERE s.categoryCode STARTS WITH $narrower RETURN s
              }
              MATCH (p:Provider)-[:OFFERS]->(s) WHERE point.distance(p.location, here) <= $radius""");

    /** Meal-help providers near an address, for the hotline. */
    static final String NEAR_QUERY = """
            query($address: String!) { resourcesNear(location: {address: $address}, categories: ["DAILY_LIFE.MEAL"], radiusMeters: 3000, first: 10) {
              resolvedRegion { code } resources { distanceMeters provider { id name address contact openingHours } services { id name fee { free amountYuan } } }
            } }""";

    /** The same providers from the street's centre in one statement: the baseline. */
    static final String NEAR_CYPHER = """
            MATCH (r:Region {code: $code})
            WITH r.centre AS here
            MATCH (p:Provider) USING INDEX p:Provider(location) WHERE point.distance(p.location, here) <= $radius
              AND EXISTS { MATCH (p)-[:OFFERS]->(s:Service {categoryCode: 'DAILY_LIFE.MEAL'}) }
            WITH p, point.distance(p.location, here) AS distance ORDER BY distance, p.id LIMIT 10
            RETURN p {.id, .name, .address, .contact, .openingHours,
                      services: [(p)-[:OFFERS]->(s:Service {categoryCode: 'DAILY_LIFE.MEAL'}) | s {.id, .name, .feeYuan}]} AS provider, distance""";

    @SuppressWarnings("deprecation") // Logging: see DriverSettings
    public static void main(String[] args) throws Exception {
        String graphQlUrl = args[0];
        String boltUri = args[1];
        String boltPassword = args[2];
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int requests = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
        String only = args.length > 5 ? args[5] : "";
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = token(http, graphQlUrl, "admin");
        String caseworker = token(http, graphQlUrl, "caseworker-haishu");
        String hotline = token(http, graphQlUrl, "partner-hotline");

        // Without logging, as the service's driver formats nothing below its level (see DriverSettings).
        try (Driver driver = GraphDatabase.driver(boltUri, AuthTokens.basic("neo4j", boltPassword), Config.builder().withLogging(Logging.none()).build());
             Floor floor = Floor.start(http, Map.of(
                     "archive", p -> Floor.rows(driver, ARCHIVE_CYPHER, p),
                     "page", p -> Floor.rows(driver, FILTER_CYPHER, p),
                     "match", p -> Floor.plain(matchStatements(driver, (String) p.get("needId"))),
                     "near", p -> Floor.plain(nearStatement(driver, (String) p.get("code"))),
                     "needs", p -> Floor.rows(driver, NEEDS_CYPHER, p)))) {
            var read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
            List<String> ids = driver.executableQuery("MATCH (h:Household) WHERE h.gridCode STARTS WITH '330203' RETURN h.id AS id LIMIT 5000").withConfig(read)
                    .execute().records().stream().map(r -> r.get("id").asString()).toList();
            List<String> personIds = driver.executableQuery("MATCH (p:Person) WHERE p.gridCode STARTS WITH '330203' RETURN p.id AS id LIMIT 5000").withConfig(read)
                    .execute().records().stream().map(r -> r.get("id").asString()).toList();
            List<String> streets = driver.executableQuery("MATCH (r:Region {level: 'STREET'}) WHERE r.code STARTS WITH '330203' RETURN r.code AS code")
                    .withConfig(read).execute().records().stream().map(r -> r.get("code").asString()).toList();
            List<String> needIds = driver.executableQuery("MATCH (n:Need) WHERE n.gridCode STARTS WITH '330203' RETURN n.id AS id LIMIT 5000")
                    .withConfig(read).execute().records().stream().map(r -> r.get("id").asString()).toList();
            List<Map<String, String>> streetNames = driver.executableQuery("""
                            MATCH (r:Region {level: 'STREET'}) WHERE r.code STARTS WITH '330203' RETURN r.code AS code, r.name AS name""")
                    .withConfig(read).execute().records().stream().map(r -> Map.of("code", r.get("code").asString(),
                            "address", "宁波市海曙区" + r.get("name").asString() + "中心路1号")).toList();
            List<String> names = driver.executableQuery("MATCH (p:Person) WHERE p.gridCode STARTS WITH '330203' RETURN p.name AS name LIMIT 2000")
                    .withConfig(read).execute().records().stream().map(r -> r.get("name").asString()).toList();
            List<String> initials = driver.executableQuery("""
                            MATCH (p:Person) WHERE p.gridCode STARTS WITH '330203' RETURN p.pinyinInitials[0] AS initials LIMIT 2000""")
                    .withConfig(read).execute().records().stream().map(r -> r.get("initials").asString()).toList();
            List<String> fullPinyin = driver.executableQuery("""
                            MATCH (p:Person) WHERE p.gridCode STARTS WITH '330203' RETURN p.pinyinFull[0] AS full LIMIT 2000""")
                    .withConfig(read).execute().records().stream().map(r -> r.get("full").asString()).toList();
            String characters = "王李张陈刘杨黄赵吴周宏芳明华";
            long households = driver.executableQuery("MATCH (h:Household) RETURN count(h) AS n").withConfig(read)
                    .execute().records().getFirst().get("n").asLong();
            System.out.printf("data set: %,d households; concurrency %d; %,d requests per scenario%n",
                    households, concurrency, requests);

            Map<String, Object> filter = Map.of("regionCode", "330203", "labelsAll", List.of("DIBAO", "SEVERE_DISABILITY"));
            // the cursor after the district's 10,000th household (page 500 of 20), as a client paging there would hold it
            var tenThousandth = driver.executableQuery("""
                            MATCH (h:Household) WHERE h.gridCode STARTS WITH '330203' WITH h ORDER BY h.gridCode, h.id SKIP 9999 LIMIT 1
                            RETURN h.gridCode AS grid, h.id AS id""").withConfig(read).execute().records().getFirst();
            String page500 = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("k:0:" + tenThousandth.get("grid").asString() + ":"
                    + tenThousandth.get("id").asString()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Map<String, Object> openNeeds = Map.of("regionCode", "330203", "status", List.of("OPEN"));
            // the cursor after the district's 1,000th open need (page 51 of 20), reached as a client pages there
            String needsPage51 = needsCursorAfter(1000, http, graphQlUrl, caseworker, openNeeds);
            List<Scenario> scenarios = List.of(
                    new Scenario("__typename: a request's fixed cost / GraphQL",
                            i -> post(http, graphQlUrl, caseworker, "{ __typename }", Map.of())),
                    new Scenario("household(id) archive  / GraphQL HTTP",
                            i -> post(http, graphQlUrl, token, ARCHIVE_QUERY, Map.of("id", ids.get(i % ids.size())))),
                    new Scenario("household(id) archive  / Cypher driver",
                            i -> () -> driver.executableQuery(ARCHIVE_CYPHER).withParameters(Map.of("id", ids.get(i % ids.size())))
                                    .withConfig(read).execute().records().size()),
                    new Scenario("household(id) archive  / HTTP floor",
                            i -> floor.post("archive", Map.of("id", ids.get(i % ids.size())))),
                    new Scenario("households 2-label page / GraphQL HTTP",
                            i -> post(http, graphQlUrl, token, FILTER_QUERY, Map.of("f", filter))),
                    new Scenario("households 2-label page / Cypher driver",
                            i -> () -> driver.executableQuery(FILTER_CYPHER)
                                    .withParameters(Map.of("labels", List.of("DIBAO", "SEVERE_DISABILITY"), "prefix", "330203"))
                                    .withConfig(read).execute().records().size()),
                    new Scenario("households 2-label page / HTTP floor",
                            i -> floor.post("page", Map.of("labels", List.of("DIBAO", "SEVERE_DISABILITY"), "prefix", "330203"))),
                    new Scenario("district page 1 as caseworker / GraphQL",
                            i -> post(http, graphQlUrl, caseworker, REGION_PAGE_QUERY, Map.of("f", Map.of("regionCode", "330203")))),
                    new Scenario("district page 500 as caseworker / GraphQL",
                            i -> post(http, graphQlUrl, caseworker, REGION_PAGE_QUERY, Map.of("f", Map.of("regionCode", "330203"), "after", page500))),
                    new Scenario("needs page 1 as caseworker / GraphQL",
                            i -> post(http, graphQlUrl, caseworker, NEEDS_QUERY, Map.of("f", openNeeds))),
                    new Scenario("needs page 51 as caseworker / GraphQL",
                            i -> post(http, graphQlUrl, caseworker, NEEDS_QUERY, Map.of("f", openNeeds, "after", needsPage51))),
                    new Scenario("needs page 1 statement / Cypher driver",
                            i -> () -> driver.executableQuery(NEEDS_CYPHER).withParameters(Map.of("prefix", "330203")).withConfig(read).execute().records().size()),
                    new Scenario("needs page 1 statement / HTTP floor",
                            i -> floor.post("needs", Map.of("prefix", "330203"))),
                    new Scenario("archive as caseworker-haishu / GraphQL",
                            i -> post(http, graphQlUrl, caseworker, ARCHIVE_QUERY, Map.of("id", ids.get(i % ids.size())))),
                    new Scenario("2-label page as caseworker-haishu / GraphQL",
                            i -> post(http, graphQlUrl, caseworker, FILTER_QUERY, Map.of("f", filter))),
                    new Scenario("person(id) as caseworker-haishu / GraphQL",
                            i -> post(http, graphQlUrl, caseworker, PERSON_QUERY, Map.of("id", personIds.get(i % personIds.size())))),
                    new Scenario("persons street page as caseworker / GraphQL",
                            i -> post(http, graphQlUrl, caseworker, PERSONS_QUERY,
                                    Map.of("f", Map.of("regionCode", streets.get(i % streets.size()))))),
                    new Scenario("matchResources as caseworker / GraphQL",
                            i -> post(http, graphQlUrl, caseworker, MATCH_QUERY, Map.of("id", needIds.get(i % needIds.size())))),
                    new Scenario("matchResources statement / Cypher driver",
                            i -> () -> matchStatements(driver, needIds.get(i % needIds.size())).size()),
                    new Scenario("matchResources statement / HTTP floor",
                            i -> floor.post("match", Map.of("needId", needIds.get(i % needIds.size())))),
                    new Scenario("resourcesNear address as hotline / GraphQL",
                            i -> post(http, graphQlUrl, hotline, NEAR_QUERY, Map.of("address", streetNames.get(i % streetNames.size()).get("address")))),
                    new Scenario("resourcesNear statement / Cypher driver",
                            i -> () -> nearStatement(driver, streetNames.get(i % streetNames.size()).get("code")).size()),
                    new Scenario("resourcesNear statement / HTTP floor",
                            i -> floor.post("near", Map.of("code", streetNames.get(i % streetNames.size()).get("code")))),
                    new Scenario("search a whole name as caseworker-haishu",
                            i -> post(http, graphQlUrl, caseworker, SEARCH_QUERY, Map.of("text", names.get(i % names.size())))),
                    new Scenario("search pinyin initials as caseworker-haishu",
                            i -> post(http, graphQlUrl, caseworker, SEARCH_QUERY, Map.of("text", initials.get(i % initials.size())))),
                    new Scenario("search full pinyin as caseworker-haishu",
                            i -> post(http, graphQlUrl, caseworker, SEARCH_QUERY, Map.of("text", fullPinyin.get(i % fullPinyin.size())))),
                    new Scenario("search one character as caseworker-haishu",
                            i -> post(http, graphQlUrl, caseworker, SEARCH_QUERY, Map.of("text", String.valueOf(characters.charAt(i % characters.length()))))),
                    new Scenario("neighbourhood of a household (explorer)",
                            i -> post(http, graphQlUrl, caseworker, NEIGHBOURHOOD_QUERY, Map.of("key", ids.get(i % ids.size())))),
                    new Scenario("demandMap of 海曙区 as caseworker-haishu",
                            i -> post(http, graphQlUrl, caseworker, "{ demandMap(regionCode: \"330203\") { community { code name } households needs } }", Map.of())),
                    new Scenario("resourceMap of 海曙区 (markers)",
                            i -> post(http, graphQlUrl, caseworker, RESOURCE_MAP_QUERY, Map.of())),
                    new Scenario("updateHousehold as caseworker-haishu",
                            i -> post(http, graphQlUrl, caseworker, UPDATE_MUTATION,
                                    Map.of("id", ids.get(i % ids.size()), "address", "宁波市海曙区 " + i + " 号"))));

            if (!only.isEmpty()) {
                scenarios = scenarios.stream().filter(s -> s.name().matches("(?:" + only + ").*")).toList();
            }
            System.out.printf("%-42s %9s %9s %9s %9s %10s%n", "scenario", "p50 ms", "p95 ms", "p99 ms", "mean ms", "req/s");
            // Warm every scenario before measuring any (JIT, plan cache, page cache), so that no
            // scenario pays for running first: the service keeps warming long after one warm-up.
            for (int round = 0; round < 2; round++) {
                for (Scenario scenario : scenarios) {
                    run(scenario, concurrency, Math.max(500, requests / 2));
                }
            }
            Map<String, Result> results = new java.util.HashMap<>();
            for (Scenario scenario : scenarios) {
                Result result = run(scenario, concurrency, requests);
                results.put(scenario.name(), result);
                System.out.printf("%-42s %9.2f %9.2f %9.2f %9.2f %10.0f%n", scenario.name(), result.p50(), result.p95(), result.p99(),
                        result.mean(), result.throughput());
            }
            System.out.printf("%n%-16s %14s %14s %14s %14s%n", "GraphQL /", "floor p50", "floor p99", "driver p50", "driver p99");
            for (String[] compared : COMPARED) {
                Result graphQl = results.get(compared[1]);
                Result floorResult = results.get(compared[2]);
                Result driverResult = results.get(compared[3]);
                if (graphQl != null && floorResult != null && driverResult != null) {
                    System.out.printf("%-16s %14.2f %14.2f %14.2f %14.2f%n", compared[0], graphQl.p50() / floorResult.p50(),
                            graphQl.p99() / floorResult.p99(), graphQl.p50() / driverResult.p50(), graphQl.p99() / driverResult.p99());
                }
            }
            Result archive = results.get(COMPARED[0][1]);
            Result scopedArchive = results.get("archive as caseworker-haishu / GraphQL");
            if (archive != null && scopedArchive != null) {
                System.out.printf("caseworker/admin p50 ratio (scoping): archive %.2f%n", scopedArchive.p50() / archive.p50());
            }
            System.out.printf("audit events stored: %,d%n", driver.executableQuery("MATCH (e:AuditEvent) RETURN count(e) AS n")
                    .withConfig(read).execute().records().getFirst().get("n").asLong());
        }
    }

    /** As the service matches: the providers within 1 km, then the fitting services of the whole radius while too few. */
    static List<org.neo4j.driver.Record> matchStatements(Driver driver, String need) {
        var read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
        var records = driver.executableQuery(MATCH_CYPHER).withParameters(Map.of("needId", need,
                "scope", List.of("330203"), "radius", 1000)).withConfig(read).execute().records();
        if (records.isEmpty() || records.getFirst().get("candidates").size() >= 30) {
            return records;
        }
        String category = records.getFirst().get("facts").get("categoryCode").asString();
        List<String> fitting = category.contains(".") ? List.of(category, category.substring(0, category.indexOf('.'))) : List.of(category);
        return driver.executableQuery(MATCH_BY_CATEGORY_CYPHER).withParameters(Map.of("needId", need,
                "scope", List.of("330203"), "radius", 5000, "fitting", fitting, "narrower", category + "."))
                .withConfig(read).execute().records();
    }

    /** As the service answers the hotline: widening the radius until ten are found. */
    static List<org.neo4j.driver.Record> nearStatement(Driver driver, String code) {
        var read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
        List<org.neo4j.driver.Record> found = List.of();
        for (int radius : new int[] {1000, 2500, 3000}) {
            found = driver.executableQuery(NEAR_CYPHER).withParameters(Map.of("code", code, "radius", radius)).withConfig(read).execute().records();
            if (found.size() >= 10) {
                break;
            }
        }
        return found;
    }

    /** Each read with a floor: its name, then its GraphQL, HTTP floor and driver scenarios. */
    static final String[][] COMPARED = {
            {"archive", "household(id) archive  / GraphQL HTTP", "household(id) archive  / HTTP floor", "household(id) archive  / Cypher driver"},
            {"2-label page", "households 2-label page / GraphQL HTTP", "households 2-label page / HTTP floor",
                    "households 2-label page / Cypher driver"},
            {"matchResources", "matchResources as caseworker / GraphQL", "matchResources statement / HTTP floor",
                    "matchResources statement / Cypher driver"},
            {"resourcesNear", "resourcesNear address as hotline / GraphQL", "resourcesNear statement / HTTP floor",
                    "resourcesNear statement / Cypher driver"},
            {"needs page 1", "needs page 1 as caseworker / GraphQL", "needs page 1 statement / HTTP floor", "needs page 1 statement / Cypher driver"}};

    /** A page of a district's needs, most urgent first: keyset cursors. */
    static final String NEEDS_QUERY = """
            query($f: NeedFilter, $after: String, $first: Int = 20) { needs(filter: $f, first: $first, after: $after) {
              pageInfo { hasNextPage endCursor } edges { node { id description urgency status created category { code } household { id } } } } }""";

    /** The needs page's answer straight from Cypher: a district's open needs, most urgent first, read in the order's index. */
    static final String NEEDS_CYPHER = """
            MATCH (n:Need) USING INDEX n:Need(urgencyRank, created)
            WHERE n.urgencyRank IS NOT NULL AND n.created IS NOT NULL AND n.gridCode STARTS WITH $prefix AND n.status = 'OPEN'
            WITH n ORDER BY n.urgencyRank, n.created, n.id LIMIT 21
            MATCH (h:Household)-[:HAS_NEED]->(n)
            RETURN n {.id, .description, .urgency, .status, .created, category: n.categoryCode, household: h.id} AS need""";

    /** A page of a district's households without labels: keyset cursors, in the order of grid then id. */
    static final String REGION_PAGE_QUERY = """
            query($f: HouseholdFilter, $after: String) { households(filter: $f, first: 20, after: $after) {
              pageInfo { hasNextPage endCursor } edges { node { id address members { name role } } } } }""";

    static final String SEARCH_QUERY = """
            query($text: String!) { search(text: $text) { hits { type match person { id name } household { id address } need { id }
              provider { id name } region { code name } } counts { type count } } }""";
    static final String NEIGHBOURHOOD_QUERY = """
            query($key: ID!) { neighbourhood(type: HOUSEHOLD, key: $key) {
              focus { id type household { id address } }
              nodes { id type key title household { id address } person { id name gender idNumber phone } need { id description urgency status }
                      warning { id level dueDate } provider { id name type } region { code name } }
              edges { source target kind text } counts { type shown total } } }""";
    static final String RESOURCE_MAP_QUERY = """
            { resourceMap(regionCode: "330203") { id name type location { latitude longitude } } }""";
    static final String UPDATE_MUTATION = """
            mutation($id: ID!, $address: String!) { updateHousehold(input: {id: $id, address: $address}) { household { id address } } }""";

    static String token(HttpClient http, String graphQlUrl, String user) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(graphQlUrl.replace("/graphql", "/demo/tokens")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\": \"" + user + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("token").asString();
    }

    record Scenario(String name, IntFunction<Callable<Integer>> request) {
    }

    record Result(double p50, double p95, double p99, double mean, double throughput) {
    }

    static Callable<Integer> post(HttpClient http, String url, String token, String query, Map<String, Object> variables) {
        return () -> send(http, url, token, query, variables).length();
    }

    /** The cursor after the first {@code count} needs of the filter (a multiple of 100), paged through the API. */
    static String needsCursorAfter(int count, HttpClient http, String url, String token, Map<String, Object> filter) throws Exception {
        String cursor = null;
        for (int read = 0; read < count; read += 100) {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("f", filter, "first", 100));
            variables.put("after", cursor);
            cursor = JSON.readTree(send(http, url, token, NEEDS_QUERY, variables)).path("data").path("needs").path("pageInfo").path("endCursor").asString();
        }
        return cursor;
    }

    private static String send(HttpClient http, String url, String token, String query, Map<String, Object> variables) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("GraphQL failed: " + response.body());
        }
        return response.body();
    }

    static Result run(Scenario scenario, int concurrency, int requests) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    scenario.request().apply(i).call();
                    latencies.add((System.nanoTime() - t) / 1e6);
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = latencies.stream().sorted().toList();
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Result(percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), mean, requests / seconds);
    }

    static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /**
     * The HTTP floor: the same statements behind a bare HTTP endpoint in this process (JSON in,
     * JSON out, no GraphQL, no token, no jurisdiction, no audit), what any service must at least
     * spend to answer over HTTP; started and stopped by the benchmark.
     */
    static final class Floor implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService threads;
        private final HttpClient http;
        private final String base;

        private Floor(HttpServer server, ExecutorService threads, HttpClient http) {
            this.server = server;
            this.threads = threads;
            this.http = http;
            this.base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        }

        static Floor start(HttpClient http, Map<String, Function<Map<String, Object>, Object>> handlers) throws IOException {
            // without it, an answer of more than one segment waits for the client's delayed ACK (40 ms)
            System.setProperty("sun.net.httpserver.nodelay", "true");
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            ExecutorService threads = Executors.newFixedThreadPool(16);
            server.setExecutor(threads);
            handlers.forEach((name, handler) -> server.createContext("/" + name, exchange -> {
                try (exchange) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> parameters = JSON.readValue(exchange.getRequestBody(), Map.class);
                    byte[] body = JSON.writeValueAsBytes(Map.of("rows", handler.apply(parameters)));
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                } catch (RuntimeException e) {
                    exchange.sendResponseHeaders(500, -1);
                }
            }));
            server.start();
            return new Floor(server, threads, http);
        }

        Callable<Integer> post(String name, Map<String, Object> parameters) {
            return () -> {
                var request = HttpRequest.newBuilder(URI.create(base + name)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(parameters))).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("floor failed: " + response.statusCode());
                }
                return response.body().length();
            };
        }

        static Object rows(Driver driver, String statement, Map<String, Object> parameters) {
            return plain(driver.executableQuery(statement).withParameters(parameters)
                    .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build()).execute().records());
        }

        static Object plain(List<org.neo4j.driver.Record> records) {
            return records.stream().map(record -> plainValue(record.asMap())).toList();
        }

        /** What JSON can say: maps, lists, numbers, text; a point as its coordinates, a date as its text. */
        private static Object plainValue(Object value) {
            if (value instanceof Map<?, ?> map) {
                Map<Object, Object> plain = new java.util.LinkedHashMap<>();
                map.forEach((key, item) -> plain.put(key, plainValue(item)));
                return plain;
            }
            if (value instanceof List<?> list) {
                return list.stream().map(Floor::plainValue).toList();
            }
            if (value instanceof Point point) {
                return Map.of("x", point.x(), "y", point.y());
            }
            if (value instanceof TemporalAccessor) {
                return value.toString();
            }
            return value;
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
