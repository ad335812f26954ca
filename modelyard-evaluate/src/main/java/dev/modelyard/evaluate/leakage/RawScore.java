package dev.modelyard.evaluate.leakage;

import dev.modelyard.evaluate.metrics.Auc;
import java.util.Arrays;

/**
 * How well a numeric feature's raw value alone separates or fits the target, with nothing fitted but a
 * direction (AUC) or a line (R²), so it needs no out-of-fold protection.
 */
final class RawScore {
    private RawScore() {}

    /**
     * The best of AUC and 1 - AUC of the value against class 1, trying nulls both below and above every
     * value (a leak often hides in which rows are missing).
     */
    static double binaryAuc(double[] v, int[] y) {
        int n = v.length;
        int totalPos = 0;
        for (int c : y) {
            totalPos += c == 1 ? 1 : 0;
        }
        double[] pos = new double[totalPos];
        double[] neg = new double[n - totalPos];
        int np = 0;
        int nn = 0;
        for (int i = 0; i < n; i++) {
            double x = v[i];
            if (Double.isNaN(x)) {
                continue;
            }
            if (y[i] == 1) {
                pos[np++] = x;
            } else {
                neg[nn++] = x;
            }
        }
        int totalNeg = n - totalPos;
        if (totalPos == 0 || totalNeg == 0) {
            return Double.NaN;
        }
        Arrays.sort(pos, 0, np);
        Arrays.sort(neg, 0, nn);
        double u = Auc.mannWhitney(pos, np, neg, nn);
        double nullPos = totalPos - np;
        double nullNeg = totalNeg - nn;
        double pairs = (double) totalPos * totalNeg;
        double nullsLow = (u + np * nullNeg + 0.5 * nullPos * nullNeg) / pairs;
        double nullsHigh = (u + nullPos * nn + 0.5 * nullPos * nullNeg) / pairs;
        return Math.max(Math.max(nullsLow, 1 - nullsLow), Math.max(nullsHigh, 1 - nullsHigh));
    }

    /**
     * R² of a least-squares line on the non-null rows, null rows predicted by their own target mean.
     * {@code yCentered} is the target minus its mean; {@code ssTot} its sum of squares.
     */
    static double r2(double[] v, double[] yCentered, double ssTot) {
        int n = v.length;
        double sx = 0;
        double sy = 0;
        double syNull = 0;
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(v[i])) {
                syNull += yCentered[i];
            } else {
                sx += v[i];
                sy += yCentered[i];
                m++;
            }
        }
        if (m == 0) {
            return 0;
        }
        double mx = sx / m;
        double my = sy / m;
        double myNull = n == m ? 0 : syNull / (n - m);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        double ssNull = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(v[i])) {
                double d = yCentered[i] - myNull;
                ssNull += d * d;
            } else {
                double dx = v[i] - mx;
                double dy = yCentered[i] - my;
                sxx += dx * dx;
                sxy += dx * dy;
                syy += dy * dy;
            }
        }
        double explained = sxx == 0 ? 0 : sxy * sxy / sxx;
        return 1 - (syy - explained + ssNull) / ssTot;
    }
}
