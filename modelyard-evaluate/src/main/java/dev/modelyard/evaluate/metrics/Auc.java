package dev.modelyard.evaluate.metrics;

import java.util.Arrays;

/**
 * Area under the ROC curve as the Mann-Whitney statistic: the chance that a random positive scores
 * above a random negative, ties counting one half (the average-rank rule). Sort-based, O(n log n), on
 * primitive arrays only.
 */
public final class Auc {
    private Auc() {}

    /**
     * AUC of {@code scores} for rows whose class index ({@code classes[i]}) equals {@code positive}
     * against all other rows. NaN when either side is empty or a score is NaN.
     */
    public static double of(double[] scores, double[] classes, int positive) {
        int np = 0;
        for (double c : classes) {
            if ((int) c == positive) {
                np++;
            }
        }
        double[] pos = new double[np];
        double[] neg = new double[classes.length - np];
        int p = 0;
        int q = 0;
        for (int i = 0; i < scores.length; i++) {
            double s = scores[i];
            if (Double.isNaN(s)) {
                return Double.NaN;
            }
            if ((int) classes[i] == positive) {
                pos[p++] = s;
            } else {
                neg[q++] = s;
            }
        }
        if (np == 0 || neg.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        return mannWhitney(pos, np, neg, neg.length) / ((double) np * neg.length);
    }

    /**
     * The Mann-Whitney U count: pairs (positive, negative) with the positive above, plus half the tied
     * pairs. Both arrays must be sorted ascending over their first {@code np} / {@code nn} entries and
     * hold no NaN.
     */
    public static double mannWhitney(double[] sortedPos, int np, double[] sortedNeg, int nn) {
        double u = 0;
        int below = 0;
        int i = 0;
        while (i < np) {
            double s = sortedPos[i];
            int end = i + 1;
            while (end < np && sortedPos[end] == s) {
                end++;
            }
            while (below < nn && sortedNeg[below] < s) {
                below++;
            }
            int tied = below;
            while (tied < nn && sortedNeg[tied] == s) {
                tied++;
            }
            u += (end - i) * (below + 0.5 * (tied - below));
            i = end;
        }
        return u;
    }

    /**
     * AUC over weighted groups: group {@code g} has score {@code scores[g]} and holds {@code pos[g]}
     * positives and {@code neg[g]} negatives. Used when many rows share few scores (encoded levels),
     * costing O(n + g log g). NaN when either total is zero.
     */
    public static double grouped(double[] scores, double[] pos, double[] neg, int groups) {
        double totalPos = 0;
        double totalNeg = 0;
        double[] distinct = new double[groups];
        for (int g = 0; g < groups; g++) {
            distinct[g] = scores[g] + 0.0; // folds -0.0 into 0.0 so sorting and equality agree
            totalPos += pos[g];
            totalNeg += neg[g];
        }
        if (totalPos == 0 || totalNeg == 0) {
            return Double.NaN;
        }
        Arrays.sort(distinct);
        int m = 0;
        for (int g = 0; g < groups; g++) {
            if (m == 0 || distinct[g] != distinct[m - 1]) {
                distinct[m++] = distinct[g];
            }
        }
        double[] p = new double[m];
        double[] n = new double[m];
        for (int g = 0; g < groups; g++) {
            int k = Arrays.binarySearch(distinct, 0, m, scores[g] + 0.0);
            p[k] += pos[g];
            n[k] += neg[g];
        }
        double u = 0;
        double below = 0;
        for (int k = 0; k < m; k++) {
            u += p[k] * (below + 0.5 * n[k]);
            below += n[k];
        }
        return u / (totalPos * totalNeg);
    }
}
