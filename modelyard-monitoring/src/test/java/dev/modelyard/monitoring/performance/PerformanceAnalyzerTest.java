package dev.modelyard.monitoring.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.evaluate.metrics.Metric;
import dev.modelyard.monitoring.result.WindowPerformance;
import dev.modelyard.scoring.api.Task;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PerformanceAnalyzerTest {
    private static final List<String> CLASSES = List.of("no", "yes");
    private static final PerformanceOptions OPTIONS = PerformanceOptions.defaults();

    /** A binary baseline whose reference value is the metric on a large reference draw, as cross-validation would give. */
    private static PerformanceBaseline binary(Metric metric) {
        Synthetic ref = Synthetic.draw(20_000, 0, 21);
        double value = LabelledScores.of(ref.output(), ref.actual(0), Task.BINARY, CLASSES).metric(metric);
        Synthetic sample = Synthetic.draw(2_000, 0, 22);
        return new PerformanceBaseline(Task.BINARY, CLASSES, metric, value, 0.005, 5, 20_000,
                ConfidenceEstimator.fit(sample.scores(), sample.positive()));
    }

    @Test
    void aWindowLikeTrainingIsInsideTheBand() {
        PerformanceBaseline b = binary(Metric.AUC);
        Synthetic w = Synthetic.draw(3_000, 0, 23);
        WindowPerformance p = PerformanceAnalyzer.analyze(b, w.output(), w.actual(0), OPTIONS);
        assertThat(p.metric()).isEqualTo("auc");
        assertThat(p.greaterIsBetter()).isTrue();
        assertThat(p.labelled()).isEqualTo(3_000);
        assertThat(p.realised()).isBetween(p.lower(), p.upper());
        assertThat(p.estimated()).isCloseTo(p.realised(), within(0.02));
        assertThat(p.reference()).isEqualTo(b.cvMean());
        assertThat(p.degraded()).isFalse();
    }

    @Test
    void labelsThatNoLongerFollowTheScoresAreDegraded() {
        PerformanceBaseline b = binary(Metric.AUC);
        Synthetic w = Synthetic.draw(3_000, 0, 24);
        SplittableRandom r = new SplittableRandom(5);
        boolean[] y = w.positive().clone();
        for (int i = 0; i < y.length; i++) {
            if (r.nextDouble() < 0.3) {
                y[i] = r.nextBoolean(); // concept drift: 30 % of outcomes are now unrelated to x
            }
        }
        WindowPerformance p = PerformanceAnalyzer.analyze(b, w.output(), new Synthetic(w.scores(), y).actual(0), OPTIONS);
        assertThat(p.realised()).isLessThan(p.lower());
        assertThat(p.degraded()).isTrue();
    }

    @Test
    void withoutLabelsTheEstimateDecides() {
        PerformanceBaseline b = binary(Metric.ACCURACY);
        // rows pile up where P(yes) is about 0.6 but the model (score P², threshold 0.5) says "no"
        Synthetic nearBoundary = Synthetic.draw(3_000, 0.6, 0.3, 25);
        WindowPerformance p = PerformanceAnalyzer.analyze(b, nearBoundary.output(), null, OPTIONS);
        assertThat(p.labelled()).isZero();
        assertThat(p.realised()).isNaN();
        assertThat(p.estimated()).isLessThan(p.lower());
        assertThat(p.degraded()).isTrue();
        // and the estimate is what the labels, once they arrive, confirm
        WindowPerformance later = PerformanceAnalyzer.analyze(b, nearBoundary.output(), nearBoundary.actual(0), OPTIONS);
        assertThat(later.estimated()).isCloseTo(later.realised(), within(0.025));
        assertThat(later.degraded()).isTrue();

        WindowPerformance same = PerformanceAnalyzer.analyze(b, Synthetic.draw(3_000, 0, 26).output(), null, OPTIONS);
        assertThat(same.degraded()).isFalse();
    }

    @Test
    void unlabelledRowsAreSkipped() {
        Synthetic w = Synthetic.draw(900, 0, 27);
        WindowPerformance p = PerformanceAnalyzer.analyze(binary(Metric.AUC), w.output(), w.actual(3), OPTIONS);
        assertThat(p.labelled()).isEqualTo(600);
        assertThat(p.realised()).isFinite();
    }

    @Test
    void regressionErrorAboveTheBandIsDegradedAndBelowItIsNot() {
        PerformanceBaseline b = new PerformanceBaseline(Task.REGRESSION, List.of(), Metric.RMSE, 1.0, 0.02, 5, 10_000, null);
        assertThat(regression(b, 1.0, 1).degraded()).isFalse();
        WindowPerformance worse = regression(b, 1.5, 2);
        assertThat(worse.realised()).isGreaterThan(worse.upper());
        assertThat(worse.degraded()).isTrue();
        assertThat(worse.greaterIsBetter()).isFalse();
        WindowPerformance better = regression(b, 0.5, 3);
        assertThat(better.realised()).isLessThan(better.lower());
        assertThat(better.degraded()).as("better than training is not a degradation").isFalse();
        assertThat(better.estimated()).as("no estimate for regression").isNaN();
    }

    @Test
    void aSmallWindowGetsAWiderBand() {
        PerformanceBaseline b = new PerformanceBaseline(Task.REGRESSION, List.of(), Metric.RMSE, 1.0, 0.02, 5, 10_000, null);
        WindowPerformance small = regression(b, 1.0, 4, 50);
        WindowPerformance large = regression(b, 1.0, 5, 5_000);
        assertThat(small.upper() - small.lower()).isGreaterThan(2 * (large.upper() - large.lower()));
    }

    @Test
    void theMinimumRelativeToleranceBoundsTheBandFromBelow() {
        PerformanceBaseline exact = new PerformanceBaseline(Task.REGRESSION, List.of(), Metric.RMSE, 2.0, 0, 5, 100, null);
        Frame out = Frame.of(DoubleColumn.of("prediction", new double[] {1, 2, 3}));
        WindowPerformance p = PerformanceAnalyzer.analyze(exact, out, DoubleColumn.of("y", new double[] {1, 2, 3}),
                OPTIONS.withBootstrap(0));
        assertThat(p.realised()).isZero();
        assertThat(p.lower()).isCloseTo(1.98, within(1e-12));
        assertThat(p.upper()).isCloseTo(2.02, within(1e-12));
    }

    @Test
    void regressionWithoutLabelsHasNoVerdict() {
        PerformanceBaseline b = new PerformanceBaseline(Task.REGRESSION, List.of(), Metric.RMSE, 1.0, 0.02, 5, 10_000, null);
        Frame out = Frame.of(DoubleColumn.of("prediction", new double[] {1, 2, 3}));
        WindowPerformance p = PerformanceAnalyzer.analyze(b, out, DoubleColumn.of("y", new double[] {Double.NaN, Double.NaN, Double.NaN}), OPTIONS);
        assertThat(p.labelled()).isZero();
        assertThat(p.realised()).isNaN();
        assertThat(p.estimated()).isNaN();
        assertThat(p.degraded()).isFalse();
    }

    @Test
    void badInputIsAClearError() {
        PerformanceBaseline b = binary(Metric.AUC);
        Frame wrong = Frame.of(DoubleColumn.of("prediction", new double[] {0.1, 0.9}));
        assertThatThrownBy(() -> PerformanceAnalyzer.analyze(b, wrong, null, OPTIONS))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("proba_no").hasMessageContaining("found prediction");
        Frame two = Synthetic.draw(2, 0, 1).output();
        assertThatThrownBy(() -> PerformanceAnalyzer.analyze(b, two, CategoricalColumn.fromStrings("y", new String[] {"no", "maybe"}), OPTIONS))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("'maybe'");
        assertThatThrownBy(() -> PerformanceAnalyzer.analyze(b, two, CategoricalColumn.fromStrings("y", new String[] {"no"}), OPTIONS))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("1 rows but there are 2 predictions");
        assertThatThrownBy(() -> PerformanceAnalyzer.analyze(b, two.select(new int[0]), null, OPTIONS))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("no rows");
    }

    private static WindowPerformance regression(PerformanceBaseline b, double noise, long seed) {
        return regression(b, noise, seed, 2_000);
    }

    private static WindowPerformance regression(PerformanceBaseline b, double noise, long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] f = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = r.nextDouble() * 10;
            y[i] = f[i] + noise * r.nextGaussian();
        }
        return PerformanceAnalyzer.analyze(b, Frame.of(DoubleColumn.of("prediction", f)), DoubleColumn.of("y", y), OPTIONS);
    }
}
