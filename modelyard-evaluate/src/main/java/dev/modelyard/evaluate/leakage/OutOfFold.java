package dev.modelyard.evaluate.leakage;

import dev.modelyard.evaluate.metrics.Auc;

/**
 * Scores a coded column by out-of-fold level means: each row is predicted by the target mean of its
 * level over the other folds (the other folds' overall mean when its level is absent there). A level
 * seen in one row only therefore predicts nothing, which is why a unique ID does not look like a
 * perfect proxy while a true proxy still does.
 *
 * <p>Rows sharing a (fold, level) pair share a prediction, so all work is O(rows + groups): counts per
 * group, then a grouped AUC or a closed-form residual sum.
 */
final class OutOfFold {
    private final int[] fold;
    private final int k;

    OutOfFold(int[] fold, int k) {
        this.fold = fold;
        this.k = k;
    }

    /**
     * Mean one-vs-rest AUC of out-of-fold class frequencies over {@code classes} (for binary, only class 1),
     * skipping classes absent from the rows. NaN when no class could be scored.
     */
    double classAuc(Coded x, int[] y, int[] classes) {
        int n = y.length;
        int levels = x.levelCount();
        int[] codes = x.codes();
        int[] group = new int[n];
        int[] cnt = new int[k * levels];
        int[] levelN = new int[levels];
        int[] foldN = new int[k];
        for (int i = 0; i < n; i++) {
            int g = fold[i] * levels + codes[i];
            group[i] = g;
            cnt[g]++;
            levelN[codes[i]]++;
            foldN[fold[i]]++;
        }
        int[] active = activeGroups(cnt, n);
        int m = active.length;
        double[] score = new double[m];
        double[] pos = new double[m];
        double[] neg = new double[m];
        int[] pc = new int[k * levels];
        int[] levelP = new int[levels];
        int[] foldP = new int[k];
        double sum = 0;
        int used = 0;
        for (int c : classes) {
            java.util.Arrays.fill(pc, 0);
            java.util.Arrays.fill(levelP, 0);
            java.util.Arrays.fill(foldP, 0);
            int totalP = 0;
            for (int i = 0; i < n; i++) {
                if (y[i] == c) {
                    pc[group[i]]++;
                    levelP[codes[i]]++;
                    foldP[fold[i]]++;
                    totalP++;
                }
            }
            if (totalP == 0 || totalP == n) {
                continue;
            }
            for (int a = 0; a < m; a++) {
                int g = active[a];
                int f = g / levels;
                int l = g - f * levels;
                int outN = levelN[l] - cnt[g];
                score[a] = outN > 0
                        ? (double) (levelP[l] - pc[g]) / outN
                        : (double) (totalP - foldP[f]) / (n - foldN[f]);
                pos[a] = pc[g];
                neg[a] = cnt[g] - pc[g];
            }
            double auc = Auc.grouped(score, pos, neg, m);
            if (!Double.isNaN(auc)) {
                sum += auc;
                used++;
            }
        }
        return used == 0 ? Double.NaN : sum / used;
    }

    /** R² of out-of-fold level means against {@code yCentered} (the target minus its mean). */
    double r2(Coded x, double[] yCentered, double ssTot) {
        int n = yCentered.length;
        int levels = x.levelCount();
        int[] codes = x.codes();
        int[] cnt = new int[k * levels];
        double[] s = new double[k * levels];
        double[] q = new double[k * levels];
        int[] levelN = new int[levels];
        double[] levelS = new double[levels];
        int[] foldN = new int[k];
        double[] foldS = new double[k];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double v = yCentered[i];
            int f = fold[i];
            int g = f * levels + codes[i];
            cnt[g]++;
            s[g] += v;
            q[g] += v * v;
            levelN[codes[i]]++;
            levelS[codes[i]] += v;
            foldN[f]++;
            foldS[f] += v;
            total += v;
        }
        double ssRes = 0;
        for (int g = 0; g < cnt.length; g++) {
            if (cnt[g] == 0) {
                continue;
            }
            int f = g / levels;
            int l = g - f * levels;
            int outN = levelN[l] - cnt[g];
            double p = outN > 0 ? (levelS[l] - s[g]) / outN : (total - foldS[f]) / (n - foldN[f]);
            // sum over the group of (y - p)^2, expanded so one pass over rows suffices
            ssRes += q[g] - 2 * p * s[g] + cnt[g] * p * p;
        }
        return 1 - ssRes / ssTot;
    }

    private static int[] activeGroups(int[] cnt, int n) {
        int[] active = new int[Math.min(cnt.length, n)];
        int m = 0;
        for (int g = 0; g < cnt.length; g++) {
            if (cnt[g] > 0) {
                active[m++] = g;
            }
        }
        return java.util.Arrays.copyOf(active, m);
    }
}
