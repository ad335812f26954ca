package dev.modelyard.monitoring.report;

import java.util.Locale;

/** Escaping and number formatting for the HTML report. */
final class Html {
    private Html() {}

    /** Escapes text for HTML and SVG content and attribute values. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Three decimals, scientific for tiny values (p-values), a dash when not computed. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        if (v != 0 && Math.abs(v) < 1e-3) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        return Math.abs(v) >= 1e5 ? String.format(Locale.ROOT, "%.4g", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", share * 100) : "—";
    }
}
