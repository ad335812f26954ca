package dev.modelyard.learn.tree;

import dev.modelyard.scoring.api.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded hold-out split of the training rows for early stopping: stratified by class for
 * classification (every class keeps at least one training row), plain random for regression.
 * Both index arrays are sorted so the row order, and hence the model, does not depend on the shuffle.
 */
record ValidationSplit(int[] train, int[] validation) {

    /** The hold-out for early stopping after {@code rounds} rounds without improvement; none (all rows train) when either is 0. */
    static ValidationSplit forEarlyStopping(Target target, int rounds, double fraction, long seed) {
        return rounds > 0 && fraction > 0
                ? of(target, fraction, seed)
                : new ValidationSplit(TrainingData.allRows(target.size()), new int[0]);
    }

    /** Splits off about {@code fraction} of the rows; {@code validation} is empty when too few rows would be held out. */
    static ValidationSplit of(Target target, double fraction, long seed) {
        int n = target.size();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<int[]> groups = new ArrayList<>();
        if (target.task().isClassification()) {
            int k = target.classCount();
            int[] counts = new int[k];
            for (int i = 0; i < n; i++) {
                counts[target.classOf(i)]++;
            }
            int[][] byClass = new int[k][];
            int[] fill = new int[k];
            for (int c = 0; c < k; c++) {
                byClass[c] = new int[counts[c]];
            }
            for (int i = 0; i < n; i++) {
                int c = target.classOf(i);
                byClass[c][fill[c]++] = i;
            }
            groups.addAll(Arrays.asList(byClass));
        } else {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            groups.add(all);
        }
        boolean[] held = new boolean[n];
        int heldCount = 0;
        for (int[] g : groups) {
            shuffle(g, rnd);
            int take = Math.min((int) Math.round(g.length * fraction), g.length - 1);
            for (int i = 0; i < take; i++) {
                held[g[i]] = true;
            }
            heldCount += Math.max(take, 0);
        }
        if (heldCount == 0 || heldCount == n) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return new ValidationSplit(all, new int[0]);
        }
        int[] train = new int[n - heldCount];
        int[] val = new int[heldCount];
        int t = 0;
        int v = 0;
        for (int i = 0; i < n; i++) {
            if (held[i]) {
                val[v++] = i;
            } else {
                train[t++] = i;
            }
        }
        return new ValidationSplit(train, val);
    }

    boolean hasValidation() {
        return validation.length > 0;
    }

    private static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
