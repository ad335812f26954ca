package dev.modelyard.monitoring.retrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.evaluate.metrics.Metric;
import dev.modelyard.evaluate.metrics.Predictions;
import dev.modelyard.monitoring.performance.LabelledScores;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {
    private static final int N = 400;

    @Test
    void aClearlyBetterChallengerHasASmallPValue() {
        double[] y = truth(1);
        PairedBootstrap.Result r = PairedBootstrap.test(Metric.RMSE, noisy(y, 2.0, 2), noisy(y, 1.0, 3), 1000, 7);
        assertThat(r.challenger()).isLessThan(r.champion());
        assertThat(r.improvement()).isCloseTo(0.5, within(0.1)); // rmse about 1 instead of 2
        assertThat(r.pValue()).isLessThan(0.01).isGreaterThan(0); // never exactly 0
        assertThat(r.resamples()).isEqualTo(1000);
    }

    @Test
    void anIdenticalChallengerIsNeverSignificant() {
        double[] y = truth(4);
        LabelledScores same = noisy(y, 1.0, 5);
        PairedBootstrap.Result r = PairedBootstrap.test(Metric.RMSE, same, same, 500, 7);
        assertThat(r.improvement()).isZero();
        assertThat(r.pValue()).isEqualTo(1.0);
    }

    @Test
    void anEquallyGoodChallengerIsRarelySignificant() {
        int significant = 0;
        double pSum = 0;
        for (int seed = 0; seed < 20; seed++) {
            double[] y = truth(100 + seed);
            PairedBootstrap.Result r = PairedBootstrap.test(Metric.RMSE, noisy(y, 1.0, 200 + seed), noisy(y, 1.0, 300 + seed), 500, seed);
            pSum += r.pValue();
            if (r.pValue() < 0.05) {
                significant++;
            }
        }
        assertThat(significant).as("false promotions out of 20 at alpha 0.05").isLessThanOrEqualTo(3);
        assertThat(pSum / 20).as("mean p-value under no difference").isBetween(0.3, 0.7);
    }

    @Test
    void directionFollowsTheMetric() {
        SplittableRandom r = new SplittableRandom(8);
        double[] cls = new double[N];
        double[] good = new double[N];
        double[] poor = new double[N];
        for (int i = 0; i < N; i++) {
            cls[i] = r.nextBoolean() ? 1 : 0;
            good[i] = clamp(0.5 + (cls[i] - 0.5) * 0.6 + 0.2 * r.nextGaussian());
            poor[i] = clamp(0.5 + (cls[i] - 0.5) * 0.1 + 0.2 * r.nextGaussian());
        }
        Target t = new Target("y", Task.BINARY, cls, List.of("a", "b"));
        int[] rows = IntStream.range(0, N).toArray();
        LabelledScores champion = new LabelledScores(t, Predictions.ofPositive(poor), rows);
        LabelledScores challenger = new LabelledScores(t, Predictions.ofPositive(good), rows);
        PairedBootstrap.Result better = PairedBootstrap.test(Metric.AUC, champion, challenger, 500, 1);
        assertThat(better.improvement()).isPositive();
        assertThat(better.pValue()).isLessThan(0.01);
        PairedBootstrap.Result worse = PairedBootstrap.test(Metric.AUC, challenger, champion, 500, 1);
        assertThat(worse.improvement()).isNegative();
        assertThat(worse.pValue()).isGreaterThan(0.99);
    }

    @Test
    void scoresOfDifferentRowsAreRejected() {
        double[] y = truth(9);
        LabelledScores a = noisy(y, 1, 1);
        LabelledScores b = a.select(IntStream.range(0, N).map(i -> N - 1 - i).toArray());
        assertThatThrownBy(() -> PairedBootstrap.test(Metric.RMSE, a, b, 10, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] truth(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return IntStream.range(0, N).mapToDouble(i -> 10 * r.nextDouble()).toArray();
    }

    private static LabelledScores noisy(double[] y, double sd, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] f = new double[y.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = y[i] + sd * r.nextGaussian();
        }
        return new LabelledScores(new Target("y", Task.REGRESSION, y, List.of()), Predictions.ofValues(f),
                IntStream.range(0, y.length).toArray());
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
