package dev.modelyard.serving.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An output stream over a series of files {@code <prefix>-yyyyMMdd-HH-NNNN.jsonl} in one folder: a new file
 * starts at each UTC hour and whenever the current one passes {@code maxBytes} (checked between entries, so
 * lines are never split). Names sort by time. Not thread-safe: only the log thread writes.
 */
final class RollingFiles implements AutoCloseable {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMdd-HH").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final String prefix;
    private final long maxBytes;
    private OutputStream out;
    private Path current;
    private String hour;
    private int seq;
    private long written;

    RollingFiles(Path dir, String prefix, long maxBytes) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.prefix = prefix;
        this.maxBytes = maxBytes;
    }

    /** The stream to write the next entry to, rolling first when the hour changed or the file is full. */
    OutputStream stream(long nowMillis) throws IOException {
        String h = HOUR.format(Instant.ofEpochMilli(nowMillis));
        if (out == null || !h.equals(hour) || written >= maxBytes) {
            roll(h);
        }
        return out;
    }

    void wrote(long bytes) {
        written += bytes;
    }

    private void roll(String h) throws IOException {
        close();
        seq = h.equals(hour) ? seq + 1 : nextSeq(h);
        hour = h;
        current = dir.resolve(String.format("%s-%s-%04d.jsonl", prefix, h, seq));
        out = Files.newOutputStream(current, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        written = Files.size(current);
    }

    /** After a restart within the same hour, continue after the files already there. */
    private int nextSeq(String h) throws IOException {
        int s = 0;
        while (Files.exists(dir.resolve(String.format("%s-%s-%04d.jsonl", prefix, h, s + 1)))) {
            s++;
        }
        return s;
    }

    Path current() { return current; }

    void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
