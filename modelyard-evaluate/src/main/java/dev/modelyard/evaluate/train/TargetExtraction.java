package dev.modelyard.evaluate.train;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.Names;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a frame column into a {@link Target}: drops rows whose target is missing (with a count),
 * infers the task unless given, and rejects targets no model can learn, each with a clear message.
 */
public final class TargetExtraction {
    /** Integer-valued numeric targets with at most this many distinct values are read as classes. */
    public static final int MAX_INTEGER_CLASSES = 10;

    private TargetExtraction() {}

    /** The rows kept (target present), the features on those rows, and the target. */
    public record Result(Frame data, Target target, int droppedRows, int[] keptRows) {}

    /**
     * @param data   the whole frame, target column included
     * @param column the target column's name
     * @param task   the task, or null to infer it
     */
    public static Result extract(Frame data, String column, Task task) {
        if (!data.has(column)) {
            throw ModelyardException.notFound("target column '" + column + "' not found" + Names.suggestion(column, data.schema().names()));
        }
        Present p = present(data, column);
        Column yk = p.y();
        Task t = task != null ? task : infer(yk);
        Target target = t.isClassification() ? classes(yk, t) : regression(yk);
        return new Result(p.rest(), target, p.dropped(), p.rows());
    }

    /**
     * The target of labelled scoring data for an already-fitted model: labels are mapped onto the
     * model's classes (a label the model never saw is an error naming it); rows with a missing
     * target are dropped and counted.
     */
    public static Result forModel(Frame data, String column, Task task, List<String> classes) {
        if (column == null || !data.has(column)) {
            throw ModelyardException.invalid("the data has no target column '" + column + "' to evaluate against"
                    + (column == null ? "" : Names.suggestion(column, data.schema().names())));
        }
        Present p = present(data, column);
        Column yk = p.y();
        Frame kept = p.rest();
        int[] rows = p.rows();
        if (!task.isClassification()) {
            return new Result(kept, regression(yk), p.dropped(), rows);
        }
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < classes.size(); k++) {
            index.put(classes.get(k), k);
        }
        double[] v = new double[yk.size()];
        for (int i = 0; i < v.length; i++) {
            Integer k = index.get(yk.getString(i));
            if (k == null) {
                throw ModelyardException.invalid("target column '" + column + "' row " + (rows[i] + 1) + " has label '" + yk.getString(i)
                        + "', which the model never saw (classes: " + String.join(", ", classes) + ")");
            }
            v[i] = k;
        }
        return new Result(kept, new Target(column, task, v, classes), p.dropped(), rows);
    }

    /** The rows whose target is present: the other columns and the target on those rows. */
    private record Present(Frame rest, Column y, int[] rows, int dropped) {}

    private static Present present(Frame data, String column) {
        Column y = data.column(column);
        int n = y.size();
        int[] rows = java.util.stream.IntStream.range(0, n).filter(i -> !y.isNull(i)).toArray();
        if (rows.length == 0) {
            throw ModelyardException.invalid("target column '" + column + "' is missing in all " + n + " rows");
        }
        Frame rest = data.without(column);
        return rows.length == n ? new Present(rest, y, rows, 0) : new Present(rest.select(rows), y.select(rows), rows, n - rows.length);
    }

    /** The task a target column suggests: strings and booleans are classes; numbers are regression unless few integer values. */
    public static Task infer(Column y) {
        if (y.type() == ColumnType.CATEGORICAL || y.type() == ColumnType.TEXT || y.type() == ColumnType.BOOLEAN) {
            return distinct(y).size() <= 2 ? Task.BINARY : Task.MULTICLASS;
        }
        if (y.type() == ColumnType.TIMESTAMP) {
            throw ModelyardException.invalid("target column '" + y.name() + "' is a timestamp; choose a numeric or categorical target");
        }
        TreeSet<Double> values = new TreeSet<>();
        boolean integral = true;
        for (int i = 0; i < y.size() && values.size() <= MAX_INTEGER_CLASSES; i++) {
            double v = y.getDouble(i);
            values.add(v);
            integral &= v == Math.rint(v);
        }
        if (values.size() <= 2) {
            return Task.BINARY;
        }
        return integral && values.size() <= MAX_INTEGER_CLASSES ? Task.MULTICLASS : Task.REGRESSION;
    }

    private static TreeMap<String, Integer> distinct(Column y) {
        TreeMap<String, Integer> counts = new TreeMap<>(TargetExtraction::compareLabels);
        for (int i = 0; i < y.size(); i++) {
            counts.merge(y.getString(i), 1, Integer::sum);
        }
        return counts;
    }

    /** Numeric labels sort as numbers ("2" before "10"), others as text. */
    private static int compareLabels(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private static Target classes(Column y, Task task) {
        TreeMap<String, Integer> counts = distinct(y);
        if (counts.size() < 2) {
            throw ModelyardException.invalid("target column '" + y.name() + "' has only one class ('" + counts.firstKey()
                    + "' in all " + y.size() + " rows); a classifier needs at least two");
        }
        if (task == Task.BINARY && counts.size() > 2) {
            throw ModelyardException.invalid("target column '" + y.name() + "' has " + counts.size() + " classes; --task binary needs exactly two (use multiclass)");
        }
        Task actual = counts.size() == 2 ? Task.BINARY : Task.MULTICLASS;
        List<String> labels = new ArrayList<>(counts.keySet());
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            index.put(labels.get(k), k);
        }
        double[] v = new double[y.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = index.get(y.getString(i));
        }
        return new Target(y.name(), actual, v, labels);
    }

    private static Target regression(Column y) {
        if (!y.type().isNumericSlot() || y.type() == ColumnType.TIMESTAMP) {
            String example = y.getString(0);
            throw ModelyardException.invalid("target column '" + y.name() + "' is " + y.type().label()
                    + " (e.g. '" + example + "'), but --task regression needs numbers");
        }
        double[] v = new double[y.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = y.getDouble(i);
        }
        return new Target(y.name(), Task.REGRESSION, v, List.of());
    }
}
