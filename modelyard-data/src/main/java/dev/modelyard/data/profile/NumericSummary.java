package dev.modelyard.data.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;

/**
 * Moments and exact quantiles of a numeric or timestamp column's non-null values (timestamps in epoch
 * millis). {@code std} is the sample standard deviation (n − 1; 0 for one value); quantiles interpolate
 * linearly between order statistics.
 */
public record NumericSummary(double min, double max, double mean, double std,
                             double p1, double p5, double p25, double p50, double p75, double p95, double p99) {

    /** Summary of sorted, non-empty values. */
    static NumericSummary ofSorted(double[] s) {
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        double mean = sum / s.length;
        double ss = 0;
        for (double v : s) {
            ss += (v - mean) * (v - mean);
        }
        double std = s.length > 1 ? Math.sqrt(ss / (s.length - 1)) : 0.0;
        return new NumericSummary(s[0], s[s.length - 1], mean, std,
                quantile(s, 0.01), quantile(s, 0.05), quantile(s, 0.25), quantile(s, 0.5),
                quantile(s, 0.75), quantile(s, 0.95), quantile(s, 0.99));
    }

    /** Linear-interpolation quantile of sorted values (the common "type 7" definition). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("min", min).put("max", max).put("mean", mean).put("std", std);
        ObjectNode q = o.putObject("quantiles");
        q.put("p1", p1).put("p5", p5).put("p25", p25).put("p50", p50).put("p75", p75).put("p95", p95).put("p99", p99);
        return o;
    }
}
