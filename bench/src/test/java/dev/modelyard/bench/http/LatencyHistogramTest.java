package dev.modelyard.bench.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {
    @Test
    void percentilesAreExactBelow128AndWithinTwoPercentAboveNeverBelow() {
        Random r = new Random(3);
        long[] values = new long[100_000];
        LatencyHistogram a = new LatencyHistogram();
        LatencyHistogram b = new LatencyHistogram();
        for (int i = 0; i < values.length; i++) {
            values[i] = (long) Math.exp(r.nextDouble() * 16);   // 1 µs .. ~9 s, spread over every octave
            (i % 2 == 0 ? a : b).record(values[i]);
        }
        a.add(b);
        Arrays.sort(values);
        assertThat(a.count()).isEqualTo(values.length);
        assertThat(a.max()).isEqualTo(values[values.length - 1]);
        for (double q : new double[] {0.01, 0.1, 0.5, 0.9, 0.99, 0.999, 1.0}) {
            long exact = values[(int) Math.ceil(q * values.length) - 1];
            long got = a.percentile(q);
            assertThat(got).as("p%s", q * 100).isGreaterThanOrEqualTo(exact);
            assertThat(got).as("p%s", q * 100).isLessThanOrEqualTo(exact < 128 ? exact : (long) (exact * 1.02) + 1);
        }
    }

    @Test
    void emptyHistogramReportsZero() {
        assertThat(new LatencyHistogram().percentile(0.99)).isZero();
    }
}
