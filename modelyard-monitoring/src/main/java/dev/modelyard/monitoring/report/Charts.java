package dev.modelyard.monitoring.report;

import dev.modelyard.monitoring.result.Distribution;
import dev.modelyard.monitoring.result.FeatureDrift;
import dev.modelyard.monitoring.result.WindowPerformance;
import dev.modelyard.monitoring.result.WindowResult;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The report's inline-SVG charts: timelines across windows and per-feature distributions. */
final class Charts {
    private static final int HEIGHT = 240;
    private static final int LEFT = 54;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 64;

    private Charts() {}

    /** Drift share and domain-classifier AUC per window on a 0–1 axis, with their thresholds dashed. */
    static String driftTimeline(List<WindowResult> ws) {
        Axis a = new Axis(ws, 0, 1);
        Svg s = a.frame("Drift across windows: share of drifted features and domain-classifier AUC");
        WindowResult first = ws.stream().filter(w -> w.drift() != null).findFirst().orElse(null);
        if (first != null) {
            a.level(s, first.drift().shareThreshold(), "share-t");
            if (first.drift().domain() != null) {
                a.level(s, first.drift().domain().threshold(), "auc-t");
            }
        }
        a.series(s, w -> w.drift() == null ? Double.NaN : w.drift().driftShare(), "share", "drift share");
        a.series(s, w -> w.drift() == null || w.drift().domain() == null ? Double.NaN : w.drift().domain().auc(), "auc", "domain AUC");
        return s.end();
    }

