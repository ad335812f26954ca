package dev.modelyard.monitoring.log;

import java.util.Arrays;

/** A growable double array. */
final class Doubles {
    private double[] values = new double[64];
    private int size;

    void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    /** Appends {@code n} copies of {@code v} (padding for a column that starts late). */
    void fill(int n, double v) {
        for (int i = 0; i < n; i++) {
            add(v);
        }
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
