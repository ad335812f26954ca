package dev.modelyard.evaluate.leakage;

import dev.modelyard.core.random.Shuffle;

/** A seeded, balanced assignment of rows to folds for out-of-fold feature scoring. */
final class Folds {
    static final int K = 5;

    private Folds() {}

    /** {@code fold[i]} in {@code 0..k-1}, each fold within one row of n/k, shuffled by {@code seed}. */
    static int[] assign(int n, int k, long seed) {
        return Shuffle.foldOf(n, k, seed);
    }
}
