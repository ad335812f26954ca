package dev.modelyard.scoring.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Keys order floats exactly as float comparison does; missing values sort to the side the node asks for. */
class FloatKeyTest {
    private static List<Float> probes() {
        List<Float> f = new ArrayList<>(List.of(0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, 1f, -1f,
                Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY));
        Random r = new Random(11);
        for (int i = 0; i < 300; i++) {
            float v = (float) (r.nextGaussian() * Math.pow(10, r.nextInt(20) - 10));
            f.add(v);
            f.add(Math.nextUp(v));
            f.add(Math.nextDown(v));
        }
        return f;
    }

    @Test
    void keyOrderIsFloatOrder() {
        List<Float> p = probes();
        for (float a : p) {
            for (float b : p) {
                assertThat(FloatKey.of(a) < FloatKey.of(b)).as("%s < %s", a, b).isEqualTo(a < b);
            }
        }
    }

    @Test
    void missingSortsBelowOrAboveEveryThreshold() {
        int n = 1;
        int[] keys = new int[2];
        FloatKey.fill(new double[] {Double.NaN}, n, keys);
        for (float t : probes()) {
            int k = FloatKey.threshold(t);
            assertThat(keys[0] < k).as("missing left at %s", t).isTrue();
            assertThat(keys[n] < k).as("missing right at %s", t).isFalse();
        }
    }

    @Test
    void aNaNThresholdSendsEveryValueRight() {
        int[] keys = new int[2];
        for (double v : new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -1e300, 0, 1e300}) {
            FloatKey.fill(new double[] {v}, 1, keys);
            assertThat(keys[0] < FloatKey.threshold(Float.NaN)).isFalse();
            assertThat(keys[1] < FloatKey.threshold(Float.NaN)).isFalse();
        }
    }

    @Test
    void rowValuesRoundToFloatFirstAsXgboostDoes() {
        float t = 0.1f;
        double justBelowButRoundsUp = Math.nextDown((double) t);
        int[] keys = new int[2];
        FloatKey.fill(new double[] {justBelowButRoundsUp}, 1, keys);
        assertThat(keys[0] < FloatKey.threshold(t)).isEqualTo((float) justBelowButRoundsUp < t).isFalse();
    }
}
