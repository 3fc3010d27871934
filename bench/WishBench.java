import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

/**
 * Micro-wishes at 10,000 published wishes: {@code wishMatches} for a donor giving in a district and
 * for one giving in a 5 km circle, and {@code claimWish} with 100 donors racing for 10 wishes, each
 * beside the best single Cypher statement for the same answer through the bare driver. Seeds the
 * wishes (and the open needs they come from) on first use. Usage (see wishes.sh):
 * {@code java -cp <runtime classpath> WishBench.java <graphqlUrl> <boltUri> <boltPassword> [concurrency] [requests]}
 */
public class WishBench {

    static final int PUBLISHED = 10_000;
    static final int DONORS = 100;
    static final int CONTESTED = 10;

    static final String MATCHES_QUERY = """
            query { wishMatches(first: 20) { edges { node { invited distanceMeters reasons
              wish { id item category categoryName quantity valueYuan story deadline status community { code name } } } } } }""";

    /** What the service runs for a donor (WishMatching): its invitations, then the nearest fitting wishes, ring by ring. */
    static final String INVITED_CYPHER = """
            MATCH (:Donor {id: $donor})-[:INVITED]->(w:Wish {status: 'PUBLISHED'}) WHERE w.deadline >= date()
            RETURN w {.id, .item, .category, .quantity, .valueYuan, .story, .deadline, .status, .gridCode} AS wish""";

    static final String NEAREST_CYPHER = """
            MATCH (w:Wish) WHERE point.distance(w.communityCentre, $origin) <= $ring
              AND w.status = 'PUBLISHED' AND w.category IN $categories AND w.deadline >= date()
              AND ($min IS NULL OR w.valueYuan >= $min) AND ($max IS NULL OR w.valueYuan <= $max)
              AND (size($prefixes) = 0 OR any(prefix IN $prefixes WHERE w.gridCode STARTS WITH prefix))
            WITH w, point.distance(w.communityCentre, $origin) AS distance
            ORDER BY distance, w.deadline, w.id LIMIT 21
            RETURN w {.id, .item, .category, .quantity, .valueYuan, .story, .deadline, .status, .gridCode} AS wish, distance""";

    static final int[] RINGS = {1_000, 3_000, 10_000, 30_000, 100_000};

    static final String CLAIM_MUTATION = "mutation($id: ID!) { claimWish(wishId: $id) { claim { id status } } }";

    /** A claim in one statement: the donor's lock, the household's lock, the check and the claim. */
    static final String CLAIM_CYPHER = """
            MATCH (d:Donor {account: $account}) SET d.revision = coalesce(d.revision, 0) + 1
            WITH d
            MATCH (h:Household)-[:HAS_WISH]->(w:Wish {id: $wish})
            MERGE (lock:HouseholdLock {householdId: h.id}) SET lock.revision = coalesce(lock.revision, 0) + 1
            WITH d, w
            WHERE w.status = 'PUBLISHED' AND COUNT { (d)-[:MADE]->(:ActiveClaim) } < 5
            CREATE (d)-[:MADE]->(c:Claim:ActiveClaim {id: randomUUID(), wishId: w.id, donorId: d.id, account: d.account, status: 'ACTIVE',
                                                   claimedAt: datetime(), expiresAt: datetime() + duration('P14D')})-[:ON]->(w)
            SET w.status = 'CLAIMED'
            RETURN count(c) AS claimed""";

    /** Puts the contested wishes back on the board between rounds, as if never claimed (a donor that gave one back could not claim it again). */
    static final String RESET_CLAIMS = """
            UNWIND $wishes AS id
            MATCH (w:Wish {id: id})
            SET w.status = 'PUBLISHED'
            WITH w
            MATCH (w)<-[:ON]-(c:Claim)
            DETACH DELETE c""";

    /** Open needs and published wishes for households of Haishu that have none, up to {@value #PUBLISHED} published wishes. */
    static final String SEED = """
            MATCH (h:Household) WHERE h.gridCode STARTS WITH '330203' AND NOT EXISTS { (h)-[:HAS_WISH]->(:Wish) }
            WITH h ORDER BY h.id LIMIT $missing
            WITH collect(h) AS households
            UNWIND range(0, size(households) - 1) AS n
            WITH households[n] AS h, n
            MATCH (head:Person)-[:MEMBER_OF {role: 'HEAD'}]->(h)
            MATCH (category:ServiceCategory {code: 'MATERIAL.GOODS'})
            OPTIONAL MATCH (community:Region {code: substring(h.gridCode, 0, 12)})
            WITH h, head, category, community, n, $categories[n % size($categories)] AS kind
            CREATE (h)-[:HAS_NEED]->(need:Need {id: randomUUID(), categoryCode: 'MATERIAL.GOODS', description: '需要' + kind,
                                                urgency: 'MEDIUM', status: 'OPEN', created: datetime(), gridCode: h.gridCode})-[:OF_CATEGORY]->(category)
            CREATE (h)-[:HAS_WISH]->(w:Wish:LiveWish {id: randomUUID(), needId: need.id, status: 'PUBLISHED', item: kind + '一份',
                    category: kind, quantity: 1, valueYuan: 30 + n % 2970, story: '家里需要一些帮助，希望得到爱心人士的支持。',
                    deadline: date() + duration({days: 21 + n % 60}), created: datetime(), updated: datetime(), publishedAt: datetime() - duration({minutes: n % 50000}),
                    draftedBy: 'bench', reviewedBy: 'bench-review', gridCode: h.gridCode, communityCentre: community.centre,
                    consentPersonId: head.id, consentMethod: 'IN_PERSON', consentAt: datetime(), consentRecordedBy: 'bench'})-[:FOR]->(need)
            RETURN count(w) AS seeded""";

