package dev.modelyard.data.split;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import dev.modelyard.core.random.Shuffle;

/**
 * Train/test splits of row indices. Every method is deterministic for a given seed, returns sorted
 * index arrays, and rejects arguments that cannot give a meaningful split with a clear error.
 */
public final class Splits {
    private Splits() {}

    /** {@code k} shuffled folds of {@code n} rows; test fold sizes differ by at most one. Needs 2 ≤ k ≤ n. */
    public static List<Fold> kFold(int n, int k, long seed) {
        checkK(k, n, "rows");
        return folds(Shuffle.foldOf(n, k, seed), k);
    }

    /**
     * {@code k} folds with every class spread as evenly as possible: each fold holds ⌊c/k⌋ or ⌈c/k⌉ rows of a
     * class with c rows. A class with fewer than k rows still works: it is simply absent from some test
     * folds. Needs 2 ≤ k ≤ rows and non-negative class indices.
     */
    public static List<Fold> stratifiedKFold(int[] classIndex, int k, long seed) {
        checkK(k, classIndex.length, "rows");
        Random rnd = new Random(seed);
        int[] fold = new int[classIndex.length];
        int next = 0;
        // Deal each shuffled class round-robin, carrying on where the previous class stopped, so
        // fold sizes stay within one of each other overall as well.
        for (int[] rows : byClass(classIndex)) {
            shuffle(rows, rnd);
            for (int r : rows) {
                fold[r] = next;
                next = (next + 1) % k;
            }
        }
        return folds(fold, k);
    }

