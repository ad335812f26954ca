package dev.modelyard.scoring.api;

import java.util.List;
import java.util.Objects;

/**
 * A training target with no missing values. For classification {@code values[i]} is the index of the
 * row's class in {@code classes} (0..k-1); for regression it is the value and {@code classes} is empty.
 */
public record Target(String name, Task task, double[] values, List<String> classes) {
    public Target {
        Objects.requireNonNull(task);
        Objects.requireNonNull(values);
        classes = List.copyOf(classes);
        if (task.isClassification() && classes.size() < 2) {
            throw new IllegalArgumentException("classification needs at least two classes");
        }
    }

    public int size() { return values.length; }

    public int classCount() { return classes.size(); }

    /** The class index of row i (classification only). */
    public int classOf(int i) { return (int) values[i]; }

    /** The given rows, in order. */
    public Target select(int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return new Target(name, task, out, classes);
    }
}
