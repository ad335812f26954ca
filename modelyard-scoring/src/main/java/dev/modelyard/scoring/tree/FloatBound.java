package dev.modelyard.scoring.tree;

/**
 * XGBoost compares a row's value to a split as floats: {@code (float) v < t}. For every float {@code t}
 * there is one double {@code d} with {@code (float) v < t} exactly when {@code v < d}, for every double
 * {@code v} (NaN aside): the point where rounding to float starts to give {@code t} or more. Scoring
 * compares against {@code d}, which gives XGBoost's answers without a conversion on every step.
 */
final class FloatBound {
    /** The largest float plus half its ulp: doubles from here up round to infinity. */
    private static final double OVERFLOW = (double) Float.MAX_VALUE + Math.ulp(Float.MAX_VALUE) / 2;

    private FloatBound() {}

    /** The double {@code d} with {@code (float) v < t} ⇔ {@code v < d}; NaN for a NaN threshold (never less). */
    static double below(float t) {
        if (Float.isNaN(t)) {
            return Double.NaN;
        }
        if (t == Float.POSITIVE_INFINITY) {
            return OVERFLOW; // a tie at OVERFLOW rounds to infinity (even), which is not less
        }
        if (t == Float.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        float p = Math.nextDown(t);
        // Values between p and t round to the nearer one; the midpoint is exact in double.
        double mid = p == Float.NEGATIVE_INFINITY ? -OVERFLOW : ((double) p + (double) t) / 2;
        // A value exactly at the midpoint rounds to the float with an even last mantissa bit
        // (infinity counts as even); it is below t when that float is p.
        boolean tieGoesToP = p == Float.NEGATIVE_INFINITY || (Float.floatToRawIntBits(p) & 1) == 0;
        return tieGoesToP ? Math.nextUp(mid) : mid;
    }
}
