package dev.modelyard.server.tracking;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlflow.api.proto.ModelRegistry.ModelVersion;
import org.mlflow.api.proto.Service.Experiment;
import org.mlflow.api.proto.Service.FileInfo;
import org.mlflow.api.proto.Service.Metric;
import org.mlflow.api.proto.Service.Param;
import org.mlflow.api.proto.Service.Run;
import org.mlflow.api.proto.Service.RunInfo;
import org.mlflow.api.proto.Service.RunStatus;
import org.mlflow.api.proto.Service.RunTag;
import org.mlflow.api.proto.Service.ViewType;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowHttpException;
import org.mlflow.tracking.RunsPage;
import org.mlflow.tracking.creds.BasicMlflowHostCreds;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The official MLflow Java client 2.17.2, unchanged, against our server (with a bearer token, which the client
 * sends from {@link BasicMlflowHostCreds}). Artifact calls of that client fork Python MLflow's artifact CLI;
 * src/test/python holds a stand-in speaking MLflow's mlflow-artifacts protocol, since Python MLflow is not
 * installable here (see the module's docstring).
 */
class MlflowJavaClientTest {
    @TempDir
    static Path dir;
    static ServerFixture fx;
    static MlflowClient client;

    @BeforeAll
    static void start() {
        fx = new ServerFixture(dir, TrackingServerOptions.local(0, "sqlite:" + dir.resolve("s.db"), dir.resolve("artifacts"))
                .withAuth("client-token", List.of()));
        client = new MlflowClient(new BasicMlflowHostCreds(fx.server.uri(), "client-token"));
    }

    @AfterAll
    static void stop() {
        client.close();
        fx.close();
    }

    @Test
    void wholeTrackingFlow() {
        String exp = client.createExperiment("java-client");
        assertThat(client.getExperimentByName("java-client")).map(Experiment::getExperimentId).contains(exp);
        assertThat(client.getExperimentByName("absent")).isEmpty();
        client.setExperimentTag(exp, "team", "ml");
        assertThat(client.getExperiment(exp).getTagsList()).anyMatch(t -> t.getKey().equals("team"));

        List<String> runIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RunInfo info = client.createRun(exp);
            assertThat(info.getArtifactUri()).isEqualTo("mlflow-artifacts:/" + exp + "/" + info.getRunId() + "/artifacts");
            String id = info.getRunId();
            runIds.add(id);
            List<Metric> metrics = new ArrayList<>();
            for (int step = 0; step < 5; step++) {
                metrics.add(Metric.newBuilder().setKey("auc").setValue(0.5 + i * 0.1 + step * 0.01)
                        .setTimestamp(1_700_000_000_000L + step).setStep(step).build());
            }
            client.logBatch(id, metrics, List.of(Param.newBuilder().setKey("lr").setValue("0." + (i + 1)).build()),
                    List.of(RunTag.newBuilder().setKey("fold").setValue(String.valueOf(i)).build()));
            client.logParam(id, "depth", "6");
            client.logMetric(id, "loss", 1.0 / (i + 1));
            client.setTag(id, "tmp", "x");
            client.deleteTag(id, "tmp");
        }
        client.setTerminated(runIds.get(0), RunStatus.FINISHED);
        Run first = client.getRun(runIds.get(0));
        assertThat(first.getInfo().getStatus()).isEqualTo(RunStatus.FINISHED);
        assertThat(first.getInfo().getEndTime()).isPositive();
        assertThat(first.getData().getParamsList()).extracting(Param::getKey).containsExactlyInAnyOrder("lr", "depth");
        assertThat(first.getData().getTagsList()).extracting(RunTag::getKey).contains("fold").doesNotContain("tmp");

        List<RunInfo> found = client.searchRuns(List.of(exp), "metrics.auc > 0.62 and params.depth = '6'");
        assertThat(found).extracting(RunInfo::getRunId).containsExactlyInAnyOrder(runIds.get(1), runIds.get(2));
        RunsPage page = client.searchRuns(List.of(exp), "tags.fold = '0' OR tags.fold = '2'", ViewType.ACTIVE_ONLY, 1,
                List.of("metrics.auc DESC"));
        assertThat(page.getItems()).hasSize(1);
        assertThat(page.getItems().getFirst().getInfo().getRunId()).isEqualTo(runIds.get(2));
        assertThat(page.hasNextPage()).isTrue();
        assertThat(((RunsPage) page.getNextPage()).getItems().getFirst().getInfo().getRunId()).isEqualTo(runIds.get(0));

        List<Metric> history = client.getMetricHistory(runIds.get(1), "auc");
        assertThat(history).hasSize(5);
        assertThat(history).extracting(Metric::getStep).containsExactly(0L, 1L, 2L, 3L, 4L);

        client.deleteRun(runIds.get(2));
        assertThat(client.searchRuns(List.of(exp), "")).hasSize(2);
        client.restoreRun(runIds.get(2));
        client.renameExperiment(exp, "java-client-2");
        assertThat(client.getExperiment(exp).getName()).isEqualTo("java-client-2");
        assertThat(client.searchExperiments("name LIKE 'java-client%'").getItems()).hasSize(1);

        assertThatThrownBy(() -> client.logParam(runIds.get(0), "depth", "7"))
                .isInstanceOfSatisfying(MlflowHttpException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getBodyMessage()).contains("INVALID_PARAMETER_VALUE");
                });
        assertThatThrownBy(() -> client.getRun("0123456789abcdef0123456789abcdef"))
                .isInstanceOfSatisfying(MlflowHttpException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }

    @Test
    void registryThroughTheClient() {
        String exp = client.createExperiment("java-registry");
        String run = client.createRun(exp).getRunId();
        // The 2.17.2 Java client has no typed create calls for the registry: it sends them as raw JSON.
        client.sendPost("registered-models/create", "{\"name\":\"jc-model\"}");
        client.sendPost("model-versions/create", "{\"name\":\"jc-model\",\"source\":\"runs:/" + run + "/model\",\"run_id\":\"" + run + "\"}");
        client.sendPost("registered-models/alias", "{\"name\":\"jc-model\",\"alias\":\"champion\",\"version\":\"1\"}");

        ModelVersion v = client.getModelVersion("jc-model", "1");
        assertThat(v.getRunId()).isEqualTo(run);
        assertThat(v.getAliasesList()).containsExactly("champion");
        assertThat(client.getRegisteredModel("jc-model").getAliasesList()).extracting(a -> a.getVersion()).containsExactly("1");
        assertThat(client.getLatestVersions("jc-model")).extracting(ModelVersion::getVersion).containsExactly("1");
        assertThat(client.getModelVersionDownloadUri("jc-model", "1"))
                .isEqualTo("mlflow-artifacts:/" + exp + "/" + run + "/artifacts/model");
        assertThat(client.searchModelVersions("name = 'jc-model'").getItems()).hasSize(1);
        assertThat(client.sendGet("registered-models/alias?name=jc-model&alias=champion")).contains("\"version\":\"1\"");
    }

    @Test
    void artifactsUploadAndDownloadThroughTheServer() throws Exception {
        assumeTrue(System.getenv("MLFLOW_PYTHON_EXECUTABLE") != null,
                "MLFLOW_PYTHON_EXECUTABLE is not set (the module's surefire configuration sets it with PYTHONPATH)");
        assumeTrue(pythonAvailable(), "python3 is not on PATH: the MLflow Java client needs it for artifacts");
        String exp = client.createExperiment("java-artifacts");
        RunInfo run = client.createRun(exp);
        Path local = Files.writeString(dir.resolve("report.txt"), "hello artifacts");
        client.logArtifact(run.getRunId(), local.toFile());
        client.logArtifact(run.getRunId(), local.toFile(), "nested/dir");

        Path stored = fx.artifacts.resolve(exp).resolve(run.getRunId()).resolve("artifacts");
        assertThat(stored.resolve("report.txt")).hasContent("hello artifacts");
        assertThat(stored.resolve("nested/dir/report.txt")).hasContent("hello artifacts");

        assertThat(client.listArtifacts(run.getRunId())).extracting(FileInfo::getPath).containsExactlyInAnyOrder("report.txt", "nested");
        File file = client.downloadArtifacts(run.getRunId(), "nested/dir/report.txt");
        assertThat(file).hasContent("hello artifacts");
        assertThat(file.toPath().startsWith(fx.artifacts)).isFalse();
        File all = client.downloadArtifacts(run.getRunId());
        assertThat(all.toPath().resolve("nested/dir/report.txt")).hasContent("hello artifacts");
    }

    private static boolean pythonAvailable() {
        try {
            return new ProcessBuilder(System.getenv("MLFLOW_PYTHON_EXECUTABLE"), "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
