import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * The floor of an import on this machine: how many department records a second Neo4j itself can
 * store, with nothing of the service around it (no checks, no Bolt, no rules, no warnings). An
 * embedded database in a scratch directory with the events' constraints (V0010) and 266,000
 * persons; batches of 10,000 records like an extract's bills, two written at once, as the import
 * writes them; each statement a step closer to what the import's own statement does:
 * <ol>
 *   <li>create: a node of the record's properties (and its two unique ids);</li>
 *   <li>merge: the same, merged on the record's key, so a record sent twice is one node;</li>
 *   <li>store: merged, and linked to its person found by ID number (the import's statement);</li>
 *   <li>store by API: the same through Neo4j's Java API instead of Cypher (an import inside the
 *       database's own process could write this way).</li>
 * </ol>
 * Usage: {@code java -cp <runtime classpath> StoreFloor.java [batches]}
 */
public class StoreFloor {

    static final int PERSONS = 266_000;
    static final int BATCH = 10_000;

    static final Map<String, String> STATEMENTS = Map.of(
            "create", """
                    UNWIND $rows AS row
                    CREATE (e:DepartmentEvent) SET e += row.properties, e.id = row.id, e.key = row.key""",
            "merge", """
                    UNWIND $rows AS row
                    MERGE (e:DepartmentEvent {key: row.key})
                    ON CREATE SET e += row.properties, e.id = row.id""",
            "store", """
                    UNWIND $rows AS row
                    MERGE (e:DepartmentEvent {key: row.key})
                    ON CREATE SET e += row.properties, e.id = row.id, e.receivedAt = datetime(), e.receivedBy = $actor
                    WITH row, e
                    OPTIONAL MATCH (p:Person {idNumber: row.idNumber})
                    FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (e)-[:CONCERNS]->(p))""");

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path home = Files.createTempDirectory("store-floor");
        var dbms = new DatabaseManagementServiceBuilder(home).setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("1g")).build();
        try {
            GraphDatabaseService db = dbms.database("neo4j");
            for (String constraint : List.of("(e:DepartmentEvent) REQUIRE e.key", "(e:DepartmentEvent) REQUIRE e.id", "(p:Person) REQUIRE p.idNumber")) {
                db.executeTransactionally("CREATE CONSTRAINT IF NOT EXISTS FOR " + constraint + " IS UNIQUE");
            }
            db.executeTransactionally("CALL db.awaitIndexes(300)");
            for (int first = 0; first < PERSONS; first += BATCH) {
                List<Map<String, Object>> persons = new ArrayList<>();
                for (int i = first; i < first + BATCH; i++) {
                    persons.add(Map.of("idNumber", idNumber(i)));
                }
                db.executeTransactionally("UNWIND $rows AS row CREATE (:Person {idNumber: row.idNumber})", Map.of("rows", persons));
            }
            SplittableRandom random = new SplittableRandom(7);
            System.out.printf("%,d records a statement, in batches of %,d, two at once%n", (long) batches * BATCH, BATCH);
            for (String mode : List.of("create", "merge", "store", "store by API")) {
                Consumer<List<Map<String, Object>>> writer = mode.equals("store by API") ? rows -> storeByApi(db, rows)
                        : rows -> db.executeTransactionally(STATEMENTS.get(mode), Map.of("rows", rows, "actor", "import:floor.csv"));
                // The first third warms the code and the cache; the rest is measured.
                write(writer, mode + "-warm", batches / 3, random);
                long started = System.nanoTime();
                write(writer, mode, batches, random);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("%-12s %,10.0f records a second%n", mode, batches * BATCH / seconds);
            }
        } finally {
            dbms.shutdown();
            try (var files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void storeByApi(GraphDatabaseService db, List<Map<String, Object>> rows) {
        try (Transaction tx = db.beginTx()) {
            for (Map<String, Object> row : rows) {
                if (tx.findNode(EVENT, "key", row.get("key")) != null) {
                    continue;
                }
                Node event = tx.createNode(EVENT);
                event.setProperty("key", row.get("key"));
                event.setProperty("id", row.get("id"));
                ((Map<String, Object>) row.get("properties")).forEach(event::setProperty);
                event.setProperty("receivedAt", java.time.ZonedDateTime.now());
                event.setProperty("receivedBy", "import:floor.csv");
                Node person = tx.findNode(PERSON, "idNumber", row.get("idNumber"));
                if (person != null) {
                    event.createRelationshipTo(person, CONCERNS);
                }
            }
            tx.commit();
        }
    }

    private static final Label EVENT = Label.label("DepartmentEvent");
    private static final Label PERSON = Label.label("Person");
    private static final RelationshipType CONCERNS = RelationshipType.withName("CONCERNS");

    /** Writes the batches with {@code writer}, two at once, as the import does. */
    private static void write(Consumer<List<Map<String, Object>>> writer, String run, int batches, SplittableRandom random) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> inFlight = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                List<Map<String, Object>> rows = bills(run + "-" + b, random);
                inFlight.add(writers.submit(() -> writer.accept(rows)));
                if (inFlight.size() == 2) {
                    inFlight.removeFirst().get();
                }
            }
            for (Future<?> batch : inFlight) {
                batch.get();
            }
        } finally {
            writers.shutdown();
        }
    }

    /** A batch of bills as the import's checks leave them, in order of ID number as the import sends them. */
    private static List<Map<String, Object>> bills(String batch, SplittableRandom random) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            String recordId = "YB-" + batch + "-" + i;
            Map<String, Object> properties = new HashMap<>();
            properties.put("department", "MEDICAL_INSURANCE");
            properties.put("recordId", recordId);
            properties.put("type", "MEDICAL_SELF_PAY");
            properties.put("occurredOn", LocalDate.of(2025, 6, 1).plusDays(random.nextInt(540)));
            properties.put("regionCode", "330203000000");
            properties.put("amount", 20 + random.nextInt(600) * 1.0);
            properties.put("inpatient", random.nextInt(5) == 0);
            properties.put("fingerprint", UUID.randomUUID().toString().replace("-", "") + "0123456789a");
            Map<String, Object> row = new HashMap<>();
            row.put("key", "MEDICAL_INSURANCE/" + recordId);
            row.put("id", UUID.randomUUID().toString());
            row.put("idNumber", idNumber(random.nextInt(PERSONS * 5 / 4)));
            row.put("properties", properties);
            rows.add(row);
        }
        rows.sort(Comparator.comparing(row -> (String) row.get("idNumber")));
        return rows;
    }

    private static String idNumber(int person) {
        return String.format("3302031950%08d", person);
    }
}
