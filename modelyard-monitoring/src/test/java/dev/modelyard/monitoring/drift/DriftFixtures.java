package dev.modelyard.monitoring.drift;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.data.sketch.ProfileBuilder;
import dev.modelyard.data.sketch.ReferenceProfile;
import java.util.SplittableRandom;

/** Generated frames for drift tests: normal numbers and weighted categories, with optional shifts. */
final class DriftFixtures {
    private DriftFixtures() {}

    /** Standard normal values plus {@code shift}. */
    static double[] normal(int n, double shift, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = gaussian(r) + shift;
        }
        return v;
    }

    /** Levels "a", "b", "c" drawn with the given shares of "a" and "b" (the rest "c"). */
    static String[] levels(int n, double a, double b, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            s[i] = u < a ? "a" : u < a + b ? "b" : "c";
        }
        return s;
    }

    /** Columns x (normal + xShift), z (normal) and c (categories with share a of "a", 0.3 of "b"). */
    static Frame frame(int n, double xShift, double a, long seed) {
        return Frame.of(DoubleColumn.of("x", normal(n, xShift, seed)), DoubleColumn.of("z", normal(n, 0, seed + 1)),
                CategoricalColumn.fromStrings("c", levels(n, a, 0.3, seed + 2)));
    }

    /** A reference profile of {@code f} with no prediction profile and {@code f} as the sample source. */
    static ReferenceProfile reference(Frame f) {
        return ProfileBuilder.reference(f, null, null, f, 7);
    }

    private static double gaussian(SplittableRandom r) {
        // Box–Muller: SplittableRandom has no nextGaussian before JDK 17's RandomGenerator default.
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
