package dev.modelyard.monitoring.performance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.evaluate.metrics.Metric;
import dev.modelyard.evaluate.metrics.Predictions;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    @Test
    void standardErrorShrinksWithTheSquareRootOfTheRowsAlsoAboveTheSubsetCap() {
        double small = Bootstrap.standardError(Metric.MAE, regression(10_000, 1), 100, 1);
        double large = Bootstrap.standardError(Metric.MAE, regression(4 * Bootstrap.MAX_ROWS, 2), 100, 1); // subset path
        // MAE of N(0,1) errors: sd of |e| is about 0.6, so se ≈ 0.6 / sqrt(n)
        assertThat(small).isBetween(0.6 / Math.sqrt(10_000) * 0.8, 0.6 / Math.sqrt(10_000) * 1.2);
        assertThat(small / large).isBetween(Math.sqrt(8) * 0.8, Math.sqrt(8) * 1.2);
    }

    @Test
    void subsetsAreDistinctPositions() {
        int[] s = Bootstrap.subset(1_000, 300, new SplittableRandom(3));
        assertThat(Arrays.stream(s).distinct().count()).isEqualTo(300);
        assertThat(Arrays.stream(s).allMatch(i -> i >= 0 && i < 1_000)).isTrue();
    }

    @Test
    void tooFewRowsOrResamplesGiveZero() {
        assertThat(Bootstrap.standardError(Metric.MAE, regression(1, 1), 100, 1)).isZero();
        assertThat(Bootstrap.standardError(Metric.MAE, regression(100, 1), 1, 1)).isZero();
    }

    private static LabelledScores regression(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] y = new double[n];
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = r.nextDouble();
            y[i] = f[i] + r.nextGaussian();
        }
        return new LabelledScores(new Target("y", Task.REGRESSION, y, List.of()), Predictions.ofValues(f),
                IntStream.range(0, n).toArray());
    }
}
