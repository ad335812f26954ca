package dev.modelyard.scoring.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code v < FloatBound.below(t)} agrees with {@code (float) v < t} everywhere, most of all around the rounding midpoints. */
class FloatBoundTest {
    private static void check(float t, double v) {
        assertThat(v < FloatBound.below(t)).as("v=%s t=%s", v, t).isEqualTo((float) v < t);
    }

    private static List<Double> probes(float t, double bound) {
        List<Double> out = new ArrayList<>();
        for (double c : new double[] {bound, t, Math.nextDown(t), Math.nextUp(t)}) {
            if (!Double.isNaN(c)) {
                out.add(c);
                out.add(Math.nextUp(c));
                out.add(Math.nextDown(c));
            }
        }
        out.add(Double.POSITIVE_INFINITY);
        out.add(Double.NEGATIVE_INFINITY);
        out.add(0.0);
        out.add(-0.0);
        out.add(1e300);
        out.add(-1e300);
        return out;
    }

    @Test
    void agreesWithFloatComparisonAtEdgesAndAtRandom() {
        List<Float> thresholds = new ArrayList<>(List.of(0f, -0f, 1f, -1f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL,
                Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0.5f, 3.0f, 1e-40f, 16777216f));
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            thresholds.add(Float.intBitsToFloat(r.nextInt()));
            thresholds.add((float) r.nextGaussian() * 100);
        }
        for (float t : thresholds) {
            if (Float.isNaN(t)) {
                continue;
            }
            for (double v : probes(t, FloatBound.below(t))) {
                check(t, v);
            }
            for (int k = 0; k < 5; k++) {
                check(t, t + r.nextGaussian() * Math.ulp(t) * 4);
            }
        }
    }

    @Test
    void aNanThresholdIsNeverGreater() {
        assertThat(1.0 < FloatBound.below(Float.NaN)).isFalse();
        assertThat(Double.NEGATIVE_INFINITY < FloatBound.below(Float.NaN)).isFalse();
    }
}
