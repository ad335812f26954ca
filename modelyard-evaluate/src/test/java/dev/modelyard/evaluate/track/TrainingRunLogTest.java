package dev.modelyard.evaluate.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.evaluate.train.Trainer;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.Tracker;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.Run;
import dev.modelyard.tracking.api.Tag;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A training job logged into a local store: params, per-fold metrics, curve, leakage tags, input, artifacts, versions. */
class TrainingRunLogTest {
    static TrainRequest request;
    static TrainResult result;

    @BeforeAll
    static void train() {
        Frame mixed = TestData.mixed(500, 5).without("note");
        Target y = TestData.binary(mixed, 5);
        String[] label = new String[y.size()];
        for (int i = 0; i < label.length; i++) {
            label[i] = y.classes().get(y.classOf(i));
        }
        Frame data = mixed.with(TextColumn.of("label", label));
        request = TrainRequest.of("label").withLearners(List.of("gbdt", "linear")).withFolds(3);
        result = Trainer.train(data, request, Progress.NONE, new Cancellation());
    }

    @Test
    void logsTheWholeJobAndRegistersVersions(@TempDir Path dir) throws Exception {
        Path bundle = dir.resolve("model.zip");
        result.save(bundle);
        Path report = Files.writeString(dir.resolve("report.json"), "{\"ok\":true}");
        try (TrackingBackend backend = TrackingBackend.open("sqlite:" + dir.resolve("t.db"), dir.resolve("artifacts"))) {
            Tracker tracker = Tracker.of(backend.tracking(), backend.artifacts()).experiment("churn");
            String runId;
            ModelVersion v1;
            try (Tracker.ActiveRun run = tracker.start("first")) {
                TrainingRunLog.log(run, request, result, Path.of("data/train.csv"), bundle, report);
                v1 = TrainingRunLog.register(backend.registry(), "churn-model", run, result);
                runId = run.runId();
            }
            Run run = backend.tracking().getRun(runId);
            Map<String, String> params = run.data().params().stream().collect(Collectors.toMap(Param::key, Param::value));
            assertThat(params).containsEntry("target", "label").containsEntry("task", "binary")
                    .containsEntry("learners", "gbdt,linear").containsEntry("chosen", result.chosen()).containsEntry("seed", "42");
            assertThat(params.keySet()).anyMatch(k -> k.startsWith(result.chosen() + "."));

            Map<String, Double> latest = run.data().metrics().stream().collect(Collectors.toMap(Metric::key, Metric::value));
            assertThat(latest.get("auc")).isEqualTo(result.leaderboard().getFirst().metrics().get("auc").mean());
            assertThat(latest).containsKeys("gbdt.auc", "linear.auc", "auc_std", "train_seconds");

            List<Metric> folds = backend.tracking().getMetricHistory(runId, "gbdt.auc.fold", 100, null).items();
            double[] expected = result.leaderboard().stream().filter(e -> e.learner().equals("gbdt")).findFirst().orElseThrow()
                    .metrics().get("auc").values();
            assertThat(folds).extracting(Metric::step).containsExactly(0L, 1L, 2L);
            assertThat(folds.stream().mapToDouble(Metric::value).toArray()).containsExactly(expected);

            if (result.chosen().equals("gbdt")) {
                assertThat(run.data().metrics()).anyMatch(m -> m.key().startsWith("learning_curve.") && m.step() > 0);
            }
            Map<String, String> tags = run.data().tags().stream().collect(Collectors.toMap(Tag::key, Tag::value));
            assertThat(tags).containsEntry("modelyard.leakage.count", String.valueOf(result.leakage().size()))
                    .containsEntry("modelyard.chosen", result.chosen());
            assertThat(run.inputs().datasetInputs()).singleElement()
                    .satisfies(i -> assertThat(i.dataset().digest()).isEqualTo(result.provenance().dataFingerprint()));

            Path copy = dir.resolve("copy.zip");
            try (InputStream in = backend.artifacts().open(run.info().artifactUri(), TrainingRunLog.BUNDLE_ARTIFACT)) {
                Files.copy(in, copy);
            }
            assertThat(ModelBundle.read(copy).pipeline().classes()).isEqualTo(result.pipeline().classes());

            assertThat(v1.version()).isEqualTo("1");
            assertThat(v1.source()).isEqualTo("runs:/" + runId + "/model.zip");
            try (Tracker.ActiveRun second = tracker.start("second")) {
                assertThat(TrainingRunLog.register(backend.registry(), "churn-model", second, result).version()).isEqualTo("2");
            }
        }
    }
}