    static final List<String> CATEGORIES = List.of("APPLIANCE", "BEDDING", "CLOTHING", "FOOD", "DAILY_GOODS", "SCHOOL_SUPPLIES",
            "BOOKS_TOYS", "FURNITURE", "HEATING_COOLING", "MOBILITY_AIDS", "OTHER");

    public static void main(String[] args) throws Exception {
        String graphQlUrl = args[0];
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int requests = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var read = QueryConfig.builder().withRouting(RoutingControl.READ).build();

        try (Driver driver = GraphDatabase.driver(args[1], AuthTokens.basic("neo4j", args[2]))) {
            long published = count(driver, "MATCH (w:Wish {status: 'PUBLISHED'}) RETURN count(w) AS n");
            if (published < PUBLISHED) {
                long started = System.nanoTime();
                long seeded = driver.executableQuery(SEED).withParameters(Map.of("missing", PUBLISHED - published, "categories", CATEGORIES))
                        .execute().records().getFirst().get("seeded").asLong();
                System.out.printf("seeded %,d published wishes in %d ms%n", seeded, (System.nanoTime() - started) / 1_000_000);
            }
            System.out.printf("data set: %,d households, %,d published wishes; concurrency %d; %,d requests per scenario%n",
                    count(driver, "MATCH (h:Household) RETURN count(h) AS n"),
                    count(driver, "MATCH (w:Wish {status: 'PUBLISHED'}) RETURN count(w) AS n"), concurrency, requests);

            String district = Bench.token(http, graphQlUrl, "charity-a");
            String circle = Bench.token(http, graphQlUrl, "charity-b");
            profile(http, graphQlUrl, district, """
                    {kind: ORGANISATION, displayName: "海曙区慈善总会", focus: [APPLIANCE, HEATING_COOLING, BEDDING, FURNITURE], area: {regionCodes: ["330203"]},
                     minValueYuan: 50, maxValueYuan: 3000}""");
            profile(http, graphQlUrl, circle, """
                    {kind: ORGANISATION, displayName: "石碶爱心超市", focus: [FOOD, DAILY_GOODS, CLOTHING, BEDDING],
                     area: {latitude: 29.8106, longitude: 121.5045, radiusMeters: 5000}, maxValueYuan: 500}""");
            List<String> donors = new ArrayList<>();
            for (int n = 1; n <= DONORS; n++) {
                String token = Bench.token(http, graphQlUrl, "charity-" + n);
                profile(http, graphQlUrl, token, "{displayName: \"爱心团体" + n + "\"}");
                donors.add(token);
            }
            Map<String, Object> byRegion = donorParameters(driver, "charity-a");
            Map<String, Object> byCircle = donorParameters(driver, "charity-b");
            List<String> contested = driver.executableQuery("MATCH (w:Wish {status: 'PUBLISHED'}) WHERE w.draftedBy = 'bench' RETURN w.id AS id ORDER BY w.id LIMIT $n")
                    .withParameters(Map.of("n", CONTESTED)).execute().records().stream().map(r -> r.get("id").asString()).toList();

            List<Bench.Scenario> reads = List.of(
                    new Bench.Scenario("wishMatches, district donor / GraphQL", i -> Bench.post(http, graphQlUrl, district, MATCHES_QUERY, Map.of())),
                    new Bench.Scenario("wishMatches, district donor / Cypher", i -> () -> nearest(driver, byRegion)),
                    new Bench.Scenario("wishMatches, 5 km donor / GraphQL", i -> Bench.post(http, graphQlUrl, circle, MATCHES_QUERY, Map.of())),
                    new Bench.Scenario("wishMatches, 5 km donor / Cypher", i -> () -> nearest(driver, byCircle)));
            System.out.printf("%-42s %9s %9s %9s %10s%n", "scenario", "p50 ms", "p99 ms", "mean ms", "req/s");
            for (int round = 0; round < 2; round++) {
                for (Bench.Scenario scenario : reads) {
                    Bench.run(scenario, concurrency, Math.max(500, requests / 2));
                }
            }
            for (Bench.Scenario scenario : reads) {
                print(scenario.name(), Bench.run(scenario, concurrency, requests));
            }

            // 100 donors on 10 wishes: every donor tries every wish; exactly one claim per wish may win.
            List<String> ids = new ArrayList<>();
            for (String wish : contested) {
                for (int d = 0; d < DONORS; d++) {
                    ids.add(d + " " + wish);
                }
            }
            int races = 5;
            for (int round = 0; round < races + 1; round++) {
                boolean measured = round == races;
                Map<String, Set<String>> winners = new ConcurrentHashMap<>();
                driver.executableQuery(RESET_CLAIMS).withParameters(Map.of("wishes", contested)).execute();
                Bench.Result api = Bench.run(new Bench.Scenario("claimWish", i -> {
                    String[] call = ids.get(i).split(" ");
                    return claim(http, graphQlUrl, donors.get(Integer.parseInt(call[0])), call[1], winners);
                }), Math.max(concurrency, 16), ids.size());
                check(winners, contested);
                driver.executableQuery(RESET_CLAIMS).withParameters(Map.of("wishes", contested)).execute();
                Map<String, Set<String>> statementWinners = new ConcurrentHashMap<>();
                Bench.Result statement = Bench.run(new Bench.Scenario("claim statement", i -> () -> {
                    String[] call = ids.get(i).split(" ");
                    long claimed = driver.executableQuery(CLAIM_CYPHER).withParameters(Map.of("account", "charity-" + (Integer.parseInt(call[0]) + 1),
                            "wish", call[1])).execute().records().getFirst().get("claimed").asLong();
                    if (claimed > 0) {
                        statementWinners.computeIfAbsent(call[1], k -> ConcurrentHashMap.newKeySet()).add(call[0]);
                    }
                    return (int) claimed;
                }), Math.max(concurrency, 16), ids.size());
                check(statementWinners, contested);
                if (measured) {
                    print("claimWish, 100 donors x 10 wishes / GraphQL", api);
                    print("claimWish, 100 donors x 10 wishes / Cypher", statement);
                }
            }
            driver.executableQuery(RESET_CLAIMS).withParameters(Map.of("wishes", contested)).execute();
            System.out.println("every race: exactly one claim won on each of the " + CONTESTED + " wishes");
        }
    }

