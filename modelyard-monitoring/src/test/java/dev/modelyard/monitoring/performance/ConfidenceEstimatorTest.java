package dev.modelyard.monitoring.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.evaluate.metrics.Metric;
import org.junit.jupiter.api.Test;

/**
 * CBPE on a generated problem whose labels follow the calibrated probabilities: estimate ≈ realised. The
 * calibration here is fitted on 20,000 rows, to test the method rather than the noise of a small reference; with
 * the 2,000 rows a bundle's profile keeps, the estimate of AUC moves by about ±0.02 from one reference sample to
 * another.
 */
class ConfidenceEstimatorTest {
    private static final ConfidenceEstimator CBPE;

    static {
        Synthetic ref = Synthetic.draw(20_000, 0, 11);
        CBPE = ConfidenceEstimator.fit(ref.scores(), ref.positive());
    }

    @Test
    void estimatesTheRealisedMetricsUnderCovariateShift() {
        for (double shift : new double[] {0, 0.8, -0.8}) {
            Synthetic window = Synthetic.draw(5_000, shift, 12 + (long) (shift * 10));
            LabelledScores labelled = LabelledScores.of(window.output(), window.actual(0), dev.modelyard.scoring.api.Task.BINARY,
                    java.util.List.of("no", "yes"));
            for (Metric m : ConfidenceEstimator.ESTIMABLE) {
                double realised = labelled.metric(m);
                double estimated = CBPE.estimate(m, window.scores());
                // the realised value is one draw of the window's labels: allow three of its standard errors
                double se = CBPE.standardError(m, window.scores(), 200, 1);
                assertThat(se).isBetween(0.002, 0.05);
                assertThat(estimated).as("%s at shift %s (realised %.4f, se %.4f)", m.label(), shift, realised, se)
                        .isCloseTo(realised, within(3 * se));
            }
        }
    }

    @Test
    void theEstimateFollowsAShiftThatChangesPerformance() {
        double centred = CBPE.estimate(Metric.ACCURACY, Synthetic.draw(5_000, 0, 3).scores());
        double shifted = CBPE.estimate(Metric.ACCURACY, Synthetic.draw(5_000, 2.5, 3).scores());
        // far from the decision boundary the model is right more often
        assertThat(shifted).isGreaterThan(centred + 0.05);
    }

    @Test
    void metricsWithoutAnEstimateAreNaN() {
        double[] s = Synthetic.draw(500, 0, 4).scores();
        assertThat(CBPE.estimate(Metric.LOG_LOSS, s)).isNaN();
        assertThat(CBPE.estimate(Metric.AUC, new double[] {Double.NaN})).isNaN();
        assertThat(CBPE.standardError(Metric.LOG_LOSS, s, 50, 1)).isNaN();
    }

    @Test
    void simulatedStandardErrorShrinksWithTheSquareRootOfTheWindow() {
        double small = CBPE.standardError(Metric.AUC, Synthetic.draw(400, 0, 5).scores(), 200, 1);
        double large = CBPE.standardError(Metric.AUC, Synthetic.draw(6_400, 0, 6).scores(), 200, 1);
        assertThat(small / large).isBetween(2.8, 5.5); // sqrt(16) = 4
    }
}
