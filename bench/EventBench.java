import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import tools.jackson.databind.JsonNode;

/**
 * Department records in through the feed's GraphQL mutation, in batches of 10,000: records per
 * second end to end (HTTP, checks, matching by ID number, rule packs, warnings), for a mix of bills,
 * certificates and unemployment, four in five about registered persons. Usage (see events.sh):
 * {@code java -cp <runtime classpath> EventBench.java <graphqlUrl> <boltUri> <boltPassword> [records]}
 */
public class EventBench {

    static final int BATCH = 10_000;
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final String INGEST = """
            mutation($events: [DepartmentEventInput!]!) { ingestEvents(events: $events) { created unchanged rejected { index } } }""";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int records = args.length > 3 ? Integer.parseInt(args[3]) : 200_000;
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = Bench.token(http, url, "partner-medical-insurance");
        Driver driver = GraphDatabase.driver(args[1], AuthTokens.basic("neo4j", args[2]));
        List<String> registered = driver.executableQuery("MATCH (p:Person) WHERE p.idNumber IS NOT NULL RETURN p.idNumber AS id LIMIT 200000")
                .execute().records().stream().map(r -> r.get("id").asString()).toList();
        long warningsBefore = driver.executableQuery("MATCH (w:Warning) RETURN count(w) AS n").execute().records().getFirst().get("n").asLong();
        SplittableRandom random = new SplittableRandom(20261201);
        String run = Long.toString(System.currentTimeMillis(), 36);
        long created = 0;
        long rejected = 0;
        long started = System.nanoTime();
        for (int from = 0; from < records; from += BATCH) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = from; i < Math.min(records, from + BATCH); i++) {
                batch.add(record(run + "-" + i, random, registered));
            }
            String body = Bench.JSON.writeValueAsString(Map.of("query", INGEST, "variables", Map.of("events", batch)));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode result = Bench.JSON.readTree(response.body()).path("data").path("ingestEvents");
            if (result.isMissingNode() || result.isNull()) {
                throw new IllegalStateException("ingest failed: " + response.body());
            }
            created += result.path("created").asLong();
            rejected += result.path("rejected").size();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("\r%,d of %,d records, %,.0f a second", Math.min(records, from + BATCH), records, Math.min(records, from + BATCH) / seconds);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long warnings = driver.executableQuery("MATCH (w:Warning) RETURN count(w) AS n").execute().records().getFirst().get("n").asLong()
                - warningsBefore;
        driver.close();
        System.out.printf("%n%,d records in %.1f s: %,.0f records a second end to end; %,d created, %,d warnings raised, %,d rejected%n",
                records, seconds, records / seconds, created, warnings, rejected);
    }

    static Map<String, Object> record(String recordId, SplittableRandom random, List<String> registered) {
        Map<String, Object> record = new HashMap<>();
        record.put("department", "MEDICAL_INSURANCE");
        record.put("recordId", recordId);
        record.put("idNumber", random.nextInt(5) < 4 ? registered.get(random.nextInt(registered.size())) : stranger(random));
        record.put("occurredOn", LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)).toString());
        int kind = random.nextInt(10);
        if (kind < 8) {
            record.put("type", "MEDICAL_SELF_PAY");
            record.put("amount", 50 + random.nextInt(8_000));
            record.put("inpatient", random.nextInt(5) == 0);
        } else if (kind == 8) {
            record.put("type", "DISABILITY_CERTIFICATE");
            record.put("disabilityType", "肢体");
            record.put("disabilityGrade", 1 + random.nextInt(4));
        } else {
            record.put("type", "UNEMPLOYMENT");
        }
        return record;
    }

    /** A valid ID number of nobody in the registry (born in Beijing, 1950 to 1999). */
    static String stranger(SplittableRandom random) {
        String body = "110105" + LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18_000)).toString().replace("-", "")
                + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
