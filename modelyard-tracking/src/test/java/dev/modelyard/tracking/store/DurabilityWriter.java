package dev.modelyard.tracking.store;

import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.TrackingStore;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child process for {@link DurabilityTest}: 16 threads log batches to one run and print {@code ack <thread> <batch>}
 * after each logBatch returns, until the parent kills the process with SIGKILL.
 * Args: backend-uri artifacts-dir run-id.
 */
public final class DurabilityWriter {
    static final int THREADS = 16;
    static final int POINTS = 10;

    private DurabilityWriter() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false);
        try (TrackingBackend backend = TrackingBackend.open(args[0], Path.of(args[1]))) {
            TrackingStore store = backend.tracking();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int b = 0; b < 1000; b++) {
                        store.logBatch(args[2], batch(thread, b), List.of(new Param("p" + thread + "_" + b, "v")), List.of());
                        synchronized (out) {
                            out.println("ack " + thread + " " + b);
                            out.flush();
                        }
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
        }
    }

    static List<Metric> batch(int thread, int b) {
        List<Metric> m = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            m.add(new Metric("t" + thread, b + i / 100.0, 1000L + b, (long) b * POINTS + i));
        }
        return m;
    }
}
