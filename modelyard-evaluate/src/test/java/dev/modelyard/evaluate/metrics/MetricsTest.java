package dev.modelyard.evaluate.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.scoring.api.Task;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void allComputesEveryMetricOfTheTaskInOrder() {
        var y = MetricTest.binary(0, 0, 1, 1);
        var p = Predictions.ofPositive(new double[] {0.1, 0.4, 0.35, 0.8});
        Map<String, Double> m = Metrics.all(Task.BINARY, y, p);
        assertThat(m.keySet()).containsExactly("auc", "logloss", "accuracy", "f1", "precision", "recall", "brier");
        assertThat(m.get("auc")).isCloseTo(0.75, within(1e-12));
        assertThat(m.get("brier")).isCloseTo(0.158125, within(1e-12));

        var yr = MetricTest.regression(1, 2, 3, 4);
        assertThat(Metrics.all(yr, Predictions.ofValues(new double[] {1, 2, 3, 4})))
                .containsExactly(Map.entry("rmse", 0.0), Map.entry("mae", 0.0), Map.entry("r2", 1.0));
        assertThat(Metric.forTask(Task.MULTICLASS)).containsExactly(Metric.LOG_LOSS, Metric.ACCURACY, Metric.MACRO_F1);
    }

    @Test
    void allRejectsATaskThatIsNotTheTargets() {
        assertThatThrownBy(() -> Metrics.all(Task.REGRESSION, MetricTest.binary(0, 1), Predictions.ofPositive(new double[] {0.2, 0.7})))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("is binary");
    }

    @Test
    void defaults() {
        assertThat(Metric.defaultFor(Task.BINARY)).isEqualTo(Metric.AUC);
        assertThat(Metric.defaultFor(Task.MULTICLASS)).isEqualTo(Metric.LOG_LOSS);
        assertThat(Metric.defaultFor(Task.REGRESSION)).isEqualTo(Metric.RMSE);
        for (Task t : Task.values()) {
            assertThat(Metric.defaultFor(t).appliesTo(t)).isTrue();
        }
    }

    @Test
    void parseByCliName() {
        assertThat(Metric.parse("AUC ", Task.BINARY)).isEqualTo(Metric.AUC);
        assertThat(Metric.parse("macro_f1", Task.MULTICLASS)).isEqualTo(Metric.MACRO_F1);
        assertThat(Metric.parse("logloss", Task.MULTICLASS)).isEqualTo(Metric.LOG_LOSS);
        for (Metric m : Metric.values()) {
            Task t = m.tasks().iterator().next();
            assertThat(Metric.parse(m.label(), t)).isEqualTo(m);
        }
    }

    @Test
    void parseErrorsListValidNames() {
        assertThatThrownBy(() -> Metric.parse("auroc", Task.BINARY))
                .isInstanceOf(ModelyardException.class)
                .hasMessage("unknown metric 'auroc' (valid for binary: auc, logloss, accuracy, f1, precision, recall, brier)");
        assertThatThrownBy(() -> Metric.parse("auc", Task.REGRESSION))
                .isInstanceOf(ModelyardException.class)
                .hasMessage("metric 'auc' does not apply to regression tasks (valid for regression: rmse, mae, r2)");
    }
}
