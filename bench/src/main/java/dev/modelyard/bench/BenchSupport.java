package dev.modelyard.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared bits of the whole-job benchmarks: dataset lookup, timing, load and peak-memory sampling. */
final class BenchSupport {
    private BenchSupport() {}

    /** The shared datasets folder: $MODELYARD_DATASETS or ../shared/datasets. */
    static Path datasets() {
        String env = System.getenv("MODELYARD_DATASETS");
        Path p = env != null ? Path.of(env) : Path.of("..", "shared", "datasets");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("datasets not found at " + p.toAbsolutePath() + " (set MODELYARD_DATASETS)");
        }
        return p.toAbsolutePath().normalize();
    }

    /** Seconds taken by {@code r}. */
    static double time(ThrowingRunnable r) throws Exception {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** CPU seconds used by this process so far, all threads (less sensitive to other load than wall time). */
    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** Peak resident set size of this process so far, in MiB (Linux VmHWM). */
    static double peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** The one-minute load average (Linux /proc/loadavg), to judge how busy a shared machine was. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
