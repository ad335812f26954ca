package dev.modelyard.tracking.store;

import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.Run;
import dev.modelyard.tracking.api.TrackingStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch acknowledged by logBatch survives SIGKILL of the process right after: a child process logs from 16
 * threads and reports each acknowledgement; it is killed mid-stream; every acknowledged batch must be there
 * after reopening the store.
 */
class DurabilityTest {
    @TempDir
    Path dir;

    @Test
    void sqliteKeepsEveryAcknowledgedBatchAcrossSigkill() throws Exception {
        killMidStreamAndVerify("sqlite:" + dir.resolve("durable.db"));
    }

    @Test
    void postgresKeepsEveryAcknowledgedBatchAcrossSigkill() throws Exception {
        String url = System.getenv(PostgresTrackingStoreTest.ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(), "skipped: set " + PostgresTrackingStoreTest.ENV + " to run against PostgreSQL");
        killMidStreamAndVerify(url);
    }

    private void killMidStreamAndVerify(String uri) throws Exception {
        String runId;
        try (TrackingBackend b = TrackingBackend.open(uri, dir.resolve("artifacts"))) {
            String exp = b.tracking().createExperiment("durability-" + System.nanoTime(), null, List.of());
            runId = b.tracking().createRun(exp, "test", null, 0, List.of()).runId();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DurabilityWriter.class.getName(),
                uri, dir.resolve("artifacts").toString(), runId).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<int[]> acked = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean killed = false;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    String[] p = line.split(" ");
                    acked.add(new int[] {Integer.parseInt(p[1]), Integer.parseInt(p[2])});
                }
                if (!killed && acked.size() >= 400) {
                    child.toHandle().destroyForcibly(); // SIGKILL: no shutdown hooks, no close(); keeps the pipe readable
                    killed = true;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        assertThat(acked).hasSizeGreaterThanOrEqualTo(400);
        assertThat(child.exitValue()).isNotZero(); // it was killed, it did not finish
        try (TrackingBackend b = TrackingBackend.open(uri, dir.resolve("artifacts"))) {
            TrackingStore store = b.tracking();
            Run run = store.getRun(runId);
            Set<Param> params = new HashSet<>(run.data().params());
            for (int t = 0; t < DurabilityWriter.THREADS; t++) {
                Set<Metric> points = new HashSet<>(store.getMetricHistory(runId, "t" + t, 0, null).items());
                for (int[] a : acked) {
                    if (a[0] == t) {
                        assertThat(points).containsAll(DurabilityWriter.batch(t, a[1]));
                        assertThat(params).contains(new Param("p" + t + "_" + a[1], "v"));
                    }
                }
            }
        }
    }
}
