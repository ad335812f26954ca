package dev.modelyard.monitoring.report;

import java.util.Locale;

/** A tiny inline-SVG writer (no namespace needed inside HTML); every text it writes is escaped. */
final class Svg {
    private final StringBuilder sb = new StringBuilder();

    /** Starts an image of the given size; {@code title} is its accessible name. */
    Svg(int width, int height, String title) {
        sb.append("<svg width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\"><title>").append(Html.escape(title)).append("</title>");
    }

    Svg rect(double x, double y, double w, double h, String cls, String tooltip) {
        sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" class=\"").append(cls).append('"');
        return tooltip == null ? close("/>") : close("><title>" + Html.escape(tooltip) + "</title></rect>");
    }

    Svg line(double x1, double y1, double x2, double y2, String cls) {
        sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(cls).append('"');
        return close("/>");
    }

    /** A polyline through the points; NaN values break it into separate pieces. */
    Svg path(double[] xs, double[] ys, String cls) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(ys[i])) {
                pen = false;
                continue;
            }
            d.append(pen ? " L" : " M").append(n(xs[i])).append(' ').append(n(ys[i]));
            pen = true;
        }
        if (!d.isEmpty()) {
            sb.append("<path d=\"").append(d.toString().trim()).append("\" class=\"").append(cls).append("\"/>");
        }
        return this;
    }

    /** A closed, filled area between an upper and a lower line (equal lengths, no NaN). */
    Svg area(double[] xs, double[] upper, double[] lower, String cls) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            d.append(i == 0 ? "M" : " L").append(n(xs[i])).append(' ').append(n(upper[i]));
        }
        for (int i = xs.length - 1; i >= 0; i--) {
            d.append(" L").append(n(xs[i])).append(' ').append(n(lower[i]));
        }
        sb.append("<path d=\"").append(d).append(" Z\" class=\"").append(cls).append("\"/>");
        return this;
    }

    Svg circle(double x, double y, double r, String cls, String tooltip) {
        sb.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                .append("\" class=\"").append(cls).append("\"><title>").append(Html.escape(tooltip)).append("</title></circle>");
        return this;
    }

    /** Text at (x, y); {@code rotate} in degrees about that point (0: none). */
    Svg text(double x, double y, String anchor, String cls, double rotate, String text) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" class=\"").append(cls).append('"');
        if (rotate != 0) {
            sb.append(" transform=\"rotate(").append(n(rotate)).append(' ').append(n(x)).append(' ').append(n(y)).append(")\"");
        }
        sb.append('>').append(Html.escape(text)).append("</text>");
        return this;
    }

    String end() {
        return sb.append("</svg>").toString();
    }

    private Svg close(String s) {
        sb.append(s);
        return this;
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
