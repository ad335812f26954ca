package dev.modelyard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.server.tracking.TrackingServer;
import dev.modelyard.server.tracking.TrackingServerOptions;
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

/** {@code modelyard train --backend-store-uri http://…} logs the run and registers the bundle on a tracking server. */
class TrainRemoteTrackingTest {
    @TempDir Path dir;

    @Test
    void trainLogsToARunningTrackingServerAndRegistersAVersion() throws Exception {
        Path data = Csv.standard(dir, "train.csv");
        try (TrackingServer server = TrackingServer.start(TrackingServerOptions.local(0, "sqlite:" + dir.resolve("server.db"),
                dir.resolve("server-art")))) {
            CliRun r = CliRun.of("train", "--data", data, "--target", "income", "--learners", "linear", "--folds", "2", "-q",
                    "--out", dir.resolve("model.zip"), "--backend-store-uri", server.uri(),
                    "--experiment", "income", "--run-name", "remote-run", "--register", "income-model").succeeds();
            assertThat(r.out()).contains("Tracked as run", server.uri(), "Registered income-model version 1");

            TrackingBackend b = server.backend();
            String exp = b.tracking().getExperimentByName("income").experimentId();
            List<Run> runs = b.tracking().searchRuns(new RunSearch(List.of(exp), "", ViewType.ACTIVE_ONLY, 10, List.of(), null)).items();
            assertThat(runs).singleElement().satisfies(run -> {
                assertThat(run.info().runName()).isEqualTo("remote-run");
                assertThat(run.info().status()).isEqualTo(RunStatus.FINISHED);
                assertThat(run.data().metrics()).anyMatch(m -> m.key().equals("auc") && m.value() > 0.8);
                assertThat(run.data().params()).anyMatch(p -> p.key().equals("target") && p.value().equals("income"));
                assertThat(run.inputs().datasetInputs()).singleElement()
                        .satisfies(i -> assertThat(i.dataset().name()).isEqualTo("train.csv"));
            });
            String runId = runs.getFirst().info().runId();
            assertThat(b.tracking().getMetricHistory(runId, "linear.auc.fold", 100, null).items()).hasSize(2);
            ModelVersion v = b.registry().getModelVersion("income-model", "1");
            assertThat(v.source()).isEqualTo("runs:/" + runId + "/model.zip");
            assertThat(v.runId()).isEqualTo(runId);
            String artifacts = runs.getFirst().info().artifactUri();
            assertThat(b.artifacts().list(artifacts, "")).extracting(a -> a.path()).contains("model.zip", "report.json");
            try (var in = b.artifacts().open(artifacts, "model.zip")) {
                assertThat(in.readAllBytes()).as("the uploaded bundle").isEqualTo(Files.readAllBytes(dir.resolve("model.zip")));
            }
        }
    }

    @Test
    void aServerThatWantsATokenIsABadInputBeforeTraining() throws Exception {
        Path data = Csv.standard(dir, "train.csv");
        try (TrackingServer server = TrackingServer.start(TrackingServerOptions.local(0, "sqlite:" + dir.resolve("auth.db"),
                dir.resolve("auth-art")).withAuth("s3cret", List.of()))) {
            CliRun.of("train", "--data", data, "--target", "income", "--learners", "linear", "-q", "--out", dir.resolve("m.zip"),
                    "--backend-store-uri", server.uri()).failsWith(server.uri(), "MODELYARD_TRACKING_TOKEN");
        }
        assertThat(Files.exists(dir.resolve("m.zip"))).as("no training happened").isFalse();
    }
}
