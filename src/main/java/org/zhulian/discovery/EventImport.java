package org.zhulian.discovery;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.stereotype.Service;
import org.zhulian.security.Caller;
import org.zhulian.security.Role;
import org.zhulian.security.Scope;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * Imports a whole department extract (a CSV file of millions of records, see {@link ExtractColumns})
 * the way a feed sends its batches: streamed, a batch of records at a time through the same checks,
 * the same statement and the same evaluation ({@link EventIngest}), each batch one change on record as
 * {@code import:<file name>}. Memory holds the batches being written and the one being read, whatever
 * the size of the file. Rows refused are
 * listed beside the extract ({@code <extract>.rejected.csv}: line, record id, field and reason, never
 * the ID number); the import goes on without them. After each batch commits, a checkpoint is replaced
 * beside the extract ({@link ImportProgress}), so a run stopped in any way, {@code kill -9} included,
 * goes on from there when started again, and the checkpoint is removed when the import is complete.
 * The operator who runs it holds the database itself, so it runs as the whole tree's administrator.
 */
@Service
class EventImport {

    private final EventIngest ingest;

    EventImport(EventIngest ingest) {
        this.ingest = ingest;
    }

    /**
     * How to read an extract: its character set, the department of rows that do not name one, records
     * a batch, and batches written at once (each in its own transaction; two keep both cores of a
     * small machine busy).
     */
    record Options(Charset charset, String department, int batchSize, int writers) {

        static final Options DEFAULT = new Options(StandardCharsets.UTF_8, null, EventRows.MAX_BATCH, 2);

        Options {
            if (batchSize < 1 || batchSize > EventRows.MAX_BATCH) {
                throw new IllegalArgumentException("A batch holds 1 to " + EventRows.MAX_BATCH + " records, not " + batchSize);
            }
            if (writers < 1 || writers > 16) {
                throw new IllegalArgumentException("1 to 16 batches at once, not " + writers);
            }
        }
    }

    /** What an import of an extract came to, over all the runs it took. */
    record Summary(long records, long created, long unchanged, long rejected, long warnings, boolean resumed, long thisRun, Duration took,
                   Path rejectedRows) {
    }

    /** A refused row as the summary beside the extract lists it. */
    private record Rejection(long line, String recordId, String field, String reason) {

        String csv() {
            return line + "," + quoted(recordId) + "," + quoted(field) + "," + quoted(reason) + "\n";
        }

        /**
         * In quotes, and with a leading apostrophe where a spreadsheet would take the value for a
         * formula: the record ids come from the extract, and the summary is opened by staff.
         */
        private static String quoted(String value) {
            String inert = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
            return "\"" + inert.replace("\"", "\"\"") + "\"";
        }
    }

