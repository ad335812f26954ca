package dev.modelyard.evaluate.metrics;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/**
 * The metrics Modelyard computes. Each knows its CLI name ({@link #label()}), the tasks it applies to
 * and whether a greater value is better. See the package documentation for thresholds and edge cases.
 */
public enum Metric {
    /** Area under the ROC curve of the positive-class probability (binary). */
    AUC("auc", true, EnumSet.of(Task.BINARY), ClassificationMetrics::auc),
    /** Mean negative log-likelihood of the true class, probabilities clipped at 1e-15. */
    LOG_LOSS("logloss", false, EnumSet.of(Task.BINARY, Task.MULTICLASS), ClassificationMetrics::logLoss),
    /** Share of rows whose predicted class is the true one. */
    ACCURACY("accuracy", true, EnumSet.of(Task.BINARY, Task.MULTICLASS), ClassificationMetrics::accuracy),
    /** F1 of the positive class at threshold 0.5 (binary). */
    F1("f1", true, EnumSet.of(Task.BINARY), ClassificationMetrics::f1),
    /** Precision of the positive class at threshold 0.5 (binary). */
    PRECISION("precision", true, EnumSet.of(Task.BINARY), ClassificationMetrics::precision),
    /** Recall of the positive class at threshold 0.5 (binary). */
    RECALL("recall", true, EnumSet.of(Task.BINARY), ClassificationMetrics::recall),
    /** Mean squared error of the positive-class probability (binary). */
    BRIER("brier", false, EnumSet.of(Task.BINARY), ClassificationMetrics::brier),
    /** Unweighted mean of per-class F1 (multiclass). */
    MACRO_F1("macro_f1", true, EnumSet.of(Task.MULTICLASS), ClassificationMetrics::macroF1),
    /** Root mean squared error. */
    RMSE("rmse", false, EnumSet.of(Task.REGRESSION), RegressionMetrics::rmse),
    /** Mean absolute error. */
    MAE("mae", false, EnumSet.of(Task.REGRESSION), RegressionMetrics::mae),
    /** Coefficient of determination. */
    R2("r2", true, EnumSet.of(Task.REGRESSION), RegressionMetrics::r2);

    private final String label;
    private final boolean greaterIsBetter;
    private final Set<Task> tasks;
    private final ToDoubleBiFunction<Target, Predictions> kernel;

    Metric(String label, boolean greaterIsBetter, Set<Task> tasks, ToDoubleBiFunction<Target, Predictions> kernel) {
        this.label = label;
        this.greaterIsBetter = greaterIsBetter;
        this.tasks = tasks;
        this.kernel = kernel;
    }

    /** The name as typed on the CLI and written in reports, e.g. {@code "logloss"}. */
    public String label() { return label; }

    public boolean greaterIsBetter() { return greaterIsBetter; }

    public Set<Task> tasks() { return EnumSet.copyOf(tasks); }

    public boolean appliesTo(Task task) { return tasks.contains(task); }

    /** Whether {@code candidate} beats {@code incumbent} under this metric; NaN never wins, and beats nothing. */
    public boolean isBetter(double candidate, double incumbent) {
        if (Double.isNaN(candidate)) {
            return false;
        }
        if (Double.isNaN(incumbent)) {
            return true;
        }
        return greaterIsBetter ? candidate > incumbent : candidate < incumbent;
    }

    /** The metric on a target and matching predictions, with a clear error when they do not fit. */
    public double compute(Target target, Predictions predictions) {
        if (!appliesTo(target.task())) {
            throw ModelyardException.invalid("metric '" + label + "' does not apply to " + target.task().label()
                    + " targets (valid: " + labels(target.task()) + ")");
        }
        predictions.requireShape(target.size(), target.task().isClassification() ? target.classCount() : 0, label);
        if (target.size() == 0) {
            return Double.NaN;
        }
        return kernel.applyAsDouble(target, predictions);
    }

    /** Every metric of a task, in declaration order. */
    public static List<Metric> forTask(Task task) {
        List<Metric> out = new ArrayList<>();
        for (Metric m : values()) {
            if (m.appliesTo(task)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The metric model selection uses when none is asked for: AUC for binary (threshold-free ranking
     * quality, insensitive to class balance), log loss for multiclass (a proper scoring rule: it is
     * smooth where accuracy jumps and ties, and rewards calibrated probabilities, the multiclass
     * counterpart of AUC's threshold-freedom), RMSE for regression.
     */
    public static Metric defaultFor(Task task) {
        return switch (task) {
            case BINARY -> AUC;
            case MULTICLASS -> LOG_LOSS;
            case REGRESSION -> RMSE;
        };
    }

    /** The metric named {@code name} (case-insensitive); the error lists the valid names for the task. */
    public static Metric parse(String name, Task task) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Metric m : values()) {
            if (m.label.equals(wanted)) {
                if (!m.appliesTo(task)) {
                    throw ModelyardException.invalid("metric '" + name + "' does not apply to " + task.label()
                            + " tasks (valid for " + task.label() + ": " + labels(task) + ")");
                }
                return m;
            }
        }
        throw ModelyardException.invalid("unknown metric '" + name + "' (valid for " + task.label() + ": " + labels(task) + ")");
    }

    private static String labels(Task task) {
        return String.join(", ", forTask(task).stream().map(Metric::label).toList());
    }
}
