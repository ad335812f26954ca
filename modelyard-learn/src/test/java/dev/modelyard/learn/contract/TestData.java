package dev.modelyard.learn.contract;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.core.frame.TimestampColumn;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

/**
 * Small generated frames with every column type, missing values and a learnable target, for unit
 * and contract tests. Deterministic for a given seed.
 */
public final class TestData {
    private TestData() {}

    /** A mixed frame: x1, x2 (double, some missing), n (long), color (5 levels), city (40 levels), when (timestamp), note (text). */
    public static Frame mixed(int rows, long seed) {
        Random r = new Random(seed);
        double[] x1 = new double[rows];
        double[] x2 = new double[rows];
        long[] n = new long[rows];
        String[] color = new String[rows];
        String[] city = new String[rows];
        long[] when = new long[rows];
        String[] note = new String[rows];
        BitSet nNull = new BitSet();
        BitSet whenNull = new BitSet();
        String[] colors = {"red", "green", "blue", "black", "white"};
        String[] words = {"good", "bad", "fast", "slow", "cheap", "late", "early", "fine"};
        for (int i = 0; i < rows; i++) {
            x1[i] = r.nextGaussian();
            x2[i] = r.nextDouble() < 0.1 ? Double.NaN : r.nextGaussian() * 3 + 1;
            n[i] = r.nextInt(100);
            if (r.nextDouble() < 0.05) {
                nNull.set(i);
            }
            color[i] = r.nextDouble() < 0.05 ? null : colors[r.nextInt(colors.length)];
            city[i] = "city" + r.nextInt(40);
            when[i] = 1_600_000_000_000L + (long) r.nextInt(1_000_000) * 60_000L;
            if (r.nextDouble() < 0.03) {
                whenNull.set(i);
            }
            note[i] = r.nextDouble() < 0.05 ? null : words[r.nextInt(words.length)] + " " + words[r.nextInt(words.length)];
        }
        return Frame.of(DoubleColumn.of("x1", x1), DoubleColumn.of("x2", x2), LongColumn.of("n", n, nNull),
                CategoricalColumn.fromStrings("color", color), CategoricalColumn.fromStrings("city", city),
                TimestampColumn.of("when", when, whenNull), TextColumn.of("note", note));
    }

    /** Only numeric columns x1..x{p} (no missing), as learners consume them. */
    public static Frame numeric(int rows, int p, long seed) {
        Random r = new Random(seed);
        DoubleColumn[] cols = new DoubleColumn[p];
        for (int j = 0; j < p; j++) {
            double[] v = new double[rows];
            for (int i = 0; i < rows; i++) {
                v[i] = r.nextGaussian();
            }
            cols[j] = DoubleColumn.of("x" + (j + 1), v);
        }
        return Frame.of(cols);
    }

    /** A binary target that depends on x1 and x2 of {@link #numeric} or {@link #mixed} (missing x2 counts as 0). */
    public static Target binary(Frame f, long seed) {
        Random r = new Random(seed);
        double[] y = new double[f.rowCount()];
        for (int i = 0; i < y.length; i++) {
            double x2 = f.column("x2").getDouble(i);
            double z = 1.5 * f.column("x1").getDouble(i) - 0.8 * (Double.isNaN(x2) ? 0 : x2) + r.nextGaussian() * 0.5;
            y[i] = z > 0 ? 1 : 0;
        }
        return new Target("y", Task.BINARY, y, List.of("no", "yes"));
    }

    /** A three-class target from x1. */
    public static Target multiclass(Frame f, long seed) {
        Random r = new Random(seed);
        double[] y = new double[f.rowCount()];
        for (int i = 0; i < y.length; i++) {
            double z = f.column("x1").getDouble(i) + r.nextGaussian() * 0.3;
            y[i] = z < -0.5 ? 0 : z < 0.5 ? 1 : 2;
        }
        return new Target("y", Task.MULTICLASS, y, List.of("a", "b", "c"));
    }

    /** A regression target linear in x1 and x2 plus noise. */
    public static Target regression(Frame f, long seed) {
        Random r = new Random(seed);
        double[] y = new double[f.rowCount()];
        for (int i = 0; i < y.length; i++) {
            double x2 = f.column("x2").getDouble(i);
            y[i] = 3 * f.column("x1").getDouble(i) + 2 * (Double.isNaN(x2) ? 0 : x2) + r.nextGaussian() * 0.2;
        }
        return new Target("y", Task.REGRESSION, y, List.of());
    }
}