    Summary run(Path extract, Options options, PrintStream progressOut, boolean terminal) throws IOException {
        if (!Files.isRegularFile(extract) || !Files.isReadable(extract)) {
            throw new IllegalArgumentException("No readable file " + extract);
        }
        long started = System.nanoTime();
        Caller importer = new Caller("import:" + extract.getFileName(), Role.ADMIN, Scope.WHOLE_TREE, Set.of(Caller.EVENTS_WRITE), null);
        Path checkpoint = ImportProgress.beside(extract);
        Path rejectedRows = extract.resolveSibling(extract.getFileName() + ".rejected.csv");
        ExtractColumns columns;
        ImportProgress progress;
        try (ExtractReader header = ExtractReader.open(extract, options.charset(), 0, 1)) {
            ExtractReader.Record names = header.next();
            if (names == null) {
                throw new IllegalArgumentException(extract + " is empty: an extract starts with a header line");
            }
            columns = new ExtractColumns(names.fields(), options.department());
            String stamp = Files.size(extract) + "/" + Files.getLastModifiedTime(extract).toMillis() + "/" + String.join(",", names.fields());
            ImportProgress saved = ImportProgress.read(checkpoint);
            if (saved != null && !saved.stamp().equals(stamp)) {
                throw new IllegalStateException(extract + " has changed since the import that " + checkpoint
                        + " records: delete that file to import the extract from its start (records stored already stay as they are)");
            }
            progress = saved != null ? saved : ImportProgress.start(stamp, names.end(), header.line(), 0);
        }
        boolean resumed = progress.rejectedBytes() > 0;
        long before = progress.records();
        ExecutorService writers = Executors.newFixedThreadPool(options.writers());
        try (FileChannel summary = rejectedSummary(rejectedRows, checkpoint, progress);
             ExtractReader reader = ExtractReader.open(extract, options.charset(), progress.offset(), progress.line())) {
            ProgressBar bar = new ProgressBar(progressOut, terminal, Files.size(extract), progress.offset(), progress.records());
            Deque<Batch> inFlight = new ArrayDeque<>();
            Batch batch = new Batch();
            ExtractReader.Record record;
            do {
                record = reader.next();
                if (record != null) {
                    batch.add(record, columns);
                }
                if (batch.records == options.batchSize() || record == null && batch.records > 0) {
                    batch.nextLine = reader.line();
                    Batch sent = batch;
                    sent.stored = writers.submit(() -> ingest.ingest(importer, "importEvents", sent.events));
                    inFlight.add(sent);
                    batch = new Batch();
                    if (inFlight.size() == options.writers()) {
                        progress = checkpoint(inFlight.removeFirst(), progress, summary, checkpoint, bar);
                    }
                }
            } while (record != null);
            while (!inFlight.isEmpty()) {
                progress = checkpoint(inFlight.removeFirst(), progress, summary, checkpoint, bar);
            }
            bar.finish(progress.offset(), progress.records(), progress.rejected());
        } finally {
            writers.shutdownNow();
        }
        Files.delete(checkpoint);
        if (progress.rejected() == 0) {
            Files.delete(rejectedRows);
        }
        return new Summary(progress.records(), progress.created(), progress.unchanged(), progress.rejected(), progress.warnings(), resumed,
                progress.records() - before, Duration.ofNanos(System.nanoTime() - started), progress.rejected() == 0 ? null : rejectedRows);
    }

    /**
     * Waits for a batch (they are checkpointed in the order of the file, so that the checkpoint never
     * passes a batch still being written), lists its refused rows and moves the checkpoint past it.
     */
    private static ImportProgress checkpoint(Batch batch, ImportProgress progress, FileChannel summary, Path checkpoint, ProgressBar bar)
            throws IOException {
        EventIngest.Stored stored;
        try {
            stored = batch.stored.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a batch was written", interrupted);
        }
        for (EventRows.Rejected row : stored.result().rejected()) {
            batch.refused.add(new Rejection(batch.lines.get(row.index()), ExtractColumns.shortened(batch.events.get(row.index()).recordId()),
                    row.field(), row.message()));
        }
        batch.refused.sort((a, b) -> Long.compare(a.line(), b.line()));
        long length = append(summary, batch.refused);
        ImportProgress next = progress.after(batch.end, batch.nextLine, batch.records, stored, batch.refused.size(), length);
        next.write(checkpoint);
        bar.update(next.offset(), next.records(), next.rejected());
        return next;
    }

    /** The records of one batch as they are read, and then the batch's write. */
    private static final class Batch {

        final List<EventRows.DepartmentEventInput> events = new ArrayList<>();
        final List<Long> lines = new ArrayList<>();
        final List<Rejection> refused = new ArrayList<>();
        long records;
        long end;
        long nextLine;
        Future<EventIngest.Stored> stored;

        void add(ExtractReader.Record record, ExtractColumns columns) {
            records++;
            end = record.end();
            try {
                events.add(columns.event(record.fields()));
                lines.add(record.line());
            } catch (InvalidInputException unreadable) {
                refused.add(new Rejection(record.line(), columns.recordId(record.fields()), unreadable.field(), unreadable.getMessage()));
            }
        }
    }

    /** The summary of rejected rows, new with its header, or as the checkpoint left it. */
    private static FileChannel rejectedSummary(Path file, Path checkpoint, ImportProgress progress) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (progress.rejectedBytes() == 0) {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap("line,recordId,field,reason\n".getBytes(StandardCharsets.UTF_8)));
        } else if (channel.size() < progress.rejectedBytes()) {
            channel.close();
            throw new IllegalStateException(file + " is shorter than " + checkpoint + " says: delete both to import the extract from its start");
        } else {
            channel.truncate(progress.rejectedBytes());
        }
        channel.position(channel.size());
        return channel;
    }

    private static long append(FileChannel summary, List<Rejection> refused) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Rejection rejection : refused) {
            text.append(rejection.csv());
        }
        summary.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
        summary.force(false);
        return summary.position();
    }
}
