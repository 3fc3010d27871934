package org.zhulian.search;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.zhulian.system.DataInitializer;
import org.zhulian.system.Parameters;

/**
 * Gives the pinyin keys to records written without them: those of a database from before the keys,
 * or written by another program. Every write path of the application sets them with the name, so
 * this finds nothing on a database it has filled; it runs after every other initializer, once per
 * start, in batches, so that a large registry is keyed without one huge transaction.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PinyinBackfill implements DataInitializer {

    static final int BATCH = 5_000;

    private static final Logger log = LoggerFactory.getLogger(PinyinBackfill.class);

    private final Neo4jClient neo4j;

    PinyinBackfill(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public void initialize() {
        for (SearchType type : SearchType.values()) {
            if (type.pinyinIndex == null) {
                continue;
            }
            int keyed = 0;
            for (List<Map<String, Object>> rows = unkeyed(type); !rows.isEmpty(); rows = unkeyed(type)) {
                neo4j.query("UNWIND $rows AS row MATCH (x) WHERE elementId(x) = row.id SET x += row.pinyin")
                        .bind(rows).to("rows").run();
                keyed += rows.size();
            }
            if (keyed > 0) {
                log.info("Pinyin keys given to {} records of {}", keyed, type.label);
            }
        }
    }

    private List<Map<String, Object>> unkeyed(SearchType type) {
        return neo4j.query("MATCH (x:%s) WHERE x.pinyinFull IS NULL AND x.%s IS NOT NULL RETURN elementId(x) AS id, x.%2$s AS text LIMIT $batch"
                        .formatted(type.label, type.text))
                .bindAll(Parameters.of("batch", BATCH))
                .fetch().all().stream()
                .map(row -> Map.of("id", row.get("id"), "pinyin", type.pinyinOf((String) row.get("text")).properties()))
                .toList();
    }
}
