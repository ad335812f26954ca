package dev.modelyard.evaluate.leakage;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.LongColumn;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds columns that identify rows rather than describe them: integer or string columns with (nearly)
 * one distinct value per non-null row, and integer or double columns that strictly rise or fall with
 * row order (row counters, auto-increment keys). Doubles are not judged by uniqueness, since continuous
 * measurements are unique without being IDs, unless every value is a whole number.
 */
final class IdLikeCheck {
    /** Fewer non-null rows than this say too little about uniqueness or order. */
    static final int MIN_ROWS = 50;
    /** Share of distinct values among non-null rows from which a column counts as an identifier. */
    static final double DISTINCT_SHARE = 0.95;
    /** Above this many rows, a sample first rules out the many columns with few distinct values. */
    private static final int PRECHECK_ROWS = 10_000;
    private static final int PRECHECK_SAMPLE = 4096;

    private IdLikeCheck() {}

    static Optional<LeakageFinding> check(Column c) {
        int nonNull = c.size() - c.nullCount();
        if (nonNull < MIN_ROWS) {
            return Optional.empty();
        }
        ColumnType t = c.type();
        long[] integers = null;
        if (t == ColumnType.LONG) {
            integers = nonNullLongs((LongColumn) c, nonNull);
        } else if (t == ColumnType.DOUBLE) {
            double[] v = NumericValues.of(c);
            integers = wholeNumbers(v, nonNull);
            if (integers == null) {
                int direction = monotonic(v);
                return direction == 0 ? Optional.empty() : Optional.of(monotonicFinding(c.name(), direction));
            }
        }
        if (integers != null) {
            int direction = monotonic(integers);
            if (direction != 0) {
                return Optional.of(monotonicFinding(c.name(), direction));
            }
        }
        int distinct;
        if (integers != null) {
            distinct = distinctLongs(integers);
        } else if (c instanceof CategoricalColumn cat) {
            distinct = distinctLevels(cat);
        } else if (t == ColumnType.TEXT) {
            distinct = distinctStrings(c, nonNull);
        } else {
            return Optional.empty();
        }
        double share = (double) distinct / nonNull;
        if (share <= DISTINCT_SHARE) {
            return Optional.empty();
        }
        String message = String.format(Locale.ROOT,
                "column '%s' looks like an identifier: %d distinct values in %d non-null rows (%.1f%%); a model can only memorise it, so drop it or declare it an ID",
                c.name(), distinct, nonNull, 100 * share);
        return Optional.of(new LeakageFinding(LeakageFinding.ID_LIKE, c.name(), message, share, Severity.WARNING));
    }

    private static LeakageFinding monotonicFinding(String name, int direction) {
        String message = "column '" + name + "' strictly " + (direction > 0 ? "increases" : "decreases")
                + " with row order: it looks like a row number or key and encodes row order rather than the data";
        return new LeakageFinding(LeakageFinding.ID_LIKE, name, message, 1.0, Severity.WARNING);
    }

    private static long[] nonNullLongs(LongColumn c, int nonNull) {
        long[] out = new long[nonNull];
        int k = 0;
        for (int i = 0; i < c.size(); i++) {
            if (!c.isNull(i)) {
                out[k++] = c.getLong(i);
            }
        }
        return out;
    }

    /** The non-null values as longs when all are whole numbers (integers read as doubles), else null. */
    private static long[] wholeNumbers(double[] v, int nonNull) {
        long[] out = new long[nonNull];
        int k = 0;
        for (double x : v) {
            if (Double.isNaN(x)) {
                continue;
            }
            if (x != Math.rint(x) || Math.abs(x) > 9.0e15) {
                return null;
            }
            out[k++] = (long) x;
        }
        return out;
    }

    /** 1 when strictly increasing, -1 when strictly decreasing, 0 otherwise (NaN skipped). */
    private static int monotonic(double[] v) {
        boolean up = true;
        boolean down = true;
        double prev = Double.NaN;
        for (double x : v) {
            if (Double.isNaN(x)) {
                continue;
            }
            if (!Double.isNaN(prev)) {
                up &= x > prev;
                down &= x < prev;
                if (!up && !down) {
                    return 0;
                }
            }
            prev = x;
        }
        return up ? 1 : down ? -1 : 0;
    }

    private static int monotonic(long[] v) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < v.length && (up || down); i++) {
            up &= v[i] > v[i - 1];
            down &= v[i] < v[i - 1];
        }
        return up ? 1 : down ? -1 : 0;
    }

    private static int distinctLongs(long[] values) {
        if (values.length > PRECHECK_ROWS) {
            long[] sample = new long[PRECHECK_SAMPLE];
            for (int j = 0; j < sample.length; j++) {
                sample[j] = values[(int) ((long) j * values.length / sample.length)];
            }
            // a sample of distinct rows is at least as distinct as the whole, give or take chance
            int sampleDistinct = countDistinctSorted(sample);
            if (sampleDistinct <= 0.9 * sample.length) {
                return sampleDistinct; // far below DISTINCT_SHARE of the whole column: not an ID
            }
        }
        return countDistinctSorted(values.clone());
    }

    /** Sorts {@code a} in place and counts its distinct values. */
    private static int countDistinctSorted(long[] a) {
        Arrays.sort(a);
        int distinct = a.length == 0 ? 0 : 1;
        for (int i = 1; i < a.length; i++) {
            if (a[i] != a[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    private static int distinctLevels(CategoricalColumn c) {
        int distinct = 0;
        for (int count : c.counts()) {
            distinct += count > 0 ? 1 : 0;
        }
        return distinct;
    }

    private static int distinctStrings(Column c, int nonNull) {
        int n = c.size();
        if (nonNull > PRECHECK_ROWS) {
            Set<String> sample = new HashSet<>();
            int seen = 0;
            for (int j = 0; j < PRECHECK_SAMPLE; j++) {
                String s = c.getString((int) ((long) j * n / PRECHECK_SAMPLE));
                if (s != null) {
                    sample.add(s);
                    seen++;
                }
            }
            if (sample.size() <= 0.9 * seen) {
                return sample.size(); // far below DISTINCT_SHARE of the whole column: not an ID
            }
        }
        Set<String> all = new HashSet<>(Math.max(16, nonNull * 4 / 3 + 1));
        for (int i = 0; i < n; i++) {
            String s = c.getString(i);
            if (s != null) {
                all.add(s);
            }
        }
        return all.size();
    }
}
