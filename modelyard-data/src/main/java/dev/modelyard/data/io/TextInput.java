package dev.modelyard.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;

/**
 * Opens a text file, plain or gzip. Gzip is inflated on a background thread a few chunks ahead of the
 * reader, so decompression (a single-threaded format) overlaps with parsing instead of adding to it.
 */
final class TextInput {
    private static final int CHUNK = 1 << 18;
    private static final int AHEAD = 4;

    private TextInput() {}

    static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!FileFormat.isGzip(file)) {
            return in;
        }
        try {
            return new Inflating(new GZIPInputStream(in, 1 << 16));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The size of the text: the file's size, or for gzip the size its trailer records (modulo 4 GiB, and
     * only of the last member: an estimate, which is all callers use it for).
     */
    static long textSize(Path file) throws IOException {
        long size = Files.size(file);
        if (!FileFormat.isGzip(file) || size < 18) {
            return size;
        }
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer tail = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(tail, size - 4);
            return tail.flip().remaining() == 4 ? Integer.toUnsignedLong(tail.getInt()) : size;
        }
    }

    /** True when the (decompressed) content has no bytes. */
    static boolean isEmpty(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return in.read() < 0;
        }
    }

    /** Reads the source on its own thread into a bounded queue of chunks; failures surface on the reader's side. */
    private static final class Inflating extends InputStream {
        private record Chunk(byte[] bytes, int length) {}

        private static final Chunk END = new Chunk(new byte[0], 0);
        private final InputStream source;
        private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(AHEAD);
        private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(AHEAD + 2);
        private final Thread worker;
        private volatile IOException failure;
        private Chunk current;
        private int at;

        Inflating(InputStream source) {
            this.source = source;
            this.worker = Thread.ofPlatform().daemon().name("modelyard-inflate").unstarted(this::run);
            worker.start();
        }

        private void run() {
            try {
                while (true) {
                    byte[] bytes = free.poll();
                    if (bytes == null) {
                        bytes = new byte[CHUNK];
                    }
                    int n = 0;
                    while (n < CHUNK) {
                        int r = source.read(bytes, n, CHUNK - n);
                        if (r < 0) {
                            break;
                        }
                        n += r;
                    }
                    if (n > 0) {
                        filled.put(new Chunk(bytes, n));
                    }
                    if (n < CHUNK) {
                        break;
                    }
                }
            } catch (IOException e) {
                failure = e;
            } catch (InterruptedException e) {
                return; // closed by the reader
            }
            try {
                filled.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private boolean advance() throws IOException {
            if (current == END) {
                return false;
            }
            if (current != null) {
                free.offer(current.bytes());
            }
            try {
                current = filled.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading");
            }
            if (current == END && failure != null) {
                throw failure;
            }
            at = 0;
            return current != END;
        }

        @Override
        public int read(byte[] dst, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if ((current == null || at == current.length()) && !advance()) {
                return -1;
            }
            int n = Math.min(len, current.length() - at);
            System.arraycopy(current.bytes(), at, dst, off, n);
            at += n;
            return n;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        /** Stops the worker and waits for it (even when this thread is interrupted) before the inflater is freed. */
        @Override
        public void close() throws IOException {
            worker.interrupt();
            boolean interrupted = false;
            while (true) {
                try {
                    worker.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            source.close();
        }
    }
}
