package org.zhulian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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

        List<HouseholdData> stories = StoryHouseholds.load(regions, shapes, random);

        ProviderGenerator providers = new ProviderGenerator(random, regions, shapes, DISTRICT);
        counts = counts.plus(writer.providers(providers.generate()));

        Set<String> idNumbers = new HashSet<>();
        stories.forEach(h -> h.members().forEach(m -> idNumbers.add(m.idNumber())));
        HouseholdGenerator generator = new HouseholdGenerator(random, regions, shapes, DISTRICT, idNumbers);
        // The story households go with the first chunk: fewer statements to plan on a cold database.
        List<HouseholdData> chunk = new ArrayList<>(stories);
        for (int done = 0; done < households || !chunk.isEmpty(); done += CHUNK) {
            for (int i = done; i < Math.min(households, done + CHUNK); i++) {
                chunk.add(generator.next());
            }
            counts = counts.plus(writer.households(chunk));
            chunk = new ArrayList<>(CHUNK);
        }

        // Extra providers come last so that they do not change the households of the same seed.
        counts = counts.plus(writer.providers(providers.extra(extraProviders)));
        int wishes = new DemoWishes(driver).write(DISTRICT, LocalDate.now(clock));
        log.info("Demo micro-wishes published: {}", wishes);
        return counts;
    }
}
