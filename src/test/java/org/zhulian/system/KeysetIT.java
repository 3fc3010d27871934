package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.IntegrationTest;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Keyset;

/**
 * Keyset pages on the real database, for any mix of ascending and descending keys of every type a
 * list orders by, with many ties: the pages of any sizes, read one after another, give exactly
 * the order of one statement, and rows written between two pages never make an earlier row come
 * twice or go missing.
 */
@IntegrationTest
class KeysetIT {

    private static final String ROWS = "MATCH (x:KeysetProbe)\n";
    private static final List<Keyset> ORDERS = List.of(
            Keyset.of("x.at DESC", "x.id"),
            Keyset.of("x.day", "x.rank DESC", "x.id"),
            Keyset.of("CASE x.urgency WHEN 'HIGH' THEN 0 ELSE 1 END", "x.at", "x.id DESC"),
            Keyset.of("x.id"));

    @Autowired
    Neo4jClient neo4j;

    @AfterEach
    void removeProbes() {
        neo4j.query("MATCH (x:KeysetProbe) DETACH DELETE x").run();
    }

    @Test
    void pagesOfAnySizeReadInTurnGiveTheOrderOfOneStatement() {
        Random random = new Random(7);
        for (int round = 0; round < 8; round++) {
            removeProbes();
            write(random, 60 + random.nextInt(80), "r" + round + "-");
            for (Keyset order : ORDERS) {
                List<String> paged = new ArrayList<>();
                Keyset.Slice slice = order.slice(1 + random.nextInt(15), null);
                while (true) {
                    List<Keyset.Row<String>> rows = page(slice);
                    rows.stream().limit(slice.limit()).forEach(row -> paged.add(row.node()));
                    if (rows.size() <= slice.limit()) {
                        break;
                    }
                    slice = order.slice(1 + random.nextInt(15), rows.get(slice.limit() - 1).cursor());
                }
                assertThat(paged).as("round %d, %s", round, order).isEqualTo(all(order));
            }
        }
    }

    @Test
    void rowsWrittenBetweenPagesNeverRepeatOrHideAnEarlierRow() {
        Random random = new Random(11);
        write(random, 120, "old-");
        Set<String> there = Set.copyOf(all(ORDERS.get(0)));
        for (Keyset order : ORDERS) {
            List<String> seen = new ArrayList<>();
            Keyset.Slice slice = order.slice(7, null);
            int batch = 0;
            while (true) {
                List<Keyset.Row<String>> rows = page(slice);
                rows.stream().limit(slice.limit()).forEach(row -> seen.add(row.node()));
                if (rows.size() <= slice.limit()) {
                    break;
                }
                write(random, 3, "new-" + order.hashCode() + "-" + batch++ + "-");
                slice = order.slice(7, rows.get(slice.limit() - 1).cursor());
            }
            assertThat(seen).as("%s", order).doesNotHaveDuplicates().containsAll(there);
        }
    }

    @Test
    void aCursorOfAnotherListOrAForgedOneIsRefused() {
        write(new Random(3), 5, "c-");
        String cursor = page(ORDERS.get(0).slice(1, null)).getFirst().cursor();
        assertThat(page(ORDERS.get(0).slice(1, cursor))).isNotEmpty();

        assertThatThrownBy(() -> ORDERS.get(1).slice(1, cursor)).isInstanceOf(InvalidInputException.class).hasMessageContaining("same list");
        for (String forged : List.of("bad!", "", base64("o:20"), base64(decoded(cursor) + "|sYQ"), base64(decoded(cursor).replaceFirst("\\|[^|]*$", "|")),
                base64(decoded(cursor).replace("|t", "|x")), base64(decoded(cursor).replace("|t", "|t!")))) {
            assertThatThrownBy(() -> ORDERS.get(0).slice(1, forged)).as(forged).isInstanceOf(InvalidInputException.class);
        }
    }

    private List<Keyset.Row<String>> page(Keyset.Slice slice) {
        return slice.rows(neo4j.query(slice.statement(ROWS, "x.id AS id")), row -> row.get("id").asString());
    }

    private List<String> all(Keyset order) {
        return neo4j.query(ROWS + "RETURN x.id " + order.orderBy())
                .fetchAs(String.class).all().stream().toList();
    }

    /** Rows with few distinct values per key, so that ties on the leading keys are the rule. */
    private void write(Random random, int count, String prefix) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        while (rows.size() < count) {
            String id = prefix + random.nextInt(count * 10);
            if (ids.add(id)) {
                rows.add(Map.of("id", id,
                        "at", OffsetDateTime.of(2026, 3, 1 + random.nextInt(3), 9, 30 * random.nextInt(2), 0, 0, ZoneOffset.ofHours(8)),
                        "day", LocalDate.of(2026, 1, 1).plusDays(random.nextInt(4)),
                        "rank", (long) random.nextInt(3),
                        "urgency", random.nextBoolean() ? "HIGH" : "LOW"));
            }
        }
        neo4j.query("UNWIND $rows AS row CREATE (x:KeysetProbe) SET x = row").bind(rows).to("rows").run();
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decoded(String cursor) {
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    }
}
