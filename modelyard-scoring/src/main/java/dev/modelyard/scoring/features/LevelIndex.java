package dev.modelyard.scoring.features;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fitted levels of one string column and their positions. Lookups by string are allocation-free
 * (the row path); whole columns go through the dictionary once when they are categorical, so batch
 * and row give the same index for the same string whatever the column type.
 */
public final class LevelIndex {
    private final List<String> levels;
    private final Map<String, Integer> index;

    /** Indexes {@code levels} by position. */
    public LevelIndex(List<String> levels) {
        this.levels = List.copyOf(levels);
        this.index = new HashMap<>(levels.size() * 2);
        for (int i = 0; i < this.levels.size(); i++) {
            index.put(this.levels.get(i), i);
        }
    }

    List<String> levels() { return levels; }

    /** Number of levels. */
    public int size() { return levels.size(); }

    /** Position of a level; -1 for null or unseen. */
    int get(String s) {
        if (s == null) {
            return -1;
        }
        Integer i = index.get(s);
        return i == null ? -1 : i;
    }

    /** Position of every row's value (-1 for null or unseen). */
    public int[] rows(Column c) {
        int n = c.size();
        int[] out = new int[n];
        if (c instanceof CategoricalColumn cat) {
            int[] byCode = new int[cat.levelCount()];
            for (int k = 0; k < byCode.length; k++) {
                byCode[k] = get(cat.level(k));
            }
            for (int i = 0; i < n; i++) {
                int code = cat.code(i);
                out[i] = code < 0 ? -1 : byCode[code];
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = get(c.getString(i));
            }
        }
        return out;
    }
}
