package dev.modelyard.monitoring.drift;

/**
 * Population stability index {@code Σ (c − r) · ln(c / r)} over shared bins, with Evidently's floor: an
 * empty bin counts as a share of 0.0001 on that side, so that a level present on one side only gives a
 * large but finite value.
 */
final class Psi {
    /** Share an empty bin is taken to hold. */
    static final double FLOOR = 0.0001;

    private Psi() {}

    /** PSI of the current shares against the reference shares (same bins, each summing to 1). */
    static double of(double[] reference, double[] current) {
        double psi = 0;
        for (int i = 0; i < reference.length; i++) {
            double r = reference[i] == 0 ? FLOOR : reference[i];
            double c = current[i] == 0 ? FLOOR : current[i];
            psi += (c - r) * Math.log(c / r);
        }
        return psi;
    }
}
