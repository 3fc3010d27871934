package org.zhulian.discovery;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * How far an import of an extract has come, kept beside it ({@code <extract>.progress}) and replaced
 * atomically after each batch commits: the offset and line of the next record, the counts so far,
 * and the length of the rejected-rows summary at that point. A run killed at any moment resumes from
 * the last checkpoint; the batch it may have committed after that is stored again, which changes
 * nothing (records are merged on their ids), and the summary is cut back to the checkpoint's length,
 * so no row is lost, stored twice or reported twice. The extract's size, modification time and header
 * are kept too, so a changed file is not resumed as if it were the same.
 *
 * @param stamp what identifies the extract: its size, modification time and header line
 */
record ImportProgress(String stamp, long offset, long line, long records, long created, long unchanged, long rejected, long warnings,
                      long rejectedBytes) {

    static Path beside(Path extract) {
        return extract.resolveSibling(extract.getFileName() + ".progress");
    }

    /** Where an import starts: after the header, with nothing counted. */
    static ImportProgress start(String stamp, long offset, long line, long rejectedBytes) {
        return new ImportProgress(stamp, offset, line, 0, 0, 0, 0, 0, rejectedBytes);
    }

    /** This checkpoint moved on by a batch of {@code records} records, of which {@code rejectedRows} were refused. */
    ImportProgress after(long nextOffset, long nextLine, long batchRecords, EventIngest.Stored stored, long rejectedRows, long rejectedLength) {
        return new ImportProgress(stamp, nextOffset, nextLine, records + batchRecords, created + stored.result().created(),
                unchanged + stored.result().unchanged(), rejected + rejectedRows, warnings + stored.warningsRaised(), rejectedLength);
    }

    /** The checkpoint in {@code file}, or null when there is none. */
    static ImportProgress read(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        Properties saved = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(reader);
            return new ImportProgress(saved.getProperty("stamp"), number(saved, "offset"), number(saved, "line"), number(saved, "records"),
                    number(saved, "created"), number(saved, "unchanged"), number(saved, "rejected"), number(saved, "warnings"),
                    number(saved, "rejectedBytes"));
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalStateException(file + " is not an import checkpoint: delete it to import the extract from its start", unreadable);
        }
    }

    /** Replaces the checkpoint in {@code file} in one atomic step, flushed to disk first. */
    void write(Path file) {
        Properties saved = new Properties();
        saved.setProperty("stamp", stamp);
        saved.setProperty("offset", Long.toString(offset));
        saved.setProperty("line", Long.toString(line));
        saved.setProperty("records", Long.toString(records));
        saved.setProperty("created", Long.toString(created));
        saved.setProperty("unchanged", Long.toString(unchanged));
        saved.setProperty("rejected", Long.toString(rejected));
        saved.setProperty("warnings", Long.toString(warnings));
        saved.setProperty("rejectedBytes", Long.toString(rejectedBytes));
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            StringWriter text = new StringWriter();
            saved.store(text, "import checkpoint: delete to start over");
            try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the checkpoint " + file, e);
        }
    }

    private static long number(Properties saved, String key) {
        return Long.parseLong(saved.getProperty(key));
    }
}
