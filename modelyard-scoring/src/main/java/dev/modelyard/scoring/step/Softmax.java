package dev.modelyard.scoring.step;

/** The softmax every multiclass model applies to its scores, as XGBoost and LightGBM compute it. */
public final class Softmax {
    private Softmax() {}

    /** Replaces {@code v[0..k)} by its softmax: shifted by the largest value (no overflow), exponentiated, normalised. */
    public static void inPlace(double[] v, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, v[c]);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            v[c] = Math.exp(v[c] - max);
            sum += v[c];
        }
        for (int c = 0; c < k; c++) {
            v[c] /= sum;
        }
    }
}
