package dev.modelyard.data.profile;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes a {@link DataProfile} exactly (the frame is in memory, so no sketches are needed). */
public final class Profiler {
    /** How many most-frequent values a profile keeps per column. */
    public static final int TOP_VALUES = 10;

    private Profiler() {}

    public static DataProfile profile(Frame frame) {
        List<ColumnProfile> out = new ArrayList<>(frame.columnCount());
        for (Column c : frame.columns()) {
            out.add(profile(c));
        }
        return new DataProfile(frame.rowCount(), out);
    }

    public static ColumnProfile profile(Column c) {
        int missing = c.nullCount();
        int count = c.size() - missing;
        ColumnType t = c.type();
        if (t == ColumnType.DOUBLE || t == ColumnType.LONG || t == ColumnType.TIMESTAMP) {
            double[] v = new double[count];
            int k = 0;
            for (int i = 0; i < c.size(); i++) {
                if (!c.isNull(i)) {
                    v[k++] = c.getDouble(i);
                }
            }
            Arrays.sort(v);
            int distinct = 0;
            for (int i = 0; i < v.length; i++) {
                if (i == 0 || v[i] != v[i - 1]) {
                    distinct++;
                }
            }
            if (count == 0) {
                return new ColumnProfile(c.name(), t, 0, missing, 0, null, List.of(), null);
            }
            return new ColumnProfile(c.name(), t, count, missing, distinct, NumericSummary.ofSorted(v), List.of(), Histogram.ofSorted(v));
        }
        Map<String, Integer> counts = new HashMap<>();
        if (c instanceof CategoricalColumn cat) {
            int[] n = cat.counts();
            for (int code = 0; code < n.length; code++) {
                if (n[code] > 0) {
                    counts.put(cat.level(code), n[code]);
                }
            }
        } else {
            for (int i = 0; i < c.size(); i++) {
                String s = c.getString(i);
                if (s != null) {
                    counts.merge(s, 1, Integer::sum);
                }
            }
        }
        List<ValueCount> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_VALUES)
                .map(e -> new ValueCount(e.getKey(), e.getValue()))
                .toList();
        return new ColumnProfile(c.name(), t, count, missing, counts.size(), null, top, null);
    }
}
