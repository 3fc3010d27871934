package org.zhulian.discovery;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.zhulian.security.Caller;
import org.zhulian.security.Role;
import org.zhulian.security.Scope;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * Imports a whole department extract (a CSV file of millions of records, see {@link ExtractColumns})
 * the way a feed sends its batches: streamed, a batch of records at a time through the same checks,
 * the same statement and the same evaluation ({@link EventIngest}), each batch one change on record as
 * {@code import:<file name>}. Memory stays at one batch whatever the size of the file. Rows refused are
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

    /** How to read an extract: its character set, the department of rows that do not name one, records a batch. */
    record Options(Charset charset, String department, int batchSize) {

        static final Options DEFAULT = new Options(StandardCharsets.UTF_8, null, EventRows.MAX_BATCH);

        Options {
            if (batchSize < 1 || batchSize > EventRows.MAX_BATCH) {
                throw new IllegalArgumentException("A batch holds 1 to " + EventRows.MAX_BATCH + " records, not " + batchSize);
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

        private static String quoted(String value) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
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
        try (FileChannel summary = rejectedSummary(rejectedRows, checkpoint, progress);
             ExtractReader reader = ExtractReader.open(extract, options.charset(), progress.offset(), progress.line())) {
            ProgressBar bar = new ProgressBar(progressOut, terminal, Files.size(extract), progress.offset(), progress.records());
            List<EventRows.DepartmentEventInput> events = new ArrayList<>(options.batchSize());
            List<Long> lines = new ArrayList<>(options.batchSize());
            List<Rejection> refused = new ArrayList<>();
            ExtractReader.Record record;
            long batchRecords = 0;
            long batchEnd = progress.offset();
            do {
                record = reader.next();
                if (record != null) {
                    batchRecords++;
                    batchEnd = record.end();
                    try {
                        events.add(columns.event(record.fields()));
                        lines.add(record.line());
                    } catch (InvalidInputException unreadable) {
                        refused.add(new Rejection(record.line(), columns.recordId(record.fields()), unreadable.field(), unreadable.getMessage()));
                    }
                }
                if (batchRecords == options.batchSize() || (record == null && batchRecords > 0)) {
                    EventIngest.Stored stored = ingest.ingest(importer, "importEvents", events);
                    for (EventRows.Rejected row : stored.result().rejected()) {
                        String recordId = events.get(row.index()).recordId();
                        refused.add(new Rejection(lines.get(row.index()), recordId == null ? "" : recordId.substring(0,
                                Math.min(recordId.length(), EventRows.MAX_RECORD_ID)), row.field(), row.message()));
                    }
                    refused.sort((a, b) -> Long.compare(a.line(), b.line()));
                    long length = append(summary, refused);
                    progress = progress.after(batchEnd, reader.line(), batchRecords, stored, refused.size(), length);
                    progress.write(checkpoint);
                    bar.update(batchEnd, progress.records(), progress.rejected());
                    events.clear();
                    lines.clear();
                    refused.clear();
                    batchRecords = 0;
                }
            } while (record != null);
            bar.finish(progress.offset(), progress.records(), progress.rejected());
        }
        Files.delete(checkpoint);
        if (progress.rejected() == 0) {
            Files.delete(rejectedRows);
        }
        return new Summary(progress.records(), progress.created(), progress.unchanged(), progress.rejected(), progress.warnings(), resumed,
                progress.records() - before, Duration.ofNanos(System.nanoTime() - started), progress.rejected() == 0 ? null : rejectedRows);
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
