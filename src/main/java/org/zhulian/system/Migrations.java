package org.zhulian.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Applies the numbered schema migrations from {@code cypher/V<n>__<what>.cypher} in order, each once.
 * Applied versions are recorded as {@code :Migration} nodes with a checksum, so a restart applies
 * nothing and an edited, already-applied file stops the start-up instead of silently drifting.
 * Statements are separated by a semicolon at the end of a line and run one per transaction, because
 * Neo4j does not mix schema and data changes in one transaction.
 */
@Component
public class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

    private final Neo4jClient neo4j;

    Migrations(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** One migration file. */
    record Migration(int version, String description, String script) {

        List<String> statements() {
            return Arrays.stream(script.split(";\\s*(\\R|$)"))
                    .map(s -> s.lines().filter(l -> !l.strip().startsWith("//")).collect(Collectors.joining("\n")).strip())
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        String checksum() {
            try {
                var digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Applies every migration not yet recorded; returns how many were applied. */
    public int apply() {
        Map<Long, String> applied = neo4j.query("MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (Long) r.get("version"), r -> (String) r.get("checksum")));
        int count = 0;
        for (Migration migration : load()) {
            String known = applied.get((long) migration.version());
            if (known != null) {
                if (!known.equals(migration.checksum())) {
                    throw new IllegalStateException("Migration V" + migration.version()
                            + " was changed after it was applied; add a new migration instead");
                }
                continue;
            }
            migration.statements().forEach(statement -> neo4j.query(statement).run());
            neo4j.query("""
                    MERGE (m:Migration {version: $version})
                    SET m.description = $description, m.checksum = $checksum, m.appliedAt = $now""")
                    .bindAll(Map.of("version", migration.version(), "description", migration.description(),
                            "checksum", migration.checksum(), "now", ZonedDateTime.now()))
                    .run();
            log.info("Applied migration V{} ({})", migration.version(), migration.description());
            count++;
        }
        if (count > 0) {
            // A new index fills in the background; the service takes no request until all are online.
            neo4j.query("CALL db.awaitIndexes(3600)").run();
        }
        return count;
    }

    static List<Migration> load() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/V*__*.cypher");
            // The same file may be on the class path twice (classes and a jar); two different files of one version are a mistake.
            Map<Integer, List<Migration>> byVersion = Arrays.stream(resources).map(Migrations::read)
                    .collect(Collectors.groupingBy(Migration::version, TreeMap::new, Collectors.toList()));
            return byVersion.values().stream().map(same -> {
                if (same.stream().map(Migration::checksum).distinct().count() > 1) {
                    throw new IllegalStateException("Two different migrations V" + same.getFirst().version() + ": "
                            + same.stream().map(Migration::description).distinct().collect(Collectors.joining(", ")));
                }
                return same.getFirst();
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Migration read(Resource resource) {
        Matcher name = FILE_NAME.matcher(resource.getFilename());
        if (!name.matches()) {
            throw new IllegalStateException("Not a migration file name: " + resource.getFilename());
        }
        try {
            return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '),
                    resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
