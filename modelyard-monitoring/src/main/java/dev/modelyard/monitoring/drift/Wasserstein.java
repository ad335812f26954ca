package dev.modelyard.monitoring.drift;

/** The Wasserstein distance ({@link CdfGap#wasserstein()}) normalised by the reference's spread, as Evidently does. */
final class Wasserstein {
    /** Evidently's floor on the normalising standard deviation, so that constant references do not divide by 0. */
    static final double MIN_SCALE = 0.001;

    private Wasserstein() {}

    /** {@code distance / max(referenceStd, 0.001)}. */
    static double normalised(double distance, double referenceStd) {
        double scale = Double.isNaN(referenceStd) ? MIN_SCALE : Math.max(referenceStd, MIN_SCALE);
        return distance / scale;
    }
}
