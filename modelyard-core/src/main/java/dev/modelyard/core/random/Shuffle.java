package dev.modelyard.core.random;

import java.util.Random;

/**
 * Seeded shuffles and fold assignment, shared by data splits, out-of-fold encoders and leakage checks
 * so that the same seed deals rows the same way everywhere.
 */
public final class Shuffle {
    private Shuffle() {}

    /** Fisher–Yates shuffle of {@code a} in place. */
    public static void shuffle(int[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** A random permutation of {@code 0..n-1}. */
    public static int[] permutation(int n, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p, rnd);
        return p;
    }

    /** Fold of each row in {@code 0..k-1}: a seeded shuffle dealt round-robin, so fold sizes differ by at most one. */
    public static int[] foldOf(int n, int k, long seed) {
        int[] perm = permutation(n, new Random(seed));
        int[] fold = new int[n];
        for (int p = 0; p < n; p++) {
            fold[perm[p]] = p % k;
        }
        return fold;
    }
}
