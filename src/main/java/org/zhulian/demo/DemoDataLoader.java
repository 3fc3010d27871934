package org.zhulian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhulian.system.DataInitializer;
import org.zhulian.system.ZhulianProperties;

/**
 * Fills an empty database with the demo data set so that the service shows something meaningful on
 * first start: the region tree and dictionaries, Haishu's providers, the story households of the
 * articles, {@code zhulian.demo.households} generated households and micro-wishes published for them. A {@code :DemoDataset} node,
 * written last, marks a complete load, so a restart never loads twice and a load cut short is
 * finished by the next start (the writes are idempotent). A database holding households of its own
 * never receives the demo. Everything
 * random comes from one generator seeded with {@code zhulian.demo.seed}, consumed in a fixed order,
 * so the same seed and sizes always give the same graph.
 */
@Component
class DemoDataLoader implements DataInitializer {

    static final String DISTRICT = "330203";
    /** 王宏's household, the first of {@code seed/stories.json}: written in the first batch of every demo load. */
    static final String FIRST_STORY_HOUSEHOLD = "00000000-0000-4000-8000-000000000001";
    private static final int CHUNK = 2_000;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Driver driver;
    private final ZhulianProperties.Demo settings;
    private final Clock clock;

    DemoDataLoader(Driver driver, ZhulianProperties properties, Clock clock) {
        this.driver = driver;
        this.settings = properties.demo();
        this.clock = clock;
    }

    @Override
    public void initialize() {
        if (!settings.enabled()) {
            return;
        }
        State state = state();
        if (state.loaded()) {
            return;
        }
        if (state.foreignHouseholds()) {
            log.info("Demo data not loaded: the database already holds households of its own");
            return;
        }
        long started = System.nanoTime();
        DemoGraphWriter.Counts counts = load(settings.households(), settings.providers(), settings.seed());
        markLoaded();
        log.info("Demo data loaded in {} ms: {} regions, {} grid workers, {} labels, {} providers with {} services, "
                        + "{} households, {} persons, {} kin links, {} label assignments, {} needs",
                (System.nanoTime() - started) / 1_000_000, counts.regions(), counts.gridWorkers(), counts.labels(),
                counts.providers(), counts.services(), counts.households(), counts.persons(), counts.kin(),
                counts.labelAssignments(), counts.needs());
    }

    /** What the database holds: a complete demo, or households that are not the demo's. */
    private record State(boolean loaded, boolean foreignHouseholds) {
    }

    private State state() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                var row = tx.run("""
                        RETURN EXISTS { MATCH (:DemoDataset) } AS loaded,
                               EXISTS { MATCH (:Household) } AND NOT EXISTS { MATCH (:Household {id: $story}) } AS foreign""",
                        Map.of("story", FIRST_STORY_HOUSEHOLD)).single();
                return new State(row.get("loaded").asBoolean(), row.get("foreign").asBoolean());
            });
        }
    }

    private void markLoaded() {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MERGE (d:DemoDataset {seed: $seed})
                    SET d.households = $households, d.providers = $providers, d.loadedAt = datetime()""",
                    Map.of("seed", settings.seed(), "households", settings.households(),
                            "providers", settings.providers())).consume());
        }
    }

    private DemoGraphWriter.Counts load(int households, int extraProviders, long seed) {
        RandomGenerator random = new SplittableRandom(seed);
        DemoGraphWriter writer = new DemoGraphWriter(new BatchWriter(driver));
        GeoShapes shapes = GeoShapes.load();

        RegionSeed regions = RegionSeed.load(shapes, random);
        DemoGraphWriter.Counts counts = writer.regions(regions).plus(writer.dictionary(DictionarySeed.load()));
        Map<String, Integer> householdShares = shares(regions, households);
        Map<String, Integer> providerShares = shares(regions, extraProviders);

        List<HouseholdData> stories = StoryHouseholds.load(regions, shapes, random);

        ProviderGenerator providers = new ProviderGenerator(random, regions, shapes, DISTRICT);
        counts = counts.plus(writer.providers(providers.generate()));

        Set<String> idNumbers = new HashSet<>();
        stories.forEach(h -> h.members().forEach(m -> idNumbers.add(m.idNumber())));
        // The story households go with the first chunk: fewer statements to plan on a cold database.
        counts = counts.plus(households(writer, new HouseholdGenerator(random, regions, shapes, DISTRICT, idNumbers),
                householdShares.get(DISTRICT), stories));

        // Extra providers come last so that they do not change the households of the same seed.
        counts = counts.plus(writer.providers(providers.extra(providerShares.get(DISTRICT))));
        for (String district : householdShares.keySet()) {
            if (!district.equals(DISTRICT)) {
                counts = counts.plus(writer.providers(new ProviderGenerator(random, regions, shapes, district).extra(providerShares.get(district))));
                counts = counts.plus(households(writer, new HouseholdGenerator(random, regions, shapes, district, idNumbers),
                        householdShares.get(district), List.of()));
                log.info("Demo district {} loaded: {} households so far", district, counts.households());
            }
        }
        int wishes = new DemoWishes(driver).write(DISTRICT, LocalDate.now(clock));
        log.info("Demo micro-wishes published: {}", wishes);
        return counts;
    }

    /** {@code count} households of one district, written {@link #CHUNK} at a time, the {@code first} ones with the first chunk. */
    private static DemoGraphWriter.Counts households(DemoGraphWriter writer, HouseholdGenerator generator, int count, List<HouseholdData> first) {
        DemoGraphWriter.Counts counts = DemoGraphWriter.Counts.none();
        List<HouseholdData> chunk = new ArrayList<>(first);
        for (int done = 0; done < count || !chunk.isEmpty(); done += CHUNK) {
            for (int i = done; i < Math.min(count, done + CHUNK); i++) {
                chunk.add(generator.next());
            }
            counts = counts.plus(writer.households(chunk));
            chunk = new ArrayList<>(CHUNK);
        }
        return counts;
    }

    /** {@code total} shared over the configured districts by their communities; an unknown district is refused at start. */
    private Map<String, Integer> shares(RegionSeed regions, int total) {
        Map<String, Integer> communities = new LinkedHashMap<>();
        communities.put(DISTRICT, regions.under(DISTRICT, "COMMUNITY").size());
        for (String district : settings.districts()) {
            String code = district.strip();
            if (!code.isEmpty() && !communities.containsKey(code)) {
                int count = regions.under(code, "COMMUNITY").size();
                if (count == 0) {
                    throw new IllegalStateException("zhulian.demo.districts: " + code + " is not a district of the seed with communities");
                }
                communities.put(code, count);
            }
        }
        return share(total, communities);
    }

    /**
     * {@code total} shared in proportion to the weights, in their order, the first taking what
     * rounding leaves (a one-district set is that district's alone): the shares add up to the total.
     */
    static Map<String, Integer> share(int total, Map<String, Integer> weights) {
        long all = weights.values().stream().mapToLong(Integer::longValue).sum();
        Map<String, Integer> shares = new LinkedHashMap<>();
        int given = 0;
        for (var weight : weights.entrySet()) {
            int part = (int) ((long) total * weight.getValue() / all);
            shares.put(weight.getKey(), part);
            given += part;
        }
        shares.merge(weights.keySet().iterator().next(), total - given, Integer::sum);
        return shares;
    }
}
