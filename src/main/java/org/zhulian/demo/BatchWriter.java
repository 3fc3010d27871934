package org.zhulian.demo;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Writes rows with one {@code UNWIND $rows} statement per transaction of at most {@link #BATCH} rows:
 * thousands of rows per round trip and commit, which is what makes a 100,000-household load take
 * seconds rather than hours, while no transaction grows large enough to strain the heap.
 */
final class BatchWriter {

    static final int BATCH = 5_000;

    private final Driver driver;

    BatchWriter(Driver driver) {
        this.driver = driver;
    }

    /** Runs {@code cypher} (which reads {@code $rows}) over all rows; returns the number of rows. */
    int write(String cypher, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        try (Session session = driver.session()) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
            }
        }
        return rows.size();
    }
}
