package dev.modelyard.monitoring.drift;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Chi-squared goodness of fit of the window's counts against the reference's shares (Evidently's chi2 test:
 * expected counts are the reference shares scaled to the window's size). A bin the reference never filled
 * gets {@link Psi#FLOOR} of the mass, so that new levels in the window weigh heavily instead of dividing by 0;
 * bins empty on both sides are left out.
 */
final class ChiSquared {
    private ChiSquared() {}

    /** p-value of observing {@code counts} under {@code referenceShares}; 1 when fewer than two bins remain. */
    static double pValue(double[] counts, double[] referenceShares) {
        int k = 0;
        double m = 0;
        double mass = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 || referenceShares[i] > 0) {
                k++;
                m += counts[i];
                mass += referenceShares[i] > 0 ? referenceShares[i] : Psi.FLOOR;
            }
        }
        if (k < 2 || m == 0) {
            return 1;
        }
        double stat = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 || referenceShares[i] > 0) {
                double e = (referenceShares[i] > 0 ? referenceShares[i] : Psi.FLOOR) / mass * m;
                double d = counts[i] - e;
                stat += d * d / e;
            }
        }
        return Math.max(0, 1 - new ChiSquaredDistribution(k - 1).cumulativeProbability(stat));
    }
}
