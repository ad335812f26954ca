package dev.modelyard.monitoring.report;

/** An HTML table: columns whose header starts with '#' hold numbers (right-aligned); marked rows are highlighted. */
final class Table {
    private final StringBuilder sb = new StringBuilder("<table><tr>");
    private final boolean[] numeric;

    /** Header labels (plain text, escaped here). */
    Table(String... headers) {
        numeric = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            numeric[i] = headers[i].startsWith("#");
            String label = numeric[i] ? headers[i].substring(1) : headers[i];
            sb.append(numeric[i] ? "<th class=\"n\">" : "<th>").append(Html.escape(label)).append("</th>");
        }
        sb.append("</tr>");
    }

    /** A row of cells, given as HTML (escape data text before). */
    Table row(boolean marked, String... cells) {
        sb.append(marked ? "<tr class=\"drifted\">" : "<tr>");
        for (int i = 0; i < cells.length; i++) {
            sb.append(i < numeric.length && numeric[i] ? "<td class=\"n\">" : "<td>").append(cells[i]).append("</td>");
        }
        sb.append("</tr>");
        return this;
    }

    String html() {
        return sb + "</table>";
    }
}
