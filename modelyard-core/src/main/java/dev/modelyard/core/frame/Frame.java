package dev.modelyard.core.frame;

import dev.modelyard.core.error.ModelyardException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An immutable, typed, columnar table. Every column has the same length. */
public final class Frame {
    private final List<Column> columns;
    private final Schema schema;
    private final int rows;

    private Frame(List<Column> columns, int rows) {
        this.columns = List.copyOf(columns);
        List<Field> fields = new ArrayList<>(columns.size());
        for (Column c : this.columns) {
            if (c.size() != rows) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.size() + " rows, expected " + rows);
            }
            fields.add(c.field());
        }
        this.schema = Schema.of(fields);
        this.rows = rows;
    }

    /** A frame from columns of equal length. */
    public static Frame of(List<? extends Column> columns) {
        return new Frame(new ArrayList<>(columns), columns.isEmpty() ? 0 : columns.get(0).size());
    }

    public static Frame of(Column... columns) {
        return of(Arrays.asList(columns));
    }

    /** A frame with no columns and {@code rows} rows (a start for building). */
    public static Frame empty(int rows) {
        return new Frame(List.of(), rows);
    }

    public Schema schema() { return schema; }

    public int rowCount() { return rows; }

    public int columnCount() { return columns.size(); }

    public List<Column> columns() { return columns; }

    public Column column(int i) { return columns.get(i); }

    /** The named column, or a clear error that suggests close names. */
    public Column column(String name) {
        return columns.get(schema.require(name));
    }

    public boolean has(String name) { return schema.contains(name); }

    /** The named column cast to a type, with a clear error when it is another type. */
    public <C extends Column> C column(String name, Class<C> type) {
        Column c = column(name);
        if (!type.isInstance(c)) {
            throw ModelyardException.invalid("column '" + name + "' is " + c.type().label() + ", not " + type.getSimpleName());
        }
        return type.cast(c);
    }

    /** The given rows, in order. */
    public Frame select(int[] rowIndices) {
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(c.select(rowIndices));
        }
        return new Frame(out, rowIndices.length);
    }

    /** The first {@code n} rows. */
    public Frame head(int n) {
        int k = Math.min(n, rows);
        int[] idx = new int[k];
        Arrays.setAll(idx, i -> i);
        return select(idx);
    }

    /** Only the named columns, in the given order. */
    public Frame selectColumns(Collection<String> names) {
        List<Column> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(column(n));
        }
        return new Frame(out, rows);
    }

    /** All columns except the named ones (absent names are ignored). */
    public Frame without(Collection<String> names) {
        Set<String> drop = new HashSet<>(names);
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            if (!drop.contains(c.name())) {
                out.add(c);
            }
        }
        return new Frame(out, rows);
    }

    public Frame without(String... names) {
        return without(Arrays.asList(names));
    }

    /** This frame plus a column (replacing one of the same name, in place). */
    public Frame with(Column column) {
        List<Column> out = new ArrayList<>(columns);
        int i = schema.indexOf(column.name());
        if (i >= 0) {
            out.set(i, column);
        } else {
            out.add(column);
        }
        return new Frame(out, columns.isEmpty() ? column.size() : rows);
    }

    /** This frame's columns followed by another's (names must not clash). */
    public Frame concatColumns(Frame other) {
        if (other.rows != rows && !other.columns.isEmpty() && !columns.isEmpty()) {
            throw new IllegalArgumentException("row counts differ: " + rows + " vs " + other.rows);
        }
        List<Column> out = new ArrayList<>(columns);
        out.addAll(other.columns);
        return new Frame(out, columns.isEmpty() ? other.rows : rows);
    }

    /** Copies row {@code row} into a buffer laid out by this frame's schema. */
    public void rowInto(int row, RowBuffer buffer) {
        for (int j = 0; j < columns.size(); j++) {
            Column c = columns.get(j);
            if (c.type().isNumericSlot()) {
                buffer.num[j] = c.getDouble(row);
            } else {
                buffer.str[j] = c.getString(row);
            }
        }
    }

    /** A fixed-width text rendering of the first rows, for the CLI and debugging. */
    public String toTable(int maxRows) {
        int n = Math.min(maxRows, rows);
        int[] width = new int[columns.size()];
        String[][] cells = new String[n + 1][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            cells[0][j] = columns.get(j).name();
            for (int i = 0; i < n; i++) {
                String s = columns.get(j).getString(i);
                cells[i + 1][j] = s == null ? "" : (s.length() > 24 ? s.substring(0, 23) + "…" : s);
            }
            for (int i = 0; i <= n; i++) {
                width[j] = Math.max(width[j], cells[i][j].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j < columns.size(); j++) {
                sb.append(j == 0 ? "" : "  ").append(String.format("%-" + width[j] + "s", cells[i][j]));
            }
            sb.append('\n');
        }
        if (rows > n) {
            sb.append("… ").append(rows - n).append(" more rows\n");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Frame[" + rows + " rows, " + schema + "]";
    }
}
