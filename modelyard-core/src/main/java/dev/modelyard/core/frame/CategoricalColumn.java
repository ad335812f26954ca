package dev.modelyard.core.frame;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dictionary-encoded strings: an int code per row (-1 for null) into a list of distinct levels. */
public final class CategoricalColumn implements Column {
    private final String name;
    private final int[] codes;
    private final String[] levels;
    private final int nullCount;

    private CategoricalColumn(String name, int[] codes, String[] levels) {
        this.name = name;
        this.codes = codes;
        this.levels = levels;
        int n = 0;
        for (int c : codes) {
            if (c < 0) {
                n++;
            }
        }
        this.nullCount = n;
    }

    /** Encodes strings (null = missing); levels are kept in order of first appearance. */
    public static CategoricalColumn fromStrings(String name, String[] values) {
        Map<String, Integer> index = new HashMap<>();
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            codes[i] = v == null ? -1 : index.computeIfAbsent(v, k -> index.size());
        }
        String[] levels = new String[index.size()];
        index.forEach((k, v) -> levels[v] = k);
        return new CategoricalColumn(name, codes, levels);
    }

    /** Wraps codes and levels, checking every code is in range. */
    public static CategoricalColumn of(String name, int[] codes, List<String> levels) {
        return owning(name, codes.clone(), levels.toArray(String[]::new));
    }

    /** Takes ownership of both arrays without copying; codes are checked. */
    public static CategoricalColumn owning(String name, int[] codes, String[] levels) {
        for (int c : codes) {
            if (c < -1 || c >= levels.length) {
                throw new IllegalArgumentException("code " + c + " out of range for " + levels.length + " levels in '" + name + "'");
            }
        }
        return new CategoricalColumn(name, codes, levels);
    }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return ColumnType.CATEGORICAL; }
    @Override public int size() { return codes.length; }
    @Override public boolean isNull(int row) { return codes[row] < 0; }
    @Override public int nullCount() { return nullCount; }
    @Override public double getDouble(int row) { return codes[row] < 0 ? Double.NaN : codes[row]; }
    @Override public String getString(int row) { int c = codes[row]; return c < 0 ? null : levels[c]; }

    /** The dictionary code of a row, -1 when null. */
    public int code(int row) { return codes[row]; }

    public int levelCount() { return levels.length; }

    public String level(int code) { return levels[code]; }

    /** The dictionary, in code order. */
    public List<String> levels() { return List.of(levels); }

    /** Count of rows per code. */
    public int[] counts() {
        int[] counts = new int[levels.length];
        for (int c : codes) {
            if (c >= 0) {
                counts[c]++;
            }
        }
        return counts;
    }

    @Override
    public CategoricalColumn select(int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = codes[rows[i]];
        }
        return new CategoricalColumn(name, out, levels);
    }

    @Override public CategoricalColumn rename(String newName) { return new CategoricalColumn(newName, codes, levels); }

    @Override
    public String toString() {
        return "CategoricalColumn[" + name + ", n=" + codes.length + ", levels=" + Arrays.toString(Arrays.copyOf(levels, Math.min(5, levels.length))) + "]";
    }
}
