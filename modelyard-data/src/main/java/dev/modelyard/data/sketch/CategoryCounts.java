package dev.modelyard.data.sketch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of the most frequent levels of a categorical feature, with the rest lumped together. Mergeable:
 * the sum of two counts keeps the {@link #MAX_LEVELS} largest again (levels beyond that are rare enough
 * that drift tests on them would be noise).
 *
 * @param counts levels by count, largest first
 * @param other  values not among {@code counts}
 */
public record CategoryCounts(Map<String, Long> counts, long other) {
    /** Most levels kept per feature. */
    public static final int MAX_LEVELS = 256;

    public CategoryCounts {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        if (other < 0) {
            throw new IllegalArgumentException("negative count of other levels");
        }
    }

    /** Keeps the largest {@link #MAX_LEVELS} of {@code all}; ties broken by level name for a stable result. */
    public static CategoryCounts top(Map<String, Long> all) {
        List<Map.Entry<String, Long>> e = new ArrayList<>(all.entrySet());
        e.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> keep = new LinkedHashMap<>();
        long other = 0;
        for (int i = 0; i < e.size(); i++) {
            if (i < MAX_LEVELS) {
                keep.put(e.get(i).getKey(), e.get(i).getValue());
            } else {
                other += e.get(i).getValue();
            }
        }
        return new CategoryCounts(keep, other);
    }

    /** Number of values counted. */
    public long n() {
        long s = other;
        for (long c : counts.values()) {
            s += c;
        }
        return s;
    }

    /** Count of one level (0 when not kept). */
    public long count(String level) {
        return counts.getOrDefault(level, 0L);
    }

    public CategoryCounts merge(CategoryCounts o) {
        Map<String, Long> all = new HashMap<>(counts);
        o.counts.forEach((k, v) -> all.merge(k, v, Long::sum));
        CategoryCounts t = top(all);
        return new CategoryCounts(t.counts, t.other + other + o.other);
    }
}
