package org.zhulian.discovery;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a department extract (CSV, RFC 4180: fields in double quotes may hold commas, quotes doubled
 * and line breaks) record by record, from any byte offset, and says where each record ends, so an
 * import can resume exactly after the last record it stored. It splits on bytes, not characters:
 * comma, quote and line feed are single bytes that never occur inside another character, in UTF-8
 * and in GBK (which many department systems still export), so an offset is always a record's start.
 * A UTF-8 byte-order mark before the header is skipped. A record longer than {@value #MAX_RECORD}
 * bytes is refused, so one broken quote cannot swallow the file into memory.
 */
final class ExtractReader implements Closeable {

    static final int MAX_RECORD = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One record: the line it starts on, its fields, and the offset just after it. */
    record Record(long line, List<String> fields, long end) {
    }

    private final InputStream in;
    private final Charset charset;
    private final byte[] buffer = new byte[1 << 16];
    private int length;
    private int position;
    private long offset;
    private long line;

    private ExtractReader(InputStream in, Charset charset, long offset, long line) {
        this.in = in;
        this.charset = charset;
        this.offset = offset;
        this.line = line;
    }

    /** Opens {@code file} at {@code offset}, the start of a record on line {@code line} (1 for the header). */
    static ExtractReader open(Path file, Charset charset, long offset, long line) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(offset);
        ExtractReader reader = new ExtractReader(Channels.newInputStream(channel), charset, offset, line);
        if (offset == 0) {
            reader.skipBom();
        }
        return reader;
    }

    /** The line the next record starts on. */
    long line() {
        return line;
    }

    /** The next record, or null at the end of the file; blank lines are skipped. */
    Record next() throws IOException {
        List<String> fields = new ArrayList<>();
        ByteArrayOutputStream field = new ByteArrayOutputStream(32);
        long start = line;
        long size = 0;
        boolean quoted = false;
        boolean any = false;
        int b;
        while ((b = read()) >= 0) {
            if (++size > MAX_RECORD) {
                throw new ExtractException(start, "a record longer than " + MAX_RECORD + " bytes (an unclosed quote?)");
            }
            if (quoted) {
                if (b == '"') {
                    if (peek() == '"') {
                        read();
                        field.write('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (b == '\n') {
                        line++;
                    }
                    field.write(b);
                }
                continue;
            }
            switch (b) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString(charset));
                    field.reset();
                    any = true;
                }
                case '\r' -> {
                }
                case '\n' -> {
                    line++;
                    if (any || field.size() > 0) {
                        fields.add(field.toString(charset));
                        return new Record(start, fields, offset);
                    }
                    start = line;
                    size = 0;
                }
                default -> {
                    field.write(b);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new ExtractException(start, "a quote opened and never closed");
        }
        if (any || field.size() > 0) {
            line++;
            fields.add(field.toString(charset));
            return new Record(start, fields, offset);
        }
        return null;
    }

    private int read() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        offset++;
        return buffer[position++] & 0xFF;
    }

    private int peek() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position] & 0xFF;
    }

    private boolean fill() throws IOException {
        length = in.read(buffer);
        position = 0;
        if (length <= 0) {
            length = 0;
            return false;
        }
        return true;
    }

    private void skipBom() throws IOException {
        for (byte expected : BOM) {
            if (peek() != (expected & 0xFF)) {
                return;
            }
            read();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** An extract that is not well-formed CSV at a line: the import stops there, with what it stored so far kept. */
    static final class ExtractException extends IOException {

        ExtractException(long line, String problem) {
            super("Line " + line + " of the extract is not well-formed CSV: " + problem);
        }
    }
}
