import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Writes a synthetic department extract for the import benchmark (see import.sh): a year-and-a-half
 * of records from five departments in the import's CSV columns, mostly medical bills (four in five
 * outpatient, 20 to 600 yuan; one in five inpatient, 500 to 8,000), then disability certificates,
 * unemployment, income changes and education expenses; four in five about persons in the registry,
 * and one in a hundred refused (an ID number with a wrong check character). Usage:
 * {@code java -cp <runtime classpath> Extract.java <boltUri> <boltPassword> <records> <out.csv>}
 */
public class Extract {

    static final LocalDate FIRST = LocalDate.of(2025, 6, 1);
    static final int DAYS = 540;

    public static void main(String[] args) throws Exception {
        long records = Long.parseLong(args[2]);
        List<String> registered;
        try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.basic("neo4j", args[1]))) {
            registered = driver.executableQuery("MATCH (p:Person) WHERE p.idNumber IS NOT NULL RETURN p.idNumber AS id")
                    .execute().records().stream().map(r -> r.get("id").asString()).toList();
        }
        SplittableRandom random = new SplittableRandom(7_030_000);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            out.write("department,recordId,type,idNumber,occurredOn,amount,inpatient,disabilityType,disabilityGrade,incomeBefore,incomeAfter\n");
            for (long i = 0; i < records; i++) {
                String id = random.nextInt(5) < 4 ? registered.get(random.nextInt(registered.size())) : EventBench.stranger(random);
                if (random.nextInt(100) == 0) {
                    id = id.substring(0, 17) + (id.endsWith("0") ? "1" : "0");
                }
                String on = FIRST.plusDays(random.nextInt(DAYS)).toString();
                int kind = random.nextInt(100);
                String row;
                if (kind < 90) {
                    boolean inpatient = random.nextInt(5) == 0;
                    row = "MEDICAL_INSURANCE,YB-" + i + ",MEDICAL_SELF_PAY," + id + "," + on + ","
                            + (inpatient ? 500 + random.nextInt(7_500) : 20 + random.nextInt(580)) + "," + inpatient + ",,,,";
                } else if (kind < 92) {
                    row = "DISABLED_FEDERATION,CL-" + i + ",DISABILITY_CERTIFICATE," + id + "," + on + ",,,肢体," + (1 + random.nextInt(4)) + ",,";
                } else if (kind < 96) {
                    row = "HUMAN_RESOURCES,RS-" + i + ",UNEMPLOYMENT," + id + "," + on + ",,,,,,";
                } else if (kind < 98) {
                    int before = 2_000 + random.nextInt(6_000);
                    row = "HUMAN_RESOURCES,SR-" + i + ",INCOME_CHANGE," + id + "," + on + ",,,,," + before + "," + random.nextInt(before);
                } else {
                    row = "EDUCATION,JY-" + i + ",EDUCATION_EXPENSE," + id + "," + on + "," + (500 + random.nextInt(9_500)) + ",,,,,";
                }
                out.write(row);
                out.write('\n');
            }
        }
    }
}
