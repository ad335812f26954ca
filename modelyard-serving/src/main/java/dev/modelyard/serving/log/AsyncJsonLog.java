package dev.modelyard.serving.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON lines appended asynchronously to rolling files ({@link RollingFiles}) through a bounded queue.
 *
 * <p><b>When the queue is full the entry is dropped and counted ({@link #dropped()}); the request never
 * blocks and never fails because of logging.</b> Serving latency comes first: a slow disk must not slow or
 * stall predictions. Size the queue ({@code capacity}) for bursts; watch the dropped count (exported as a
 * metric) to see that the disk keeps up. A failing write (disk full) is counted as dropped too and reported
 * once on stderr. {@link #close()} stops accepting, writes everything queued, flushes and closes the file.
 */
public final class AsyncJsonLog implements AutoCloseable {
    /** One object per line, no separator between root values; Schubfach double formatting (several times faster). */
    private static final JsonFactory FACTORY = new com.fasterxml.jackson.core.JsonFactoryBuilder().rootValueSeparator((String) null)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
    private static final int BATCH = 512;

    private final BlockingQueue<LogEntry> queue;
    private final RollingFiles files;
    private final Thread writer;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private volatile boolean closed;
    private boolean reportedFailure;

    public AsyncJsonLog(Path dir, String prefix, int capacity, long maxFileBytes) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        try {
            this.files = new RollingFiles(dir, prefix, maxFileBytes);
        } catch (IOException e) {
            throw dev.modelyard.core.error.ModelyardException.invalid("cannot create log folder " + dir + ": " + e.getMessage());
        }
        this.writer = Thread.ofPlatform().daemon().name("modelyard-" + prefix + "-log").start(this::run);
    }

    /** Queues an entry; false (and counted as dropped) when the queue is full or the log closed. Never blocks. */
    public boolean offer(LogEntry e) {
        if (closed || !queue.offer(e)) {
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    /** Entries dropped because the queue was full, the log closed or a write failed. */
    public long dropped() { return dropped.get(); }

    /** Entries written to files. */
    public long written() { return written.get(); }

    /** Entries waiting in the queue. */
    public int pending() { return queue.size(); }

    private void run() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
        List<LogEntry> batch = new ArrayList<>(BATCH);
        try (JsonGenerator g = FACTORY.createGenerator(buf)) {
            Lines lines = new Lines(g, buf);
            while (!closed || !queue.isEmpty()) {
                LogEntry first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    files.flush();
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                for (LogEntry e : batch) {
                    write(e, lines, buf, g);
                }
                batch.clear();
            }
            files.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            fail(e);
        } finally {
            try {
                files.close();
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    private void write(LogEntry e, Lines lines, ByteArrayOutputStream buf, JsonGenerator g) {
        try {
            buf.reset();
            e.write(lines);
            g.flush();
            var out = files.stream(System.currentTimeMillis());
            buf.writeTo(out);
            files.wrote(buf.size());
            written.incrementAndGet();
        } catch (IOException | RuntimeException ex) {
            dropped.incrementAndGet();
            fail(ex);
        }
    }

    private void fail(Exception e) {
        if (!reportedFailure) {
            reportedFailure = true;
            System.err.println("warning: prediction log write failed (entries are dropped and counted): " + e.getMessage());
        }
    }

    /** Stops accepting, writes what is queued, flushes and closes; waits up to 10 s for the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Lines(JsonGenerator g, ByteArrayOutputStream buf) implements LogEntry.JsonLines {
        @Override
        public JsonGenerator begin() throws IOException {
            g.writeStartObject();
            return g;
        }

        @Override
        public void end() throws IOException {
            g.writeEndObject();
            g.flush();
            buf.write('\n');
        }
    }
}