    /** Realised and estimated performance per window against the training estimate and its band; null without any. */
    static String performanceTimeline(List<WindowResult> ws) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        String metric = null;
        for (WindowResult w : ws) {
            WindowPerformance p = w.performance();
            if (p != null) {
                metric = metric == null ? p.metric() : metric;
                for (double v : new double[] {p.realised(), p.estimated(), p.reference(), p.lower(), p.upper()}) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (metric == null || lo > hi) {
            return null;
        }
        double pad = hi > lo ? (hi - lo) * 0.1 : Math.max(Math.abs(hi) * 0.1, 0.5);
        Axis a = new Axis(ws, lo - pad, hi + pad);
        Svg s = a.frame("Performance across windows (" + metric + "): realised, estimated, and the expected band");
        a.band(s, w -> w.performance() == null ? Double.NaN : w.performance().upper(),
                w -> w.performance() == null ? Double.NaN : w.performance().lower());
        a.series(s, w -> w.performance() == null ? Double.NaN : w.performance().reference(), "ref", "training estimate");
        a.series(s, w -> w.performance() == null ? Double.NaN : w.performance().estimated(), "est", "estimated " + metric);
        a.series(s, w -> w.performance() == null ? Double.NaN : w.performance().realised(), "real", "realised " + metric);
        return s.end();
    }

    /** Reference and current shares per bin as paired bars. */
    static String distribution(FeatureDrift f) {
        Distribution d = f.distribution();
        int k = d.labels().size();
        int width = Math.min(900, Math.max(320, 28 * k + LEFT + RIGHT));
        int height = 190;
        int bottom = k > 5 ? 62 : 30;
        double plotW = width - LEFT - RIGHT;
        double plotH = height - TOP - bottom;
        double max = 0;
        for (int i = 0; i < k; i++) {
            max = Math.max(max, Math.max(finite(d.reference()[i]), finite(d.current()[i])));
        }
        max = max <= 0 ? 1 : Math.min(1, Math.ceil(max * 10.5) / 10); // a round top: 10 %, 20 %, …
        Svg s = new Svg(width, height, "Distribution of " + f.feature() + ": reference and current share per bin");
        for (double g : new double[] {0, max / 2, max}) {
            double y = TOP + plotH * (1 - g / max);
            s.line(LEFT, y, width - RIGHT, y, "grid").text(LEFT - 4, y + 4, "end", "tick", 0, Html.percent(g));
        }
        double slot = plotW / Math.max(1, k);
        double bar = Math.max(2, slot * 0.38);
        for (int i = 0; i < k; i++) {
            double x = LEFT + i * slot + slot / 2;
            String label = d.labels().get(i);
            String tip = label + ": reference " + Html.percent(d.reference()[i]) + ", current " + Html.percent(d.current()[i]);
            double rh = plotH * finite(d.reference()[i]) / max;
            double ch = plotH * finite(d.current()[i]) / max;
            s.rect(x - bar, TOP + plotH - rh, bar, rh, "ref", tip).rect(x, TOP + plotH - ch, bar, ch, "cur", tip);
            String shown = label.length() > 14 ? label.substring(0, 13) + "…" : label;
            s.text(x, TOP + plotH + 14, k > 5 ? "end" : "middle", "tick", k > 5 ? -35 : 0, shown);
        }
        return s.end();
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    /** Windows along x, a linear value scale along y. */
    private static final class Axis {
        private final List<WindowResult> ws;
        private final double lo;
        private final double hi;
        private final int width;
        private final double[] xs;

        Axis(List<WindowResult> ws, double lo, double hi) {
            this.ws = ws;
            this.lo = lo;
            this.hi = hi;
            this.width = Math.min(1100, Math.max(480, 64 * ws.size() + LEFT + RIGHT));
            double slot = (width - LEFT - RIGHT) / (double) Math.max(1, ws.size());
            this.xs = new double[ws.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = LEFT + slot * (i + 0.5);
            }
        }

        double y(double v) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (v - lo) / (hi - lo));
        }

        Svg frame(String title) {
            Svg s = new Svg(width, HEIGHT, title);
            for (int g = 0; g <= 4; g++) {
                double v = lo + (hi - lo) * g / 4;
                s.line(LEFT, y(v), width - RIGHT, y(v), "grid").text(LEFT - 4, y(v) + 4, "end", "tick", 0, Html.number(v));
            }
            int every = (int) Math.ceil(ws.size() / 14.0);
            boolean tilt = ws.size() > 6;
            for (int i = 0; i < ws.size(); i += Math.max(1, every)) {
                s.text(xs[i], HEIGHT - BOTTOM + 16, tilt ? "end" : "middle", "tick", tilt ? -35 : 0, ws.get(i).window());
            }
            return s;
        }

        void level(Svg s, double v, String cls) {
            if (Double.isFinite(v) && v >= lo && v <= hi) {
                s.line(LEFT, y(v), width - RIGHT, y(v), cls);
            }
        }

        void series(Svg s, ToDoubleFunction<WindowResult> f, String cls, String name) {
            double[] ys = new double[ws.size()];
            for (int i = 0; i < ys.length; i++) {
                double v = f.applyAsDouble(ws.get(i));
                ys[i] = Double.isFinite(v) ? y(v) : Double.NaN;
            }
            s.path(xs, ys, cls);
            for (int i = 0; i < ys.length; i++) {
                if (!Double.isNaN(ys[i])) {
                    s.circle(xs[i], ys[i], 3.2, cls, ws.get(i).window() + ": " + name + " " + Html.number(f.applyAsDouble(ws.get(i))));
                }
            }
        }

        /** The band as an area where both ends are known, run by run. */
        void band(Svg s, ToDoubleFunction<WindowResult> upper, ToDoubleFunction<WindowResult> lower) {
            int i = 0;
            while (i < ws.size()) {
                int j = i;
                while (j < ws.size() && Double.isFinite(upper.applyAsDouble(ws.get(j))) && Double.isFinite(lower.applyAsDouble(ws.get(j)))) {
                    j++;
                }
                if (j > i) {
                    int n = j - i;
                    double[] x = new double[n];
                    double[] u = new double[n];
                    double[] l = new double[n];
                    double half = n == 1 ? 8 : 0;
                    for (int t = 0; t < n; t++) {
                        x[t] = xs[i + t];
                        u[t] = y(upper.applyAsDouble(ws.get(i + t)));
                        l[t] = y(lower.applyAsDouble(ws.get(i + t)));
                    }
                    if (n == 1) {
                        s.rect(x[0] - half, u[0], 2 * half, l[0] - u[0], "band", null);
                    } else {
                        s.area(x, u, l, "band");
                    }
                }
                i = Math.max(j, i + 1);
            }
        }
    }
}
