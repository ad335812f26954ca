package dev.modelyard.monitoring.performance;

import dev.modelyard.evaluate.metrics.Auc;
import dev.modelyard.evaluate.metrics.Metric;
import dev.modelyard.evaluate.metrics.Predictions;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Confidence-based performance estimation for binary classifiers, in the manner of NannyML's CBPE: the
 * out-of-fold scores of the training data are calibrated against their labels ({@link Calibration}); on a window
 * without labels, each row's calibrated probability is the chance it is positive, so the confusion matrix and
 * the ROC curve have an expected value computable from the scores alone. Valid while the relation between
 * features and target holds (covariate shift, not concept drift). Immutable.
 */
public final class ConfidenceEstimator {
    /** Metrics an estimate exists for; others (log loss, brier, every regression metric) estimate to NaN. */
    public static final Set<Metric> ESTIMABLE = EnumSet.of(Metric.AUC, Metric.ACCURACY, Metric.F1, Metric.PRECISION,
            Metric.RECALL);
    /** A row is predicted positive when its positive-class score reaches this (the metrics package's rule). */
    static final double THRESHOLD = 0.5;

    private final Calibration calibration;

    private ConfidenceEstimator(Calibration calibration) {
        this.calibration = calibration;
    }

    /** Fits the calibration on reference scores of the positive class and whether each row was positive. */
    public static ConfidenceEstimator fit(double[] referenceScores, boolean[] positive) {
        return new ConfidenceEstimator(Calibration.fit(referenceScores, positive));
    }

    public static boolean supports(Metric metric) {
        return ESTIMABLE.contains(metric);
    }

    /** The calibration in use. */
    public Calibration calibration() {
        return calibration;
    }

    /**
     * The expected value of {@code metric} on a window whose positive-class scores are {@code scores} (NaN scores
     * are skipped); NaN when the metric is not estimable or no row has a score.
     */
    public double estimate(Metric metric, double[] scores) {
        double[] s = finite(scores);
        if (!supports(metric) || s.length == 0) {
            return Double.NaN;
        }
        double[] p = calibration.apply(s);
        if (metric == Metric.AUC) {
            double[] neg = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                neg[i] = 1 - p[i];
            }
            // Each row is a group holding p positives and 1 - p negatives: the expected Mann-Whitney ratio.
            return Auc.grouped(s, p, neg, s.length);
        }
        double tp = 0;
        double fp = 0;
        double fn = 0;
        double tn = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] >= THRESHOLD) {
                tp += p[i];
                fp += 1 - p[i];
            } else {
                fn += p[i];
                tn += 1 - p[i];
            }
        }
        return switch (metric) {
            case ACCURACY -> (tp + tn) / s.length;
            case PRECISION -> ratio(tp, tp + fp);
            case RECALL -> ratio(tp, tp + fn);
            case F1 -> ratio(2 * tp, 2 * tp + fp + fn);
            default -> Double.NaN;
        };
    }

    /**
     * Standard error the realised metric would have on this window: labels are drawn from the calibrated
     * probabilities {@code resamples} times and the metric computed on each draw. 0 with fewer than two resamples,
     * NaN when the metric is not estimable.
     */
    public double standardError(Metric metric, double[] scores, int resamples, long seed) {
        double[] s = finite(scores);
        if (!supports(metric) || s.length == 0) {
            return Double.NaN;
        }
        if (resamples < 2) {
            return 0;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double scale = 1;
        if (s.length > Bootstrap.MAX_ROWS) {
            // as Bootstrap does: measure on a subset, scale by sqrt(subset / rows)
            int[] keep = Bootstrap.subset(s.length, Bootstrap.MAX_ROWS, rng);
            double[] sub = new double[keep.length];
            for (int i = 0; i < keep.length; i++) {
                sub[i] = s[keep[i]];
            }
            scale = Math.sqrt((double) Bootstrap.MAX_ROWS / s.length);
            s = sub;
        }
        double[] p = calibration.apply(s);
        Predictions predictions = Predictions.ofPositive(s);
        double[] draws = new double[resamples];
        int k = 0;
        for (int r = 0; r < resamples; r++) {
            double[] y = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                y[i] = rng.nextDouble() < p[i] ? 1 : 0;
            }
            double v = metric.compute(new Target("simulated", Task.BINARY, y, List.of("0", "1")), predictions);
            if (!Double.isNaN(v)) {
                draws[k++] = v;
            }
        }
        return Bootstrap.std(draws, k) * scale;
    }

    private static double[] finite(double[] scores) {
        return java.util.Arrays.stream(scores).filter(x -> !Double.isNaN(x)).toArray();
    }

    private static double ratio(double num, double den) {
        return den == 0 ? 0 : num / den;
    }
}