    /**
     * {@code k} folds where all rows of a group (equal {@link Column#getString} values; nulls form one
     * group) land in the same test fold. Groups go largest first to the currently smallest fold, ties in
     * random order. Needs 2 ≤ k ≤ number of groups.
     */
    public static List<Fold> groupKFold(Column groups, int k, long seed) {
        int n = groups.size();
        Map<String, Integer> ids = new HashMap<>();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            String key = groups.isNull(i) ? null : groups.getString(i);
            group[i] = ids.computeIfAbsent(key == null ? "\u0000null" : "v" + key, x -> ids.size());
        }
        int g = ids.size();
        if (k < 2) {
            throw ModelyardException.invalid("k must be at least 2, got " + k);
        }
        if (k > g) {
            throw ModelyardException.invalid("k = " + k + " folds need at least " + k + " groups, but column '"
                    + groups.name() + "' has " + g);
        }
        int[] size = new int[g];
        for (int x : group) {
            size[x]++;
        }
        Integer[] order = new Integer[g];
        int[] perm = permutation(g, new Random(seed));
        for (int i = 0; i < g; i++) {
            order[i] = perm[i];
        }
        Arrays.sort(order, Comparator.comparingInt((Integer x) -> -size[x])); // stable: random among equal sizes
        int[] foldOfGroup = new int[g];
        long[] load = new long[k];
        for (int x : order) {
            int best = 0;
            for (int f = 1; f < k; f++) {
                if (load[f] < load[best]) {
                    best = f;
                }
            }
            foldOfGroup[x] = best;
            load[best] += size[x];
        }
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[i] = foldOfGroup[group[i]];
        }
        return folds(fold, k);
    }

    /**
     * Expanding-window splits for time-ordered data: rows sorted by {@code time} are cut into k + 1 blocks;
     * fold i trains on blocks 0..i and tests on block i + 1. Cuts move forward past equal times so a
     * timestamp is never on both sides: every test row is strictly later than every training row.
     * Needs 2 ≤ k, no null times, and enough distinct times for k non-empty test blocks.
     */
    public static List<Fold> timeSeriesSplit(Column time, int k) {
        if (k < 2) {
            throw ModelyardException.invalid("k must be at least 2, got " + k);
        }
        int n = time.size();
        if (k + 1 > n) {
            throw ModelyardException.invalid("k = " + k + " time-series folds need at least " + (k + 1) + " rows, got " + n);
        }
        int[] order = timeOrder(time);
        int[] cuts = new int[k + 2]; // block b is order[cuts[b] .. cuts[b+1])
        cuts[k + 1] = n;
        for (int b = 1; b <= k; b++) {
            cuts[b] = Math.max(tieEnd(time, order, (int) ((long) n * b / (k + 1))), cuts[b - 1]);
        }
        List<Fold> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int trainEnd = cuts[i + 1];
            int testEnd = cuts[i + 2];
            if (trainEnd == 0 || testEnd <= trainEnd) {
                throw ModelyardException.invalid("column '" + time.name() + "' has too few distinct times for " + k
                        + " time-series folds (rows sharing a time stay on one side)");
            }
            out.add(new Fold(sorted(Arrays.copyOfRange(order, 0, trainEnd)), sorted(Arrays.copyOfRange(order, trainEnd, testEnd))));
        }
        return out;
    }

    /** A shuffled holdout: round(n × testFraction) rows (at least one, leaving at least one) to test. */
    public static Fold holdout(int n, double testFraction, long seed) {
        checkFraction(testFraction);
        if (n < 2) {
            throw ModelyardException.invalid("a holdout split needs at least 2 rows, got " + n);
        }
        int testSize = clamp((int) Math.round(n * testFraction), n);
        int[] perm = permutation(n, new Random(seed));
        return new Fold(sorted(Arrays.copyOfRange(perm, testSize, n)), sorted(Arrays.copyOf(perm, testSize)));
    }

    /**
     * A holdout keeping class proportions: round(c × testFraction) rows of each class with c rows go to test
     * (so a class too small for that is all in training). Fails if that leaves either side empty.
     */
    public static Fold stratifiedHoldout(int[] classIndex, double testFraction, long seed) {
        checkFraction(testFraction);
        Random rnd = new Random(seed);
        int[] test = new int[classIndex.length];
        int[] train = new int[classIndex.length];
        int nt = 0;
        int nr = 0;
        for (int[] rows : byClass(classIndex)) {
            shuffle(rows, rnd);
            int t = (int) Math.round(rows.length * testFraction);
            for (int i = 0; i < rows.length; i++) {
                if (i < t) {
                    test[nt++] = rows[i];
                } else {
                    train[nr++] = rows[i];
                }
            }
        }
        if (nt == 0 || nr == 0) {
            throw ModelyardException.invalid("a stratified holdout of " + classIndex.length + " rows with test fraction "
                    + testFraction + " leaves the " + (nt == 0 ? "test" : "training") + " side empty");
        }
        return new Fold(sorted(Arrays.copyOf(train, nr)), sorted(Arrays.copyOf(test, nt)));
    }

    /**
     * The latest rows by {@code time} as test: the cut near n × (1 − testFraction) moves to the nearest
     * change of time so equal times stay on one side. Fails when all times are equal or any is null.
     */
    public static Fold timeHoldout(Column time, double testFraction) {
        checkFraction(testFraction);
        int n = time.size();
        int[] order = timeOrder(time);
        int target = clamp((int) Math.round(n * testFraction), Math.max(n, 2));
        int cut = n - target;
        int forward = tieEnd(time, order, cut);
        int backward = tieStart(time, order, cut);
        boolean forwardOk = forward > 0 && forward < n;
        boolean backwardOk = backward > 0 && backward < n;
        if (!forwardOk && !backwardOk) {
            throw ModelyardException.invalid("column '" + time.name() + "' needs at least two distinct times for a time holdout");
        }
        if (!forwardOk || (backwardOk && cut - backward < forward - cut)) {
            cut = backward;
        } else {
            cut = forward;
        }
        return new Fold(sorted(Arrays.copyOf(order, cut)), sorted(Arrays.copyOfRange(order, cut, n)));
    }

    private static void checkK(int k, int n, String what) {
        if (k < 2) {
            throw ModelyardException.invalid("k must be at least 2, got " + k);
        }
        if (k > n) {
            throw ModelyardException.invalid("k = " + k + " folds need at least " + k + " " + what + ", got " + n);
        }
    }

    private static void checkFraction(double f) {
        if (!(f > 0 && f < 1)) {
            throw ModelyardException.invalid("test fraction must be between 0 and 1 (exclusive), got " + f);
        }
    }

    private static int clamp(int testSize, int n) {
        return Math.min(Math.max(testSize, 1), n - 1);
    }

    /** Rows grouped by class, in class order. */
    private static List<int[]> byClass(int[] classIndex) {
        int max = -1;
        for (int i = 0; i < classIndex.length; i++) {
            if (classIndex[i] < 0) {
                throw ModelyardException.invalid("class index at row " + i + " is " + classIndex[i] + "; stratified splits need a class for every row");
            }
            max = Math.max(max, classIndex[i]);
        }
        int[] count = new int[max + 1];
        for (int c : classIndex) {
            count[c]++;
        }
        int[][] rows = new int[max + 1][];
        for (int c = 0; c <= max; c++) {
            rows[c] = new int[count[c]];
        }
        int[] fill = new int[max + 1];
        for (int i = 0; i < classIndex.length; i++) {
            rows[classIndex[i]][fill[classIndex[i]]++] = i;
        }
        List<int[]> out = new ArrayList<>();
        for (int[] r : rows) {
            if (r.length > 0) {
                out.add(r);
            }
        }
        return out;
    }

    /** Row indices sorted by time (stable), rejecting nulls. */
    private static int[] timeOrder(Column time) {
        int n = time.size();
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            if (time.isNull(i)) {
                throw ModelyardException.invalid("column '" + time.name() + "' is missing at row " + i + "; time-ordered splits need a time for every row");
            }
            t[i] = time.getDouble(i);
        }
        return java.util.stream.IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble(i -> t[i])).mapToInt(Integer::intValue).toArray();
    }

    /** The first sorted position at or after {@code p} whose time differs from position p − 1. */
    private static int tieEnd(Column time, int[] order, int p) {
        while (p > 0 && p < order.length && time.getDouble(order[p]) == time.getDouble(order[p - 1])) {
            p++;
        }
        return p;
    }

    /** The last sorted position at or before {@code p} whose time differs from position p − 1. */
    private static int tieStart(Column time, int[] order, int p) {
        while (p > 0 && p < order.length && time.getDouble(order[p]) == time.getDouble(order[p - 1])) {
            p--;
        }
        return p;
    }

    private static List<Fold> folds(int[] fold, int k) {
        int[] size = new int[k];
        for (int f : fold) {
            size[f]++;
        }
        List<Fold> out = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            int[] test = new int[size[f]];
            int[] train = new int[fold.length - size[f]];
            int a = 0;
            int b = 0;
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    test[a++] = i;
                } else {
                    train[b++] = i;
                }
            }
            out.add(new Fold(train, test));
        }
        return out;
    }

    private static int[] permutation(int n, Random rnd) {
        return Shuffle.permutation(n, rnd);
    }

    private static void shuffle(int[] a, Random rnd) {
        Shuffle.shuffle(a, rnd);
    }

    private static int[] sorted(int[] a) {
        Arrays.sort(a);
        return a;
    }
}
