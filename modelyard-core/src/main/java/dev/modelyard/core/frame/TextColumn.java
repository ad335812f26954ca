package dev.modelyard.core.frame;

/** Free text (not dictionary-encoded); null entries are missing. */
public final class TextColumn implements Column {
    private final String name;
    private final String[] values;
    private final int nullCount;

    private TextColumn(String name, String[] values) {
        this.name = name;
        this.values = values;
        int n = 0;
        for (String s : values) {
            if (s == null) {
                n++;
            }
        }
        this.nullCount = n;
    }

    public static TextColumn of(String name, String[] values) {
        return new TextColumn(name, values.clone());
    }

    /** Takes ownership of the array without copying. */
    public static TextColumn owning(String name, String[] values) {
        return new TextColumn(name, values);
    }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return ColumnType.TEXT; }
    @Override public int size() { return values.length; }
    @Override public boolean isNull(int row) { return values[row] == null; }
    @Override public int nullCount() { return nullCount; }

    @Override
    public double getDouble(int row) {
        throw new UnsupportedOperationException("text column '" + name + "' has no numeric value");
    }

    @Override public String getString(int row) { return values[row]; }

    @Override
    public TextColumn select(int[] rows) {
        String[] out = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return new TextColumn(name, out);
    }

    @Override public TextColumn rename(String newName) { return new TextColumn(newName, values); }
}
