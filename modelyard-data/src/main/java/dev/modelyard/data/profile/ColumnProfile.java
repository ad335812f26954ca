package dev.modelyard.data.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.frame.ColumnType;
import java.time.Instant;
import java.util.List;

/**
 * Summary of one column.
 *
 * @param count    non-null values
 * @param missing  null values
 * @param distinct distinct non-null values
 * @param numeric  for DOUBLE, LONG and TIMESTAMP columns with a value; else null
 * @param top      most frequent values, most frequent first (CATEGORICAL, TEXT, BOOLEAN); else empty
 * @param histogram for numeric and timestamp columns with a value; else null
 */
public record ColumnProfile(String name, ColumnType type, int count, int missing, int distinct,
                            NumericSummary numeric, List<ValueCount> top, Histogram histogram) {
    public ColumnProfile {
        top = List.copyOf(top);
    }

    /** Missing values as a percentage of all rows (0 for an empty column). */
    public double missingPercent() {
        int n = count + missing;
        return n == 0 ? 0 : 100.0 * missing / n;
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(" (").append(type.label()).append(")\n");
        sb.append(String.format("  count %d, missing %d (%.1f%%), distinct %d%n", count, missing, missingPercent(), distinct));
        java.util.function.DoubleFunction<String> fmt = type == ColumnType.TIMESTAMP
                ? v -> Instant.ofEpochMilli((long) v).toString()
                : ColumnProfile::number;
        if (numeric != null) {
            NumericSummary s = numeric;
            sb.append("  min ").append(fmt.apply(s.min())).append(", max ").append(fmt.apply(s.max()))
                    .append(", mean ").append(fmt.apply(s.mean()))
                    .append(", std ").append(type == ColumnType.TIMESTAMP ? number(s.std() / 86_400_000.0) + " days" : number(s.std())).append('\n');
            sb.append("  p1 ").append(fmt.apply(s.p1())).append(", p5 ").append(fmt.apply(s.p5()))
                    .append(", p25 ").append(fmt.apply(s.p25())).append(", p50 ").append(fmt.apply(s.p50()))
                    .append(", p75 ").append(fmt.apply(s.p75())).append(", p95 ").append(fmt.apply(s.p95()))
                    .append(", p99 ").append(fmt.apply(s.p99())).append('\n');
        }
        if (histogram != null) {
            sb.append(histogram.render("  ", 30, fmt));
        }
        if (!top.isEmpty()) {
            int width = top.stream().mapToInt(v -> Math.min(40, v.value().length())).max().orElse(0);
            sb.append("  top values:\n");
            for (ValueCount v : top) {
                String shown = v.value().length() > 40 ? v.value().substring(0, 39) + "…" : v.value();
                double pct = count == 0 ? 0 : 100.0 * v.count() / count;
                sb.append(String.format("    %-" + Math.max(1, width) + "s  %d (%.1f%%)%n", shown, v.count(), pct));
            }
        }
        return sb.toString();
    }

    /** Compact number: integers plainly, others to 4 significant digits. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format("%.4g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e").replaceAll("\\.$", "");
    }

    ObjectNode toJson() {
        ObjectNode o = dev.modelyard.core.json.Json.object();
        o.put("name", name).put("type", type.label()).put("count", count).put("missing", missing)
                .put("missingPercent", missingPercent()).put("distinct", distinct);
        if (numeric != null) {
            o.set("numeric", numeric.toJson());
        }
        if (histogram != null) {
            o.set("histogram", histogram.toJson());
        }
        if (!top.isEmpty()) {
            var arr = o.putArray("top");
            for (ValueCount v : top) {
                arr.addObject().put("value", v.value()).put("count", v.count());
            }
        }
        return o;
    }
}
