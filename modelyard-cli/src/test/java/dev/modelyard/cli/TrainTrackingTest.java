package dev.modelyard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.Run;
import dev.modelyard.tracking.api.RunSearch;
import dev.modelyard.tracking.api.RunStatus;
import dev.modelyard.tracking.api.ViewType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelyard train --backend-store-uri … --register …} logs a run and registers its bundle. */
class TrainTrackingTest {
    @TempDir Path dir;

    @Test
    void trainLogsARunAndRegistersAVersion() throws Exception {
        Path data = Csv.standard(dir, "train.csv");
        String uri = "sqlite:" + dir.resolve("t.db");
        Path art = dir.resolve("art");
        CliRun r = CliRun.of("train", "--data", data, "--target", "income", "--learners", "linear", "--folds", "2", "-q",
                "--out", dir.resolve("model.zip"), "--backend-store-uri", uri, "--artifacts-root", art,
                "--experiment", "income", "--run-name", "cli-run", "--register", "income-model").succeeds();
        assertThat(r.out()).contains("Tracked as run", "Registered income-model version 1");
        try (TrackingBackend b = TrackingBackend.open(uri, art)) {
            String exp = b.tracking().getExperimentByName("income").experimentId();
            List<Run> runs = b.tracking().searchRuns(new RunSearch(List.of(exp), "", ViewType.ACTIVE_ONLY, 10, List.of(), null)).items();
            assertThat(runs).singleElement().satisfies(run -> {
                assertThat(run.info().runName()).isEqualTo("cli-run");
                assertThat(run.info().status()).isEqualTo(RunStatus.FINISHED);
                assertThat(run.data().metrics()).anyMatch(m -> m.key().equals("auc") && m.value() > 0.8);
                assertThat(run.data().params()).anyMatch(p -> p.key().equals("target") && p.value().equals("income"));
            });
            ModelVersion v = b.registry().getModelVersion("income-model", "1");
            assertThat(v.source()).isEqualTo("runs:/" + runs.getFirst().info().runId() + "/model.zip");
            assertThat(b.artifacts().list(runs.getFirst().info().artifactUri(), "")).extracting(a -> a.path())
                    .contains("model.zip", "report.json");
        }
    }

    @Test
    void anUnreachableServerOrAnUnknownSchemeIsABadInputBeforeTraining() throws Exception {
        Path data = Csv.standard(dir, "train.csv");
        CliRun.of("train", "--data", data, "--target", "income", "--learners", "linear", "-q", "--out", dir.resolve("m.zip"),
                "--backend-store-uri", "http://127.0.0.1:1/").failsWith("http://127.0.0.1:1/");
        CliRun.of("train", "--data", data, "--target", "income", "--learners", "linear", "-q", "--out", dir.resolve("m.zip"),
                "--backend-store-uri", "mysql://x/y", "--track").failsWith("mysql://x/y");
        assertThat(Files.exists(dir.resolve("m.zip"))).as("no training happened").isFalse();
    }
}
