package dev.modelyard.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.data.sketch.QuantileSketch;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void psiMatchesAHandComputationWithTheFloorOnEmptyBins() {
        double[] ref = {0.5, 0.3, 0.2, 0.0};
        double[] cur = {0.4, 0.3, 0.2, 0.1};
        double expected = (0.4 - 0.5) * Math.log(0.4 / 0.5) + 0 + 0 + (0.1 - 0.0001) * Math.log(0.1 / 0.0001);
        assertThat(Psi.of(ref, cur)).isCloseTo(expected, within(1e-12));
        assertThat(Psi.of(ref, ref)).isZero();
    }

    @Test
    void ksAndWassersteinAreExactTwoSampleValuesWhileTheSketchIsExact() {
        // 150 reference values: the sketch keeps every one, so its step CDF is the sample's.
        double[] a = DriftFixtures.normal(150, 0, 1);
        double[] b = DriftFixtures.normal(90, 0.4, 2);
        StepCdf ref = StepCdf.of(QuantileSketch.of(a));
        double[] sorted = b.clone();
        Arrays.sort(sorted);
        CdfGap gap = CdfGap.of(ref, StepCdf.ofSorted(sorted, sorted.length));
        assertThat(gap.ks()).isCloseTo(bruteForceKs(a, b), within(1e-12));
        assertThat(gap.wasserstein()).isCloseTo(bruteForceWasserstein(a, b), within(1e-9));
    }

    @Test
    void wassersteinOfEqualSizesIsTheMeanGapBetweenOrderStatistics() {
        double[] a = DriftFixtures.normal(120, 0, 3);
        double[] b = DriftFixtures.normal(120, 0.7, 4);
        double[] sa = a.clone();
        double[] sb = b.clone();
        Arrays.sort(sa);
        Arrays.sort(sb);
        double mean = 0;
        for (int i = 0; i < sa.length; i++) {
            mean += Math.abs(sa[i] - sb[i]) / sa.length;
        }
        CdfGap gap = CdfGap.of(StepCdf.of(QuantileSketch.of(a)), StepCdf.ofSorted(sb, sb.length));
        assertThat(gap.wasserstein()).isCloseTo(mean, within(1e-9));
    }

    @Test
    void tiesAndWeightsAreHandled() {
        double[] a = {1, 1, 2, 2, 2, 3};
        double[] b = {1, 2, 2, 3, 3, 3, 3};
        CdfGap gap = CdfGap.of(StepCdf.of(QuantileSketch.of(a)), StepCdf.ofSorted(b, b.length));
        assertThat(gap.ks()).isCloseTo(bruteForceKs(a, b), within(1e-12));
        assertThat(gap.wasserstein()).isCloseTo(bruteForceWasserstein(a, b), within(1e-12));
    }

    @Test
    void ksPValuesFollowTheKolmogorovDistribution() {
        double n = 1000;
        double m = 1000;
        double e = Math.sqrt(n * m / (n + m));
        // K(1.3581) = 0.95 and K(1.6276) = 0.99: the classic critical values.
        assertThat(KolmogorovSmirnov.pValue(1.3581 / e, n, m)).isCloseTo(0.05, within(1e-3));
        assertThat(KolmogorovSmirnov.pValue(1.6276 / e, n, m)).isCloseTo(0.01, within(1e-3));
        assertThat(KolmogorovSmirnov.pValue(0, n, m)).isEqualTo(1);
        assertThat(KolmogorovSmirnov.pValue(0.5, n, m)).isLessThan(1e-12);
        assertThat(KolmogorovSmirnov.pValue(0.3, 0, m)).isEqualTo(1);
    }

    @Test
    void jensenShannonDistanceMatchesScipy() {
        // scipy.spatial.distance.jensenshannon([1, 0], [0, 1]) = sqrt(ln 2); ([0.5, 0.5], [0.9, 0.1]) = 0.3108...
        assertThat(JensenShannon.distance(new double[] {1, 0}, new double[] {0, 1})).isCloseTo(Math.sqrt(Math.log(2)), within(1e-12));
        double p0 = 0.5;
        double q0 = 0.9;
        double m0 = 0.7;
        double m1 = 0.3;
        double div = 0.5 * (p0 * Math.log(p0 / m0) + 0.5 * Math.log(0.5 / m1) + q0 * Math.log(q0 / m0) + 0.1 * Math.log(0.1 / m1));
        assertThat(JensenShannon.distance(new double[] {5, 5}, new double[] {0.9, 0.1})).isCloseTo(Math.sqrt(div), within(1e-12));
        assertThat(JensenShannon.distance(new double[] {0.2, 0.8}, new double[] {0.2, 0.8})).isZero();
    }

    @Test
    void chiSquaredPValuesAreSane() {
        double[] shares = {0.5, 0.3, 0.2};
        assertThat(ChiSquared.pValue(new double[] {500, 300, 200}, shares)).isCloseTo(1, within(1e-12));
        // Statistic (60² / 500 + 30² / 300 + 30² / 200) = 14.7 on 2 degrees of freedom: p = exp(-14.7 / 2).
        assertThat(ChiSquared.pValue(new double[] {440, 330, 230}, shares)).isCloseTo(Math.exp(-7.35), within(1e-9));
        // A level the reference never saw weighs heavily.
        assertThat(ChiSquared.pValue(new double[] {490, 290, 190, 30}, new double[] {0.5, 0.3, 0.2, 0})).isLessThan(1e-6);
        assertThat(ChiSquared.pValue(new double[] {10}, new double[] {1})).isEqualTo(1);
    }

    @Test
    void decileEdgesMergeTies() {
        double[] v = new double[100];
        for (int i = 90; i < 100; i++) {
            v[i] = i;
        }
        // 90 zeros: every decile up to the 90 % one is 0.
        assertThat(Bins.decileEdges(QuantileSketch.of(v))).containsExactly(0);
        assertThat(Bins.format(0.000123456)).isEqualTo("0.0001235");
        assertThat(Bins.format(2.50)).isEqualTo("2.5");
        assertThat(Bins.format(-3)).isEqualTo("-3");
    }

    /** max over every sample point of |F_a − F_b|, by counting. */
    private static double bruteForceKs(double[] a, double[] b) {
        double d = 0;
        for (double[] side : new double[][] {a, b}) {
            for (double x : side) {
                d = Math.max(d, Math.abs(ecdf(a, x) - ecdf(b, x)));
            }
        }
        return d;
    }

    /** ∫ |F_a − F_b| dx over the pooled sorted points, each CDF by counting. */
    private static double bruteForceWasserstein(double[] a, double[] b) {
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        double w = 0;
        for (int i = 0; i + 1 < all.length; i++) {
            w += Math.abs(ecdf(a, all[i]) - ecdf(b, all[i])) * (all[i + 1] - all[i]);
        }
        return w;
    }

    private static double ecdf(double[] v, double x) {
        int c = 0;
        for (double y : v) {
            if (y <= x) {
                c++;
            }
        }
        return (double) c / v.length;
    }
}
