package org.zhulian.discovery;

import java.io.PrintStream;
import java.time.Duration;

/**
 * The progress of an import on the operator's terminal: how much of the extract is done (by bytes,
 * so no first pass is needed to count its records), the records stored, the rate of this run and the
 * time left at that rate. On a terminal it redraws one line at most every quarter second; into a
 * log it writes a line every ten seconds instead.
 */
final class ProgressBar {

    private static final int WIDTH = 24;

    private final PrintStream out;
    private final boolean terminal;
    private final long total;
    private final long startOffset;
    private final long startRecords;
    private final long started = System.nanoTime();
    private long drawn = started;

    ProgressBar(PrintStream out, boolean terminal, long totalBytes, long startOffset, long startRecords) {
        this.out = out;
        this.terminal = terminal;
        this.total = Math.max(1, totalBytes);
        this.startOffset = startOffset;
        this.startRecords = startRecords;
    }

    void update(long offset, long records, long rejected) {
        long now = System.nanoTime();
        if (now - drawn < (terminal ? 250_000_000L : 10_000_000_000L)) {
            return;
        }
        drawn = now;
        out.print((terminal ? "\r" : "") + line(offset, records, rejected, now) + (terminal ? "" : "\n"));
        out.flush();
    }

    void finish(long offset, long records, long rejected) {
        out.print((terminal ? "\r" : "") + line(offset, records, rejected, System.nanoTime()) + "\n");
        out.flush();
    }

    String line(long offset, long records, long rejected, long now) {
        double fraction = Math.min(1, (double) offset / total);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = (records - startRecords) / seconds;
        double bytesRate = (offset - startOffset) / seconds;
        String left = bytesRate > 0 ? duration(Duration.ofSeconds(Math.round((total - offset) / bytesRate))) : "?";
        return String.format("%3.0f%% [%s%s] %,d records · %,.0f/s · %s left · %,d rejected", fraction * 100, "#".repeat(filled),
                ".".repeat(WIDTH - filled), records, rate, left, rejected);
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600 ? String.format("%d h %02d min", seconds / 3600, seconds % 3600 / 60)
                : seconds >= 60 ? String.format("%d min %02d s", seconds / 60, seconds % 60) : seconds + " s";
    }
}
