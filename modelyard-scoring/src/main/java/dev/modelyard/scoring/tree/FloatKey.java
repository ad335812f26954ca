package dev.modelyard.scoring.tree;

/**
 * Floats as ints that sort the same way, so a tree step is one integer compare. XGBoost tests a split
 * as {@code (float) v < t}; with {@code k = FloatKey.of}, {@code (float) v < t} exactly when
 * {@code k((float) v) < k(t)} for every non-NaN pair, -0.0 and infinities included.
 *
 * <p>A row's missing value (NaN) has no key: it gets {@link #MISSING_LEFT}, below every key, where
 * the node sends missing values left, and {@link #MISSING_RIGHT}, above every key, where it sends them
 * right (see {@link CompleteTrees}). {@link #NEVER} as a threshold sends every value right.
 */
final class FloatKey {
    /** A missing value at a node whose default is left: less than every threshold key. */
    static final int MISSING_LEFT = Integer.MIN_VALUE;
    /** A missing value at a node whose default is right: less than no threshold key. */
    static final int MISSING_RIGHT = Integer.MAX_VALUE;
    /** A threshold no value is less than (padding nodes, NaN thresholds). */
    static final int NEVER = Integer.MIN_VALUE;

    private FloatKey() {}

    /** The ordered key of a non-NaN float; -0.0 and 0.0 share a key because neither is less than the other. */
    static int of(float f) {
        int bits = Float.floatToRawIntBits(f + 0.0f); // -0.0 + 0.0 is 0.0
        // Negative floats order backwards by their bits: flip all but the sign bit.
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    /** The key of a split threshold; a NaN threshold (never less) becomes {@link #NEVER}. */
    static int threshold(float t) {
        return Float.isNaN(t) ? NEVER : of(t);
    }

    /**
     * Fills {@code keys[j]} (missing = {@link #MISSING_LEFT}) and {@code keys[n + j]} (missing =
     * {@link #MISSING_RIGHT}) for the first {@code n} values of {@code x}, rounded to float as XGBoost does.
     */
    static void fill(double[] x, int n, int[] keys) {
        for (int j = 0; j < n; j++) {
            double v = x[j];
            if (v != v) {
                keys[j] = MISSING_LEFT;
                keys[n + j] = MISSING_RIGHT;
            } else {
                int k = of((float) v);
                keys[j] = k;
                keys[n + j] = k;
            }
        }
    }
}
