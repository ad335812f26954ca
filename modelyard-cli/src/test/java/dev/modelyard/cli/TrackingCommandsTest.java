package dev.modelyard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Param;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelyard runs|models|gc|server} against a real SQLite store. */
class TrackingCommandsTest {
    @TempDir
    Path dir;
    String uri;
    String art;
    String runA;
    String runB;

    @BeforeEach
    void store() {
        uri = "sqlite:" + dir.resolve("t.db");
        art = dir.resolve("art").toString();
        try (TrackingBackend b = TrackingBackend.open(uri, Path.of(art))) {
            var ts = b.tracking();
            String exp = ts.createExperiment("cli-exp", null, List.of());
            runA = ts.createRun(exp, "me", "alpha", 1_700_000_000_000L, List.of()).runId();
            runB = ts.createRun(exp, "me", "beta", 1_700_000_100_000L, List.of()).runId();
            ts.logBatch(runA, List.of(new Metric("auc", 0.9, 1, 0)), List.of(new Param("lr", "0.1")), List.of());
            ts.logBatch(runB, List.of(new Metric("auc", 0.7, 1, 0)), List.of(new Param("lr", "0.3")), List.of());
            b.registry().createRegisteredModel("churn", "churn model", List.of());
            b.registry().createModelVersion("churn", "runs:/" + runA + "/model", runA, List.of(), null);
            b.registry().createModelVersion("churn", "runs:/" + runB + "/model", runB, List.of(), null);
            b.registry().setAlias("churn", "champion", "1");
        }
    }

    @Test
    void runsListShowCompare() {
        CliRun all = CliRun.of("runs", "list", "--backend-store-uri", uri).succeeds();
        assertThat(all.out()).contains(runA, runB, "alpha", "auc=0.9", "2 run(s)");
        CliRun filtered = CliRun.of("runs", "list", "--backend-store-uri", uri, "--experiment", "cli-exp",
                "--filter", "metrics.auc > 0.8 OR params.lr IN ('0.5')").succeeds();
        assertThat(filtered.out()).contains(runA).doesNotContain(runB).contains("1 run(s)");
        assertThat(CliRun.of("runs", "show", runA, "--backend-store-uri", uri).succeeds().out())
                .contains("alpha", "lr", "0.1", "auc", "mlflow-artifacts:/");
        assertThat(CliRun.of("runs", "compare", runA, runB, "--backend-store-uri", uri).succeeds().out())
                .contains("params.lr", "0.3", "metrics.auc", "0.7");
    }

    @Test
    void modelsListVersionsAlias() {
        assertThat(CliRun.of("models", "list", "--backend-store-uri", uri).succeeds().out()).contains("churn", "champion→1", "1 model(s)");
        assertThat(CliRun.of("models", "versions", "churn", "--backend-store-uri", uri).succeeds().out()).contains(runA, runB, "champion");
        assertThat(CliRun.of("models", "alias", "churn", "champion", "--backend-store-uri", uri).succeeds().out()).contains("version 1");
        CliRun.of("models", "alias", "churn", "champion", "2", "--backend-store-uri", uri).succeeds();
        assertThat(CliRun.of("models", "alias", "churn", "champion", "--backend-store-uri", uri).succeeds().out()).contains("version 2");
        CliRun.of("models", "alias", "churn", "champion", "--delete", "--backend-store-uri", uri).succeeds();
        CliRun.of("models", "alias", "churn", "champion", "--backend-store-uri", uri).failsWith("champion");
    }

    @Test
    void gcRemovesDeletedRunsAndTheirArtifacts() {
        Path runDir;
        try (TrackingBackend b = TrackingBackend.open(uri, Path.of(art))) {
            var info = b.tracking().getRun(runB).info();
            java.nio.file.Files.createDirectories(Path.of(art));
            b.artifacts().put(info.artifactUri(), "model/m.bin", new ByteArrayInputStream(new byte[] {1, 2}));
            runDir = Path.of(art, info.experimentId(), runB);
            assertThat(runDir.resolve("artifacts/model/m.bin")).exists();
            b.tracking().deleteRun(runB);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(CliRun.of("gc", "--older-than", "30d", "--backend-store-uri", uri, "--artifacts-root", art).succeeds().out())
                .contains("0 deleted run(s) removed");
        assertThat(CliRun.of("gc", "--backend-store-uri", uri, "--artifacts-root", art).succeeds().out())
                .contains("removed run " + runB, "1 deleted run(s) removed");
        assertThat(runDir).doesNotExist();
        CliRun.of("runs", "show", runB, "--backend-store-uri", uri).failsWith(runB);
    }

    @Test
    void badInputExitsWithTwoAndAClearMessage() {
        CliRun.of("runs", "show", "0123456789abcdef0123456789abcdef", "--backend-store-uri", uri).failsWith("0123456789abcdef");
        CliRun.of("runs", "list", "--backend-store-uri", uri, "--view", "bogus").failsWith("--view");
        CliRun.of("runs", "list", "--backend-store-uri", uri, "--max", "0").failsWith("--max");
        CliRun.of("runs", "list", "--backend-store-uri", uri, "--filter", "metrics.auc >>> 1").failsWith("error: ");
        CliRun.of("runs", "list", "--backend-store-uri", uri, "--experiment", "nope").failsWith("nope");
        CliRun.of("runs", "list", "--backend-store-uri", "http://127.0.0.1:5000").failsWith("is a server");
        CliRun.of("runs", "list", "--backend-store-uri", "mysql://x/y").failsWith("mysql://x/y");
        CliRun.of("runs", "compare", runA, "--backend-store-uri", uri).failsWith("RUN_ID");
        CliRun.of("models", "versions", "nobody", "--backend-store-uri", uri).failsWith("nobody");
        CliRun.of("models", "alias", "churn", "champion", "1", "--delete", "--backend-store-uri", uri).failsWith("--delete");
        CliRun.of("gc", "--older-than", "30x", "--backend-store-uri", uri).failsWith("--older-than");
        CliRun.of("server", "--host", "0.0.0.0", "--backend-store-uri", uri, "--artifacts-root", art).failsWith("refusing", "--insecure");
        CliRun.of("server", "--port", "70000", "--backend-store-uri", uri).failsWith("--port");
        CliRun.of("server", "--read-token", "r", "--backend-store-uri", uri, "--artifacts-root", art).failsWith("--auth-token");
    }
}
