package dev.modelyard.bench.scoring;

import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.List;
import java.util.Random;

/**
 * The scoring benchmark's data: a generated binary task on {@link #FEATURES} gaussian features (2 % of
 * values missing, so default directions are exercised) with a nonlinear signal and noise, so that every
 * one of the {@link #ROUNDS} trees grows to full depth. Training rows and the scoring rows come from
 * different seeds.
 *
 * @param x     training rows, row-major
 * @param y     0/1 labels
 * @param score rows to score, cycled through by the benchmark
 */
record BenchData(double[][] x, double[] y, double[][] score) {
    static final int FEATURES = 20;
    static final int TRAIN_ROWS = 10_000;
    /** A power of two, so the benchmark cycles with a mask. */
    static final int SCORE_ROWS = 1024;
    static final int ROUNDS = 500;
    static final int DEPTH = 6;
    static final double LEARNING_RATE = 0.1;
    static final long SEED = 42;

    static BenchData generate() {
        Random r = new Random(SEED);
        double[][] x = rows(TRAIN_ROWS, r);
        double[] y = new double[TRAIN_ROWS];
        for (int i = 0; i < y.length; i++) {
            y[i] = logit(x[i]) + r.nextGaussian() > 0 ? 1 : 0;
        }
        return new BenchData(x, y, rows(SCORE_ROWS, new Random(SEED + 1)));
    }

    private static double[][] rows(int n, Random r) {
        double[][] x = new double[n][FEATURES];
        for (double[] row : x) {
            for (int j = 0; j < FEATURES; j++) {
                row[j] = r.nextDouble() < 0.02 ? Double.NaN : r.nextGaussian();
            }
        }
        return x;
    }

    private static double logit(double[] x) {
        double z = 0;
        for (int j = 0; j < FEATURES; j++) {
            double v = Double.isNaN(x[j]) ? 0.3 : x[j];
            z += (j % 3 == 0 ? Math.sin(2 * v) : j % 3 == 1 ? 0.5 * v * v - 0.5 : 0.4 * v) * (1.0 / (1 + j / 5));
        }
        return z;
    }

    /** The training rows as a frame with columns x1..xp. */
    Frame frame() {
        DoubleColumn[] cols = new DoubleColumn[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            double[] v = new double[x.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = x[i][j];
            }
            cols[j] = DoubleColumn.of("x" + (j + 1), v);
        }
        return Frame.of(cols);
    }

    Target target() {
        return new Target("y", Task.BINARY, y, List.of("0", "1"));
    }

    /** Rows as float arrays (what the native boosters take), NaN kept as missing. */
    static float[][] floats(double[][] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = new float[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                out[i][j] = (float) rows[i][j];
            }
        }
        return out;
    }
}
