package dev.modelyard.evaluate.leakage;

/**
 * Settings of the leakage checks.
 *
 * @param timeColumn    the timestamp column holding each row's prediction time, or null (then the
 *                      future-timestamp check does not run)
 * @param aucThreshold  a single feature reaching this AUC (binary) or macro one-vs-rest AUC
 *                      (multiclass) is reported as a target proxy
 * @param r2Threshold   a single feature reaching this R² (regression) is reported as a target proxy
 * @param seed          seeds the out-of-fold split used to score features
 */
public record LeakageOptions(String timeColumn, double aucThreshold, double r2Threshold, long seed) {
    public static final double DEFAULT_AUC_THRESHOLD = 0.98;
    public static final double DEFAULT_R2_THRESHOLD = 0.95;

    public LeakageOptions {
        if (!(aucThreshold > 0.5 && aucThreshold <= 1)) {
            throw new IllegalArgumentException("aucThreshold must be in (0.5, 1], got " + aucThreshold);
        }
        if (!(r2Threshold > 0 && r2Threshold <= 1)) {
            throw new IllegalArgumentException("r2Threshold must be in (0, 1], got " + r2Threshold);
        }
    }

    /** No time column, thresholds 0.98 (AUC) and 0.95 (R²), seed 42. */
    public static LeakageOptions defaults() {
        return new LeakageOptions(null, DEFAULT_AUC_THRESHOLD, DEFAULT_R2_THRESHOLD, 42L);
    }

    public LeakageOptions withTimeColumn(String column) {
        return new LeakageOptions(column, aucThreshold, r2Threshold, seed);
    }

    public LeakageOptions withSeed(long newSeed) {
        return new LeakageOptions(timeColumn, aucThreshold, r2Threshold, newSeed);
    }
}
