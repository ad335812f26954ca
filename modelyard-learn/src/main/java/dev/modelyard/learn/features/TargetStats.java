package dev.modelyard.learn.features;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;

/** The arithmetic of target encoding: per-row target vectors, smoothed level tables and shuffled folds. */
final class TargetStats {
    private TargetStats() {}

    /** Rejects a target whose length differs from the data's row count, naming the step. */
    static void requireRows(String step, Frame data, Target target) {
        if (target.size() != data.rowCount()) {
            throw ModelyardException.invalid(step + ": target '" + target.name() + "' has " + target.size()
                    + " values but the data has " + data.rowCount() + " rows");
        }
    }

    /** Values encoded per row: one for binary (the class index, 0/1) and regression, k for multiclass (one-hot). */
    static int width(Target t) {
        return t.task() == Task.MULTICLASS ? t.classCount() : 1;
    }

    /** The target as a row-major n × width matrix. */
    static double[] rows(Target t) {
        int w = width(t);
        double[] y = new double[t.size() * w];
        for (int i = 0; i < t.size(); i++) {
            if (w == 1) {
                y[i] = t.values()[i];
            } else {
                y[i * w + t.classOf(i)] = 1.0;
            }
        }
        return y;
    }

    /**
     * The m-estimate table for one column: row {@code l} (0..levels-1) holds
     * {@code (sum + m*prior)/(count + m)} over the used rows whose level is {@code l}; the last row
     * holds the prior (mean of the used rows), the value for unseen and missing levels.
     *
     * @param pos level of each row (-1 when missing); {@code use} null means every row
     */
    static double[] table(int[] pos, int levels, double[] y, int w, boolean[] use, double m) {
        double[] sum = new double[(levels + 1) * w];
        int[] count = new int[levels + 1];
        double[] prior = new double[w];
        int used = 0;
        for (int i = 0; i < pos.length; i++) {
            if (use != null && !use[i]) {
                continue;
            }
            used++;
            int l = pos[i] < 0 ? levels : pos[i];
            count[l]++;
            for (int j = 0; j < w; j++) {
                sum[l * w + j] += y[i * w + j];
                prior[j] += y[i * w + j];
            }
        }
        for (int j = 0; j < w; j++) {
            prior[j] = used == 0 ? 0.0 : prior[j] / used;
        }
        double[] out = new double[(levels + 1) * w];
        for (int l = 0; l < levels; l++) {
            for (int j = 0; j < w; j++) {
                double denom = count[l] + m;
                out[l * w + j] = denom > 0 ? (sum[l * w + j] + m * prior[j]) / denom : prior[j];
            }
        }
        System.arraycopy(prior, 0, out, levels * w, w);
        return out;
    }

    /** Fold of each row: a seeded shuffle dealt round-robin into {@code k} folds of near-equal size. */
    static int[] folds(int n, int k, long seed) {
        return dev.modelyard.core.random.Shuffle.foldOf(n, k, seed);
    }
}
