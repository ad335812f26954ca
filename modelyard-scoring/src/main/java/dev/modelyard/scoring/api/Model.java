package dev.modelyard.scoring.api;

import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * A fitted learner. Its input is all-numeric (DOUBLE) features; its output is one column per class
 * probability ({@code proba_<class>}) for classification, or {@code prediction} for regression.
 */
public interface Model extends Transformer {
    Task task();

    /** Class labels in output order (empty for regression). */
    List<String> classes();

    /** Names of the numeric features, in the order {@link #predictRow} expects them. */
    List<String> featureNames();

    /**
     * Scores one row: features in {@link #featureNames()} order (NaN = missing) into {@code out}.
     * Thread-safe; to score many rows, take a {@link #rowPredictor()} per thread instead, which
     * may keep scratch space between calls.
     */
    void predictRow(double[] features, double[] out);

    /** A scorer of rows for one thread (see {@link RowPredictor}); the same answers as {@link #predictRow}. */
    default RowPredictor rowPredictor() {
        return this::predictRow;
    }

    /** Width of {@link #predictRow}'s output. */
    default int outputWidth() {
        return task().isClassification() ? classes().size() : 1;
    }

    /** Output column names for a task and its classes. */
    static List<String> outputNames(Task task, List<String> classes) {
        if (!task.isClassification()) {
            return List.of("prediction");
        }
        List<String> out = new ArrayList<>();
        for (String c : classes) {
            out.add("proba_" + c);
        }
        return out;
    }

    /** Output schema for a task and its classes. */
    static Schema outputSchema(Task task, List<String> classes) {
        List<Field> f = new ArrayList<>();
        for (String n : outputNames(task, classes)) {
            f.add(new Field(n, ColumnType.DOUBLE));
        }
        return Schema.of(f);
    }
}
