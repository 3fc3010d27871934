package org.zhulian.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhulian.ZhulianApplication;
import org.zhulian.support.TestPeople;

/**
 * The import command as an operator runs it, in its own JVM on its own embedded database: killed
 * with {@code kill -9} in the middle of an extract, then started again, it goes on from its last
 * checkpoint, and the extract ends up stored exactly once: a third run finds every good record stored
 * already and nothing new, and the rows refused are each listed once.
 */
class EventImportCrashIT {

    static final int RECORDS = 40_000;
    static final Pattern SUMMARY = Pattern.compile("([\\d,]+) records, ([\\d,]+) new, ([\\d,]+) stored before, ([\\d,]+) rejected");

    @TempDir
    Path dir;

    @Test
    void anImportKilledMidwayGoesOnWithoutLossesOrDuplicates() throws Exception {
        Path extract = dir.resolve("extract.csv");
        TreeSet<Long> badLines = writeExtract(extract);
        Path checkpoint = ImportProgress.beside(extract);

        Process first = start(extract, "first");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.exists(checkpoint) || ImportProgress.read(checkpoint).records() < 2_000) {
            assertThat(first.isAlive()).as("the import runs until it is killed; see " + dir.resolve("first.err")).isTrue();
            assertThat(System.nanoTime()).as("a checkpoint within 3 minutes").isLessThan(deadline);
            Thread.sleep(5);
        }
        first.destroyForcibly().waitFor();
        long reached = ImportProgress.read(checkpoint).records();
        assertThat(reached).as("killed midway").isLessThan(RECORDS);

        Process second = start(extract, "second");
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(dir.resolve("second.err"))).isZero();
        String resumed = Files.readString(dir.resolve("second.out"));
        assertThat(resumed).contains("Finished importing extract.csv");
        assertThat(counts(resumed)[0]).isEqualTo(RECORDS);
        assertThat(checkpoint).doesNotExist();
        List<String> refused = Files.readAllLines(extract.resolveSibling("extract.csv.rejected.csv"));
        assertThat(refused.subList(1, refused.size()).stream().map(row -> Long.valueOf(row.substring(0, row.indexOf(',')))).toList())
                .as("each refused row listed once, in order").containsExactlyElementsOf(badLines);

        Process third = start(extract, "third");
        assertThat(third.waitFor(5, TimeUnit.MINUTES)).isTrue();
        long[] again = counts(Files.readString(dir.resolve("third.out")));
        assertThat(again).as("records, new, stored before, rejected").containsExactly(RECORDS, 0, RECORDS - badLines.size(), badLines.size());
    }

    /** Writes the extract; returns the lines of the rows that must be refused (one in fifty, an ID number off by its check character). */
    private static TreeSet<Long> writeExtract(Path extract) throws IOException {
        SplittableRandom random = new SplittableRandom(14);
        TreeSet<Long> bad = new TreeSet<>();
        StringBuilder text = new StringBuilder("department,recordId,type,idNumber,occurredOn,amount\n");
        for (int i = 0; i < RECORDS; i++) {
            String id = TestPeople.idNumber(LocalDate.of(1940, 1, 1).plusDays(random.nextInt(20_000)), random.nextBoolean());
            if (random.nextInt(50) == 0) {
                id = id.substring(0, 17) + (id.endsWith("0") ? "1" : "0");
                bad.add(i + 2L);
            }
            text.append("MEDICAL_INSURANCE,K-").append(i).append(",MEDICAL_SELF_PAY,").append(id).append(',')
                    .append(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365))).append(',').append(random.nextInt(5_000)).append('\n');
        }
        Files.writeString(extract, text, StandardCharsets.UTF_8);
        return bad;
    }

    /** The command in a JVM of its own, on a demo database of its own in the test's directory. */
    private Process start(Path extract, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx1g"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("--add-opens") || arg.startsWith("--enable-native-access")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ZhulianApplication.class.getName(), EventImportCommand.NAME,
                extract.toString(), "--batch=500"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().put("SPRING_PROFILES_ACTIVE", "demo");
        builder.environment().put("ZHULIAN_DATA_DIR", dir.resolve("data").toString());
        builder.environment().put("ZHULIAN_DEMO_HOUSEHOLDS", "50");
        return builder.start();
    }

    private static long[] counts(String summary) {
        Matcher matcher = SUMMARY.matcher(summary);
        assertThat(matcher.find()).as(summary).isTrue();
        long[] counts = new long[4];
        for (int i = 0; i < 4; i++) {
            counts[i] = Long.parseLong(matcher.group(i + 1).replace(",", ""));
        }
        return counts;
    }
}
