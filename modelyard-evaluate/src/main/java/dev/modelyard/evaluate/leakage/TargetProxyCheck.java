package dev.modelyard.evaluate.leakage;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds single features that predict the target almost perfectly on their own.
 *
 * <p>Numeric columns are scored twice, keeping the better: the raw value (AUC in either direction for
 * binary, a fitted line's R² for regression) and out-of-fold means of 20 quantile bins, nulls a bin of
 * their own (catches proxies that are not monotonic). Categorical and text columns are scored by
 * out-of-fold level means. For multiclass targets the score is the mean over classes of the one-vs-rest
 * AUC of out-of-fold class frequencies (raw values are not scored: one ordering cannot rank several
 * classes). A macro mean, rather than the best class, so that a feature that merely isolates one easy
 * class is not called a leak.
 */
final class TargetProxyCheck {
    static final int BINS = 20;
    /** Below this, out-of-fold means are too noisy to call anything a leak. */
    static final int MIN_ROWS = 20;

    private final Task task;
    private final OutOfFold oof;
    private final LeakageOptions options;
    private final int[] classes;
    private final int[] scoredClasses;
    private final double[] yCentered;
    private final double ssTot;

    TargetProxyCheck(Target target, int[] fold, LeakageOptions options) {
        this.task = target.task();
        this.oof = new OutOfFold(fold, Folds.K);
        this.options = options;
        int n = target.size();
        if (task.isClassification()) {
            classes = new int[n];
            for (int i = 0; i < n; i++) {
                classes[i] = target.classOf(i);
            }
            int k = target.classCount();
            scoredClasses = task == Task.BINARY ? new int[] {1} : java.util.stream.IntStream.range(0, k).toArray();
            yCentered = null;
            ssTot = 0;
        } else {
            classes = null;
            scoredClasses = null;
            double mean = 0;
            for (double v : target.values()) {
                mean += v;
            }
            mean /= n;
            yCentered = new double[n];
            double ss = 0;
            for (int i = 0; i < n; i++) {
                yCentered[i] = target.values()[i] - mean;
                ss += yCentered[i] * yCentered[i];
            }
            ssTot = ss;
        }
    }

    Optional<LeakageFinding> check(Column c) {
        if (c.size() < MIN_ROWS || c.nullCount() == c.size() || (!task.isClassification() && !(ssTot > 0))) {
            return Optional.empty();
        }
        double score;
        String how;
        if (NumericValues.isNumeric(c)) {
            double[] v = NumericValues.of(c);
            double raw = switch (task) {
                case BINARY -> RawScore.binaryAuc(v, classes);
                case REGRESSION -> RawScore.r2(v, yCentered, ssTot);
                case MULTICLASS -> Double.NaN;
            };
            double binned = oofScore(QuantileBins.code(v, BINS));
            boolean rawWins = !Double.isNaN(raw) && !(binned > raw);
            score = rawWins ? raw : binned;
            how = rawWins ? "raw values" : "out-of-fold means of " + BINS + " quantile bins";
        } else {
            Coded coded = c instanceof CategoricalColumn cat ? Coded.of(cat) : Coded.ofStrings(c);
            score = oofScore(coded);
            how = "out-of-fold level means";
        }
        double threshold = task == Task.REGRESSION ? options.r2Threshold() : options.aucThreshold();
        if (Double.isNaN(score) || score < threshold) {
            return Optional.empty();
        }
        String measure = switch (task) {
            case BINARY -> "AUC";
            case MULTICLASS -> "macro one-vs-rest AUC";
            case REGRESSION -> "R²";
        };
        String message = String.format(Locale.ROOT, "feature '%s' alone reaches %s %.3f on the target: likely leakage (scored on %s)",
                c.name(), measure, score, how);
        return Optional.of(new LeakageFinding(LeakageFinding.TARGET_PROXY, c.name(), message, score, Severity.CRITICAL));
    }

    private double oofScore(Coded coded) {
        return task.isClassification() ? oof.classAuc(coded, classes, scoredClasses) : oof.r2(coded, yCentered, ssTot);
    }
}
