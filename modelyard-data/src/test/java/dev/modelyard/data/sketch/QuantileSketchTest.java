package dev.modelyard.data.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantileSketchTest {
    private static double[] normal(int n, double mean, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double u1 = r.nextDouble(), u2 = r.nextDouble();
            v[i] = mean + Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
        }
        return v;
    }

    @Test
    void smallInputIsExact() {
        double[] v = {5, 1, 3, Double.NaN, 2, 4};
        QuantileSketch s = QuantileSketch.of(v);
        assertThat(s.n()).isEqualTo(5);
        assertThat(s.items()).containsExactly(1, 2, 3, 4, 5);
        assertThat(s.cdf(3)).isEqualTo(0.6);
        assertThat(s.cdf(0.5)).isZero();
        assertThat(s.cdf(9)).isEqualTo(1.0);
        assertThat(s.quantile(0.5)).isEqualTo(3);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(5);
    }

    @Test
    void largeInputKeepsRanksWithinKllError() {
        double[] v = normal(200_000, 0, 1);
        QuantileSketch s = QuantileSketch.of(v);
        assertThat(s.n()).isEqualTo(200_000);
        assertThat(s.items().length).isLessThanOrEqualTo(QuantileSketch.MAX_ITEMS);
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        for (double q : new double[] {0.01, 0.1, 0.5, 0.9, 0.99}) {
            double x = sorted[(int) (q * sorted.length)];
            assertThat(s.cdf(x)).isCloseTo(q, within(0.015));
        }
    }

    @Test
    void columnsAreSummarisedDeterministicallyAndExactlyAtItems() {
        double[] v = normal(100_000, 0, 9);
        QuantileSketch a = QuantileSketch.of(v);
        assertThat(QuantileSketch.of(v).items()).containsExactly(a.items());
        assertThat(QuantileSketch.of(v).weights()).containsExactly(a.weights());
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        for (double x : new double[] {a.items()[10], a.items()[255], a.items()[500]}) {
            int below = 0;
            while (below < sorted.length && sorted[below] <= x) {
                below++;
            }
            assertThat(a.cdf(x)).isEqualTo((double) below / sorted.length);
        }
        // Few distinct values (a 0/1 feature with 3 % ones): every value with its exact count.
        double[] binary = new double[10_000];
        for (int i = 0; i < 300; i++) {
            binary[i * 33] = 1;
        }
        QuantileSketch b = QuantileSketch.of(binary);
        assertThat(b.items()).containsExactly(0, 1);
        assertThat(b.weights()).containsExactly(9_700, 300);
        assertThat(b.cdf(0)).isEqualTo(0.97);
    }

    @Test
    void mergeIsAsGoodAsOneSketchOfTheUnion() {
        double[] a = normal(50_000, 0, 2);
        double[] b = normal(50_000, 3, 3);
        QuantileSketch m = QuantileSketch.of(a).merge(QuantileSketch.of(b));
        double[] all = new double[100_000];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        QuantileSketch whole = QuantileSketch.of(all);
        assertThat(m.n()).isEqualTo(100_000);
        for (double x : new double[] {-1, 0, 1.5, 3, 4}) {
            assertThat(m.cdf(x)).isCloseTo(whole.cdf(x), within(0.02));
        }
        assertThat(m.min()).isEqualTo(Math.min(Arrays.stream(a).min().getAsDouble(), Arrays.stream(b).min().getAsDouble()));
    }

    @Test
    void restoreRoundTripsAndRejectsUnsortedItems() {
        QuantileSketch s = QuantileSketch.of(normal(10_000, 1, 4));
        QuantileSketch r = QuantileSketch.restore(s.items(), s.weights(), s.min(), s.max());
        assertThat(r.n()).isEqualTo(s.n());
        assertThat(r.quantile(0.3)).isEqualTo(s.quantile(0.3));
        assertThatThrownBy(() -> QuantileSketch.restore(new double[] {2, 1}, new long[] {1, 1}, 1, 2))
                .hasMessageContaining("sorted");
        assertThatThrownBy(() -> QuantileSketch.restore(new double[] {1}, new long[] {1, 2}, 1, 2))
                .hasMessageContaining("weights");
    }

    @Test
    void emptySketch() {
        QuantileSketch s = QuantileSketch.of(new double[] {Double.NaN});
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.n()).isZero();
        assertThat(s.quantile(0.5)).isNaN();
        assertThat(s.cdf(1)).isZero();
    }
}
