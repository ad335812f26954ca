package dev.modelyard.server.tracking.client;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.server.tracking.TrackingServer;
import dev.modelyard.server.tracking.TrackingServerOptions;
import dev.modelyard.tracking.Tracker;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.ModelRegistry;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.Run;
import dev.modelyard.tracking.api.RunSearch;
import dev.modelyard.tracking.api.RunStatus;
import dev.modelyard.tracking.api.SearchRequest;
import dev.modelyard.tracking.api.Tag;
import dev.modelyard.tracking.api.TrackingStore;
import dev.modelyard.tracking.api.ViewType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link RestTracking} against a real {@link TrackingServer} over SQLite: the flows {@code modelyard train} runs, and errors. */
class RestTrackingTest {
    @TempDir
    static Path dir;
    static TrackingServer server;
    static RestTracking remote;

    @BeforeAll
    static void start() {
        server = TrackingServer.start(TrackingServerOptions.local(0, "sqlite:" + dir.resolve("s.db"), dir.resolve("art")));
        remote = RestTracking.connect(server.uri(), null);
    }

    @AfterAll
    static void stop() {
        remote.close();
        server.close();
    }

    @Test
    void aTrainingRunIsLoggedThroughTheTrackerAndItsArtifactsRoundTrip() throws Exception {
        Path bundle = Files.write(dir.resolve("model.zip"), "bundle bytes \u00e9".repeat(5_000).getBytes());
        String runId;
        try (Tracker.ActiveRun run = Tracker.of(remote.tracking(), remote.artifacts()).experiment("remote exp").start("r1", 1_700_000_000_000L)) {
            runId = run.runId();
            run.params(java.util.Map.of("target", "income", "seed", 7)).metric("auc", 0.9, 0)
                    .curve("learning_curve.logloss", new double[] {0.7, 0.5, 0.4}).tag("modelyard.chosen", "linear")
                    .input("train.csv", "fp-123", "/data/train.csv", null, "train").artifact("model.zip", bundle);
        }
        TrackingStore local = server.backend().tracking();
        String exp = local.getExperimentByName("remote exp").experimentId();
        Run stored = local.getRun(runId);
        assertThat(stored.info().experimentId()).isEqualTo(exp);
        assertThat(stored.info().status()).isEqualTo(RunStatus.FINISHED);
        assertThat(stored.data().params()).contains(new Param("target", "income"), new Param("seed", "7"));
        assertThat(stored.data().tags()).contains(new Tag("modelyard.chosen", "linear"));
        assertThat(stored.inputs().datasetInputs()).singleElement().satisfies(i -> assertThat(i.dataset().digest()).isEqualTo("fp-123"));
        // The same run read back through the client decodes to what the server holds.
        assertThat(remote.tracking().getRun(runId)).isEqualTo(stored);
        assertThat(remote.tracking().getMetricHistory(runId, "learning_curve.logloss", 100, null).items())
                .extracting(Metric::step, Metric::value).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0L, 0.7), org.assertj.core.groups.Tuple.tuple(1L, 0.5),
                        org.assertj.core.groups.Tuple.tuple(2L, 0.4));
        assertThat(remote.tracking().searchRuns(new RunSearch(List.of(exp), "params.target = 'income'", ViewType.ACTIVE_ONLY, 10,
                List.of("metrics.auc DESC"), null)).items()).extracting(r -> r.info().runId()).containsExactly(runId);

        String artifactUri = stored.info().artifactUri();
        try (InputStream in = remote.artifacts().open(artifactUri, "model.zip")) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(bundle));
        }
        try (InputStream in = server.backend().artifacts().open(artifactUri, "model.zip")) {
            assertThat(in.readAllBytes()).as("stored on the server").isEqualTo(Files.readAllBytes(bundle));
        }
        assertThat(remote.artifacts().list(artifactUri, "")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("model.zip"))
                .satisfies(f -> assertThat(f.fileSize()).isEqualTo(Files.size(bundle)));
        assertThat(catchThrowableOfType(ModelyardException.class, () -> remote.artifacts().open(artifactUri, "missing.zip")).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThatThrownBy(() -> remote.artifacts().open(artifactUri, "../other/model.zip"))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("../other/model.zip");
    }

    @Test
    void registeringTwiceCreatesVersionsOneAndTwoAndAliasesWork() {
        String runId = remote.tracking().createRun("0", "me", "reg", 1L, List.of()).runId();
        ModelRegistry registry = remote.registry();
        for (int i = 0; i < 2; i++) {
            registerLikeTrainingRunLog(registry, "churn model", runId);
        }
        assertThat(registry.getRegisteredModel("churn model").name()).isEqualTo("churn model");
        assertThat(registry.getModelVersion("churn model", "2").source()).isEqualTo("runs:/" + runId + "/model.zip");
        registry.setAlias("churn model", "champion", "1");
        assertThat(registry.getModelVersionByAlias("churn model", "champion").version()).isEqualTo("1");
        assertThat(registry.searchModelVersions(new SearchRequest("name = 'churn model'", 10, List.of(), null)).items())
                .extracting(ModelVersion::version).containsExactlyInAnyOrder("1", "2");
        assertThat(server.backend().registry().getModelVersion("churn model", "2").tags())
                .contains(new Tag("modelyard.learner", "linear"));
    }

    /** What TrainingRunLog.register does: create the model when absent, then add a version. */
    private static ModelVersion registerLikeTrainingRunLog(ModelRegistry registry, String name, String runId) {
        try {
            registry.getRegisteredModel(name);
        } catch (ModelyardException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
            registry.createRegisteredModel(name, null, List.of());
        }
        return registry.createModelVersion(name, "runs:/" + runId + "/model.zip", runId, List.of(new Tag("modelyard.learner", "linear")), "d");
    }

    @Test
    void serverErrorsComeBackWithTheirCodeAndMessage() {
        TrackingStore store = remote.tracking();
        assertThat(catchThrowableOfType(ModelyardException.class, () -> store.getRun("0123456789abcdef0123456789abcdef")).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
        store.createExperiment("dup", null, List.of());
        assertThat(catchThrowableOfType(ModelyardException.class, () -> store.createExperiment("dup", null, List.of())).code())
                .isEqualTo(ErrorCode.ALREADY_EXISTS);

        String runId = store.createRun("0", "me", "p", 1L, List.of()).runId();
        store.logParam(runId, new Param("depth", "6"));
        ModelyardException viaRest = catchThrowableOfType(ModelyardException.class, () -> store.logParam(runId, new Param("depth", "7")));
        ModelyardException direct = catchThrowableOfType(ModelyardException.class,
                () -> server.backend().tracking().logParam(runId, new Param("depth", "7")));
        assertThat(viaRest.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(viaRest.getMessage()).isEqualTo(direct.getMessage()).contains("depth");
    }

    @Test
    void aTokenProtectedServerNeedsTheToken() {
        try (TrackingServer secured = TrackingServer.start(TrackingServerOptions.local(0, "sqlite:" + dir.resolve("auth.db"), dir.resolve("auth-art"))
                .withAuth("s3cret", List.of()))) {
            assertThatThrownBy(() -> RestTracking.connect(secured.uri(), null)).isInstanceOf(ModelyardException.class)
                    .hasMessageContaining(secured.uri()).hasMessageContaining("401").hasMessageContaining("MODELYARD_TRACKING_TOKEN");
            assertThatThrownBy(() -> RestTracking.connect(secured.uri(), "wrong")).isInstanceOf(ModelyardException.class)
                    .hasMessageContaining("not valid");
            try (RestTracking ok = RestTracking.connect(secured.uri(), "s3cret")) {
                String id = ok.tracking().createExperiment("with-token", null, List.of());
                assertThat(secured.backend().tracking().getExperiment(id).name()).isEqualTo("with-token");
            }
        }
    }

    @Test
    void anUnreachableServerIsAClearBadInput() {
        String uri;
        try (TrackingServer gone = TrackingServer.start(TrackingServerOptions.local(0, "sqlite:" + dir.resolve("gone.db"), dir.resolve("gone-art")))) {
            uri = gone.uri();
        }
        ModelyardException e = catchThrowableOfType(ModelyardException.class, () -> RestTracking.connect(uri, null));
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.getMessage()).contains("cannot reach the tracking server at " + uri);
    }
}
