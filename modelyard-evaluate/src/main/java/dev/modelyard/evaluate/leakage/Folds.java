package dev.modelyard.evaluate.leakage;

import java.util.SplittableRandom;

/** A seeded, balanced assignment of rows to folds for out-of-fold feature scoring. */
final class Folds {
    static final int K = 5;

    private Folds() {}

    /** {@code fold[i]} in {@code 0..k-1}, each fold within one row of n/k, shuffled by {@code seed}. */
    static byte[] assign(int n, int k, long seed) {
        byte[] fold = new byte[n];
        for (int i = 0; i < n; i++) {
            fold[i] = (byte) (i % k);
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            byte t = fold[i];
            fold[i] = fold[j];
            fold[j] = t;
        }
        return fold;
    }
}
