package dev.modelyard.learn.features;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Distinct non-null values of a string column with their row counts, sorted by value for determinism. */
record LevelCounts(List<String> levels, int[] counts, int nonNull) {

    static LevelCounts of(Column c) {
        TreeMap<String, Integer> m = new TreeMap<>();
        if (c instanceof CategoricalColumn cat) {
            int[] byCode = cat.counts();
            for (int k = 0; k < byCode.length; k++) {
                if (byCode[k] > 0) {
                    m.merge(cat.level(k), byCode[k], Integer::sum);
                }
            }
        } else {
            for (int i = 0; i < c.size(); i++) {
                String s = c.getString(i);
                if (s != null) {
                    m.merge(s, 1, Integer::sum);
                }
            }
        }
        List<String> levels = new ArrayList<>(m.size());
        int[] counts = new int[m.size()];
        int k = 0;
        int total = 0;
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            levels.add(e.getKey());
            counts[k++] = e.getValue();
            total += e.getValue();
        }
        return new LevelCounts(List.copyOf(levels), counts, total);
    }

    int distinct() { return levels.size(); }

    /** The most frequent level (the smallest one on ties), or null when there is none. */
    String mode() {
        int best = -1;
        for (int k = 0; k < counts.length; k++) {
            if (best < 0 || counts[k] > counts[best]) {
                best = k;
            }
        }
        return best < 0 ? null : levels.get(best);
    }
}
