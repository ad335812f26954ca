package dev.modelyard.data.io;

import java.nio.charset.StandardCharsets;

/**
 * Reads a number straight from a cell's bytes, with the grammar and results of {@link ValueParser}: an
 * integer is {@code [+-]?digits} that fits a long, a double is {@code [+-]?(d+.?d*|.d+)([eE][+-]?d+)?}.
 * Doubles are correctly rounded: short mantissas with small exponents take the exact fast path (one
 * multiply or divide by an exact power of ten), everything else goes to {@link Double#parseDouble}.
 * Holds the last value, so one instance serves one reading thread.
 */
final class NumberBytes {
    static final int NONE = 0;
    static final int LONG = 1;
    static final int DOUBLE = 2;

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long EXACT_MANTISSA = 1L << 53;

    /** The value of the last {@link #LONG} result. */
    long longValue;
    /** The value of the last {@link #DOUBLE} result. */
    double doubleValue;

    /** Whether {@code b[from, to)} is a number, and which kind; the value is left in a field. */
    int scan(byte[] b, int from, int to) {
        int i = from;
        if (i >= to) {
            return NONE;
        }
        boolean negative = false;
        byte c = b[i];
        if (c == '-' || c == '+') {
            negative = c == '-';
            i++;
        }
        long m = 0;
        int taken = 0;        // digits accumulated into m
        boolean dropped = false;
        int scale = 0;        // power of ten to apply to m
        int start = i;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (taken < 18) {
                m = m * 10 + d;
                taken += m == 0 ? 0 : 1;
            } else {
                scale++;
                dropped |= d != 0;
            }
        }
        int intDigits = i - start;
        if (i == to) {
            if (intDigits == 0) {
                return NONE;
            }
            if (intDigits <= 18) {
                longValue = negative ? -m : m;
                return LONG;
            }
            return slow(b, from, to, true);
        }
        int fracDigits = 0;
        if (b[i] == '.') {
            i++;
            int fracStart = i;
            for (; i < to; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                if (taken < 18) {
                    m = m * 10 + d;
                    taken += m == 0 ? 0 : 1;
                    scale--;
                } else {
                    dropped |= d != 0;
                }
            }
            fracDigits = i - fracStart;
        }
        if (intDigits == 0 && fracDigits == 0) {
            return NONE;
        }
        if (i < to) {
            c = b[i];
            if (c != 'e' && c != 'E') {
                return NONE;
            }
            i++;
            boolean expNegative = false;
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                expNegative = b[i] == '-';
                i++;
            }
            if (i == to) {
                return NONE;
            }
            int exp = 0;
            for (; i < to; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return NONE;
                }
                exp = exp < 100_000 ? exp * 10 + d : exp;
            }
            scale += expNegative ? -exp : exp;
        }
        if (dropped || m > EXACT_MANTISSA || scale < -22 || scale > 22) {
            return slow(b, from, to, false);
        }
        double v = scale >= 0 ? m * POW10[scale] : m / POW10[-scale];
        doubleValue = negative ? -v : v;
        return DOUBLE;
    }

    /** Long integers and long or extreme mantissas: the library parse, on a string made only here. */
    private int slow(byte[] b, int from, int to, boolean integer) {
        String s = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        if (integer) {
            Long v = ValueParser.parseLong(s);
            if (v != null) {
                longValue = v;
                return LONG;
            }
        }
        doubleValue = Double.parseDouble(s);
        return DOUBLE;
    }
}
