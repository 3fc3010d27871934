package org.zhulian.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * articles and {@code zhulian.demo.households} generated households. It does nothing when the demo is
 * disabled or the database already holds a household, so a restart never loads twice. Everything
 * random comes from one generator seeded with {@code zhulian.demo.seed}, consumed in a fixed order,
 * so the same seed and sizes always give the same graph.
 */
@Component
class DemoDataLoader implements DataInitializer {

    static final String DISTRICT = "330203";
    private static final int CHUNK = 2_000;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Driver driver;
    private final ZhulianProperties.Demo settings;

    DemoDataLoader(Driver driver, ZhulianProperties properties) {
        this.driver = driver;
        this.settings = properties.demo();
    }

    @Override
    public void initialize() {
        if (!settings.enabled()) {
            return;
        }
        if (hasHouseholds()) {
            log.info("Demo data not loaded: the database already holds households");
            return;
        }
        long started = System.nanoTime();
        DemoGraphWriter.Counts counts = load(settings.households(), settings.providers(), settings.seed());
        log.info("Demo data loaded in {} ms: {} regions, {} grid workers, {} labels, {} providers with {} services, "
                        + "{} households, {} persons, {} kin links, {} label assignments, {} needs",
                (System.nanoTime() - started) / 1_000_000, counts.regions(), counts.gridWorkers(), counts.labels(),
                counts.providers(), counts.services(), counts.households(), counts.persons(), counts.kin(),
                counts.labelAssignments(), counts.needs());
    }

    private boolean hasHouseholds() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run("RETURN EXISTS { MATCH (:Household) } AS present").single().get("present").asBoolean());
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
        return counts.plus(writer.providers(providers.extra(extraProviders)));
    }
}
