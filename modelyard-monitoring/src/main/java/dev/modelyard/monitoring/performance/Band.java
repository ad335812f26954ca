package dev.modelyard.monitoring.performance;

/**
 * The range of a metric that counts as "as good as in training": the cross-validated reference plus or minus
 * {@code z · sqrt(foldStd² + se²)}. The fold-to-fold spread says how much the metric moves between samples of
 * training-like data; {@code se} adds the window's own sampling error (small windows are noisier than folds).
 *
 * @param reference the cross-validated mean
 * @param lower     lower end
 * @param upper     upper end
 */
public record Band(double reference, double lower, double upper) {
    /**
     * @param reference cross-validated mean of the metric
     * @param foldStd   its standard deviation over folds (NaN or 0 when unknown)
     * @param se        standard error of the metric on the window (NaN or 0 when unknown)
     */
    public static Band of(double reference, double foldStd, double se, PerformanceOptions options) {
        double spread = Math.sqrt(square(foldStd) + square(se));
        double width = Math.max(options.z() * spread, options.minRelativeTolerance() * Math.abs(reference));
        return new Band(reference, reference - width, reference + width);
    }

    /** Whether {@code value} lies outside the band on the bad side; NaN is never worse. */
    public boolean worse(double value, boolean greaterIsBetter) {
        return greaterIsBetter ? value < lower : value > upper;
    }

    private static double square(double x) {
        return Double.isFinite(x) ? x * x : 0;
    }
}
