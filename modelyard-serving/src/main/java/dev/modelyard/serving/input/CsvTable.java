package dev.modelyard.serving.input;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code text/csv} body: a header row of column names, then one row per line (RFC 4180 quoting, CRLF or LF).
 * Empty cells are missing values; every row must have as many cells as the header.
 */
public final class CsvTable implements InputTable {
    private final List<String> columns;
    private final List<String[]> rows;

    private CsvTable(List<String> columns, List<String[]> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    public static CsvTable parse(String text) {
        List<List<String>> records = records(text);
        if (records.isEmpty()) {
            throw new InputError(null, "the CSV body is empty: the first line must name the columns");
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<String[]> rows = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() != header.size()) {
                throw new InputError(null, i - 1, "CSV line " + (i + 1) + " has " + r.size() + " cells but the header names "
                        + header.size() + " columns");
            }
            rows.add(r.toArray(String[]::new));
        }
        return new CsvTable(header, rows);
    }

    private static List<List<String>> records(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                cur.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || cell.length() > 0) {
                    cur.add(cell.toString());
                    out.add(cur);
                }
                cur = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new InputError(null, "the CSV body ends inside a quoted cell");
        }
        if (any || cell.length() > 0) {
            cur.add(cell.toString());
            out.add(cur);
        }
        return out;
    }

    @Override public int rows() { return rows.size(); }

    @Override public List<String> columns() { return columns; }

    @Override
    public Object value(int column, int row) {
        return rows.get(row)[column];
    }
}
