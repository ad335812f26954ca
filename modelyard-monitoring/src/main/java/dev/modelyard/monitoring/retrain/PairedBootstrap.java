package dev.modelyard.monitoring.retrain;

import dev.modelyard.evaluate.metrics.Metric;
import dev.modelyard.monitoring.performance.Bootstrap;
import dev.modelyard.monitoring.performance.LabelledScores;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Is the challenger better than the champion on the same rows, beyond chance? Rows are resampled with replacement
 * and both models' metric computed on each resample (the same rows for both: a paired test, so the variation the
 * two share cancels out). The p-value is the share of resamples in which the challenger is not better, counted
 * as {@code (k + 1) / (B + 1)} so that it is never exactly 0 with finitely many resamples.
 */
public final class PairedBootstrap {
    private PairedBootstrap() {}

    /**
     * @param champion    the champion's value of the metric on all rows
     * @param challenger  the challenger's
     * @param improvement relative improvement of the challenger, positive when better: {@code ±(challenger -
     *                    champion) / |champion|} signed by the metric's direction
     * @param pValue      share of resamples in which the challenger is not better
     * @param resamples   resamples in which the metric was defined for both
     */
    public record Result(double champion, double challenger, double improvement, double pValue, int resamples) {}

    /** Compares two models' scores on the same labelled rows. */
    public static Result test(Metric metric, LabelledScores champion, LabelledScores challenger, int resamples, long seed) {
        if (!Arrays.equals(champion.rows(), challenger.rows())) {
            throw new IllegalArgumentException("champion and challenger were scored on different rows");
        }
        double a = champion.metric(metric);
        double b = challenger.metric(metric);
        SplittableRandom rng = new SplittableRandom(seed);
        int n = champion.size();
        int defined = 0;
        int notBetter = 0;
        for (int r = 0; r < resamples; r++) {
            int[] rows = Bootstrap.draw(n, rng);
            double ra = champion.select(rows).metric(metric);
            double rb = challenger.select(rows).metric(metric);
            if (Double.isNaN(ra) || Double.isNaN(rb)) {
                continue;
            }
            defined++;
            if (!metric.isBetter(rb, ra)) {
                notBetter++;
            }
        }
        double p = defined == 0 ? Double.NaN : (notBetter + 1.0) / (defined + 1.0);
        return new Result(a, b, improvement(metric, a, b), p, defined);
    }

    /** Relative improvement of {@code challenger} over {@code champion}, positive when better. */
    static double improvement(Metric metric, double champion, double challenger) {
        double gain = metric.greaterIsBetter() ? challenger - champion : champion - challenger;
        if (champion == 0) {
            return gain == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, gain);
        }
        return gain / Math.abs(champion);
    }
}
