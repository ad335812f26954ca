package dev.modelyard.bench.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * One event-loop thread driving its share of the keep-alive connections on a fixed schedule (as wrk2
 * does): connection {@code id} sends its i-th request at {@code begin + (id + i·stride)·period}, one at a
 * time, and each answer's latency runs from that scheduled time. Requests due before {@code start} are
 * warm-up: sent, not counted. A selector sleeps in whole milliseconds, so the last part of a wait (under
 * one millisecond) is a park: a late send would count as server latency.
 */
final class LoadLoop implements Runnable {
    private static final long LATE_NS = 30_000_000_000L;
    private final InetSocketAddress address;
    private final byte[] request;
    private final long begin;
    private final long start;
    private final long end;
    private final double periodNs;
    private final int stride;
    private final List<Integer> ids;
    final LatencyHistogram latency = new LatencyHistogram();
    final Map<String, Long> errors = new TreeMap<>();
    long counted;

    /** One connection's state. */
    private static final class Conn {
        final int id;
        SocketChannel channel;
        SelectionKey key;
        long index;
        long due;
        boolean busy;
        ByteBuffer out;
        byte[] in = new byte[8192];
        int inLength;
        final HttpAnswer answer = new HttpAnswer();

        Conn(int id) { this.id = id; }
    }

    LoadLoop(InetSocketAddress address, byte[] request, long begin, long start, long end, double periodNs, int stride,
             List<Integer> ids) {
        this.address = address;
        this.request = request;
        this.begin = begin;
        this.start = start;
        this.end = end;
        this.periodNs = periodNs;
        this.stride = stride;
        this.ids = ids;
    }

    @Override
    public void run() {
        try (Selector selector = Selector.open()) {
            Conn[] conns = new Conn[ids.size()];
            for (int k = 0; k < conns.length; k++) {
                conns[k] = new Conn(ids.get(k));
                conns[k].index = conns[k].id;
                conns[k].due = dueOf(conns[k].index);
            }
            loop(selector, conns);
            for (Conn c : conns) {
                disconnect(c);
            }
        } catch (IOException e) {
            throw new IllegalStateException("load loop failed: " + e.getMessage(), e);
        }
    }

    private void loop(Selector selector, Conn[] conns) throws IOException {
        while (true) {
            long now = System.nanoTime();
            long next = Long.MAX_VALUE;
            boolean active = false;
            for (Conn c : conns) {
                if (c.busy) {
                    active = true;
                } else if (c.due < end) {
                    active = true;
                    if (c.due <= now) {
                        send(selector, c);
                    } else {
                        next = Math.min(next, c.due);
                    }
                }
            }
            if (!active) {
                return;
            }
            if (now > end + LATE_NS) {
                giveUp(conns);
                return;
            }
            long wait = Math.min(next, now + 1_000_000_000L) - System.nanoTime();
            if (wait >= 1_000_000) {
                selector.select(wait / 1_000_000);   // whole milliseconds, never past the next send; answers wake it
            } else {
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                selector.selectNow();
            }
            for (SelectionKey key : selector.selectedKeys()) {
                Conn c = (Conn) key.attachment();
                if (key.isValid() && key.isWritable()) {
                    write(c);
                }
                if (key.isValid() && key.isReadable()) {
                    read(c);
                }
            }
            selector.selectedKeys().clear();
        }
    }

    /** Answers still missing long after the end count as timeouts, so a hung server cannot hang the run. */
    private void giveUp(Conn[] conns) {
        for (Conn c : conns) {
            if (c.busy) {
                finish(c, "timeout");
                disconnect(c);
            }
        }
    }

    private long dueOf(long index) {
        return begin + (long) (index * periodNs);
    }

    private void send(Selector selector, Conn c) {
        try {
            if (c.channel == null) {
                c.channel = SocketChannel.open(address);   // blocking connect on loopback, then non-blocking I/O
                c.channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                c.channel.configureBlocking(false);
                c.key = c.channel.register(selector, SelectionKey.OP_READ, c);
            }
            c.busy = true;
            c.inLength = 0;
            c.out = ByteBuffer.wrap(request);
            write(c);
        } catch (IOException e) {
            finish(c, e.getClass().getSimpleName());
            disconnect(c);
        }
    }

    private void write(Conn c) {
        try {
            c.channel.write(c.out);
            c.key.interestOps(c.out.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        } catch (IOException e) {
            finish(c, e.getClass().getSimpleName());
            disconnect(c);
        }
    }

    private void read(Conn c) {
        try {
            if (c.inLength == c.in.length) {
                c.in = Arrays.copyOf(c.in, c.in.length * 2);
            }
            int n = c.channel.read(ByteBuffer.wrap(c.in, c.inLength, c.in.length - c.inLength));
            if (n < 0) {
                finish(c, "closed_by_server");
                disconnect(c);
                return;
            }
            c.inLength += n;
            if (!c.busy || c.answer.parse(c.in, c.inLength) < 0) {
                return;
            }
            int status = c.answer.status();
            finish(c, status >= 400 ? "http_" + status : null);
            if (c.answer.closing()) {
                disconnect(c);
            }
        } catch (IOException | RuntimeException e) {
            finish(c, e.getClass().getSimpleName());
            disconnect(c);
        }
    }

    /** Ends the current request (if any): latency and error when counted, then the next slot. */
    private void finish(Conn c, String error) {
        if (!c.busy) {
            return;
        }
        if (c.due >= start) {
            counted++;
            latency.record((System.nanoTime() - c.due) / 1000);
            if (error != null) {
                errors.merge(error, 1L, Long::sum);
            }
        }
        c.busy = false;
        c.inLength = 0;
        c.index += stride;
        c.due = dueOf(c.index);
    }

    private static void disconnect(Conn c) {
        if (c.channel != null) {
            try {
                c.channel.close();
            } catch (IOException ignored) {
                // dropping the connection anyway
            }
        }
        c.channel = null;
        c.key = null;
    }
}
