package dev.modelyard.monitoring.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.core.provenance.Provenance;
import dev.modelyard.evaluate.metrics.Metric;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.evaluate.train.Trainer;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.bundle.ModelBundle;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline read back from bundles written by the trainer. */
class PerformanceBaselineTest {
    @TempDir Path dir;

    @Test
    void aBinaryBundleGivesItsCvEstimateAndAnEstimator() {
        Synthetic s = Synthetic.draw(1_200, 0, 31);
        Frame data = Frame.of(DoubleColumn.of("score", s.scores()), s.actual(0));
        ModelBundle bundle = train(data, "y");
        PerformanceBaseline b = PerformanceBaseline.of(bundle);
        JsonNode best = bundle.evaluation().path("leaderboard").get(0);
        assertThat(b.task()).isEqualTo(Task.BINARY);
        assertThat(b.classes()).containsExactly("no", "yes");
        assertThat(b.metric()).isEqualTo(Metric.AUC);
        assertThat(b.cvMean()).isEqualTo(best.path("mean").asDouble()).isBetween(0.7, 0.9);
        assertThat(b.cvStd()).isEqualTo(best.path("std").asDouble());
        assertThat(b.folds()).isEqualTo(3);
        assertThat(b.trainingRows()).isEqualTo(1_200);
        assertThat(b.canEstimate()).isTrue();
        // the estimate on the training distribution agrees with the cross-validated AUC
        double[] scores = ((DoubleColumn) bundle.pipeline().predict(data).column("proba_yes")).toArray();
        double estimated = b.estimator().estimate(Metric.AUC, scores);
        assertThat(estimated).isBetween(b.cvMean() - 0.03, b.cvMean() + 0.03);
    }

    @Test
    void aRegressionBundleHasNoEstimator() {
        SplittableRandom r = new SplittableRandom(1);
        double[] x = new double[300];
        double[] y = new double[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble();
            y[i] = 3 * x[i] + 0.1 * r.nextGaussian();
        }
        PerformanceBaseline b = PerformanceBaseline.of(train(Frame.of(DoubleColumn.of("x", x), DoubleColumn.of("y", y)), "y"));
        assertThat(b.metric()).isEqualTo(Metric.RMSE);
        assertThat(b.estimator()).isNull();
        assertThat(b.canEstimate()).isFalse();
        assertThat(b.classes()).isEmpty();
    }

    @Test
    void aBundleWithoutEvaluationIsAClearError() {
        Synthetic s = Synthetic.draw(300, 0, 32);
        TrainResult r = Trainer.train(Frame.of(DoubleColumn.of("score", s.scores()), s.actual(0)), request("y"), Progress.NONE, new Cancellation());
        Path bare = dir.resolve("bare.zip");
        ModelBundle.write(bare, r.pipeline(), Provenance.capture("x", 300, 1, java.time.Instant.now(), null), null);
        assertThatThrownBy(() -> PerformanceBaseline.of(ModelBundle.read(bare)))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("no training evaluation");
    }

    private ModelBundle train(Frame data, String target) {
        Path out = dir.resolve(target + "-" + System.nanoTime() + ".zip");
        Trainer.train(data, request(target), Progress.NONE, new Cancellation()).save(out);
        return ModelBundle.read(out);
    }

    private static TrainRequest request(String target) {
        return TrainRequest.of(target).withLearners(List.of("linear")).withFolds(3);
    }
}
