package dev.modelyard.core.provenance;

import java.time.Instant;
import java.util.Map;

/**
 * Where a fitted artifact came from: the data it saw (SHA-256 fingerprint and row count), the seed,
 * the library versions, the machine, when (ISO-8601 instants), and the parent run if tracked.
 */
public record Provenance(String dataFingerprint, long rows, long seed, Map<String, String> libraries,
                         String jvm, String os, String arch, String startedAt, String finishedAt, String parentRun) {
    public Provenance {
        libraries = Map.copyOf(libraries);
    }

    /** Provenance for data fitted now on this JVM. */
    public static Provenance capture(String dataFingerprint, long rows, long seed, Instant startedAt, String parentRun) {
        return new Provenance(dataFingerprint, rows, seed, Versions.libraries(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"), startedAt.toString(), Instant.now().toString(), parentRun);
    }
}
