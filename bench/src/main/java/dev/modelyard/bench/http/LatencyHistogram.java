package dev.modelyard.bench.http;

/**
 * Latencies in microseconds, counted in log-linear buckets (exact below 128 µs, then 64 buckets per
 * power of two: under 1.6 % error), so a long soak keeps constant memory. Percentiles report a
 * bucket's upper edge, never an optimistic value. Not thread-safe: one per connection, then {@link #add}.
 */
final class LatencyHistogram {
    private static final int LINEAR = 128;
    private static final int PER_OCTAVE = 64;
    private final long[] counts = new long[LINEAR + 57 * PER_OCTAVE];
    private long total;
    private long max;

    void record(long micros) {
        long v = Math.max(0, micros);
        counts[index(v)]++;
        total++;
        max = Math.max(max, v);
    }

    void add(LatencyHistogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        max = Math.max(max, other.max);
    }

    long count() { return total; }

    long max() { return max; }

    /** The smallest recorded bucket edge at or above the {@code q} quantile (0 < q ≤ 1), in µs. */
    long percentile(double q) {
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(upperEdge(i), max);
            }
        }
        return max;
    }

    private static int index(long v) {
        if (v < LINEAR) {
            return (int) v;
        }
        int e = 63 - Long.numberOfLeadingZeros(v);   // >= 7
        long top = v >> (e - 6);                       // 64..127
        return LINEAR + (e - 7) * PER_OCTAVE + (int) (top - PER_OCTAVE);
    }

    private static long upperEdge(int i) {
        if (i < LINEAR) {
            return i;
        }
        int e = (i - LINEAR) / PER_OCTAVE + 7;
        long top = (i - LINEAR) % PER_OCTAVE + PER_OCTAVE;
        return ((top + 1) << (e - 6)) - 1;
    }
}
