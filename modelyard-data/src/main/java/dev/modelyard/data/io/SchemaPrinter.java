package dev.modelyard.data.io;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;

/** Renders a frame's inferred schema as a text table (name, type, nulls) for the CLI. */
public final class SchemaPrinter {
    private SchemaPrinter() {}

    /** One line per column, aligned, after a header line; ends with a row/column count line. */
    public static String render(Frame frame) {
        int nameWidth = "column".length();
        for (Column c : frame.columns()) {
            nameWidth = Math.max(nameWidth, c.name().length());
        }
        String fmt = "%-" + nameWidth + "s  %-11s  %s%n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(fmt, "column", "type", "nulls"));
        for (Column c : frame.columns()) {
            int nulls = c.nullCount();
            String pct = frame.rowCount() == 0 ? "" : String.format(" (%.1f%%)", 100.0 * nulls / frame.rowCount());
            sb.append(String.format(fmt, c.name(), c.type().label(), nulls + (nulls == 0 ? "" : pct)));
        }
        sb.append(frame.rowCount()).append(" rows, ").append(frame.columnCount()).append(" columns").append(System.lineSeparator());
        return sb.toString();
    }
}
