package dev.modelyard.cli.console;

import java.util.ArrayList;
import java.util.List;

/** A plain aligned text table for terminal output. Numbers right-aligned, text left-aligned. */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... header) {
        this.header = List.of(header);
    }

    public TextTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c == null ? "" : c.toString());
        }
        rows.add(r);
        return this;
    }

    public String render() {
        int[] w = new int[header.size()];
        for (int j = 0; j < w.length; j++) {
            w[j] = header.get(j).length();
            for (List<String> r : rows) {
                w[j] = Math.max(w[j], r.get(j).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, w);
        for (int j = 0; j < w.length; j++) {
            sb.append(j == 0 ? "" : "  ").append("-".repeat(w[j]));
        }
        sb.append('\n');
        for (List<String> r : rows) {
            line(sb, r, w);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w) {
        for (int j = 0; j < w.length; j++) {
            String c = cells.get(j);
            boolean num = !c.isEmpty() && (Character.isDigit(c.charAt(0)) || c.charAt(0) == '-' && c.length() > 1);
            sb.append(j == 0 ? "" : "  ").append(num ? " ".repeat(w[j] - c.length()) + c : c + " ".repeat(w[j] - c.length()));
        }
        sb.append('\n');
    }
}