    /** The donor's invitations and the nearest 21 fitting wishes, ring by ring within its area, as the service reads them. */
    static int nearest(Driver driver, Map<String, Object> donor) {
        var read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
        int invited = driver.executableQuery(INVITED_CYPHER).withParameters(donor).withConfig(read).execute().records().size();
        int bound = donor.get("radius") == null ? Integer.MAX_VALUE : (Integer) donor.get("radius");
        int found = 0;
        for (int ring : RINGS) {
            Map<String, Object> parameters = new HashMap<>(donor);
            parameters.put("ring", Math.min(ring, bound));
            found = driver.executableQuery(NEAREST_CYPHER).withParameters(parameters).withConfig(read).execute().records().size();
            if (found >= 21 || ring >= bound) {
                break;
            }
        }
        return invited + found;
    }

    static Callable<Integer> claim(HttpClient http, String url, String token, String wish, Map<String, Set<String>> winners) {
        Callable<Integer> post = Bench.post(http, url, token, CLAIM_MUTATION, Map.of("id", wish));
        return () -> {
            try {
                post.call();
                winners.computeIfAbsent(wish, k -> ConcurrentHashMap.newKeySet()).add(token);
                return 1;
            } catch (IllegalStateException refused) {
                if (!refused.getMessage().contains("WISH_ALREADY_CLAIMED") && !refused.getMessage().contains("CLAIM_QUOTA_REACHED")) {
                    throw refused;
                }
                return 0;
            }
        };
    }

    static void check(Map<String, Set<String>> winners, List<String> contested) {
        Set<String> won = new HashSet<>(winners.keySet());
        if (!won.equals(new HashSet<>(contested)) || winners.values().stream().anyMatch(w -> w.size() != 1)) {
            throw new IllegalStateException("not exactly one claim per wish: " + winners);
        }
    }

    static void profile(HttpClient http, String url, String token, String input) throws Exception {
        Bench.post(http, url, token, "mutation { updateDonorProfile(input: " + input + ") { donor { id } } }", Map.of()).call();
    }

    /** The donor's profile as the service binds it. */
    static Map<String, Object> donorParameters(Driver driver, String account) {
        var d = driver.executableQuery("MATCH (d:Donor {account: $a}) RETURN d").withParameters(Map.of("a", account)).execute()
                .records().getFirst().get("d").asNode();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("donor", d.get("id").asString());
        parameters.put("categories", d.get("focus").asList(v -> v.asString()));
        parameters.put("min", d.get("minValueYuan").isNull() ? null : d.get("minValueYuan").asInt());
        parameters.put("max", d.get("maxValueYuan").isNull() ? null : d.get("maxValueYuan").asInt());
        parameters.put("prefixes", d.get("areaPrefixes").isNull() ? List.of() : d.get("areaPrefixes").asList(v -> v.asString()));
        parameters.put("origin", d.get("origin").isNull() ? null : d.get("origin").asPoint());
        parameters.put("radius", d.get("areaRadiusMeters").isNull() ? null : d.get("areaRadiusMeters").asInt());
        return parameters;
    }

    static long count(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
    }

    static void print(String name, Bench.Result result) {
        System.out.printf("%-42s %9.2f %9.2f %9.2f %10.0f%n", name, result.p50(), result.p99(), result.mean(), result.throughput());
    }
}
