package dev.modelyard.monitoring.drift;

import dev.modelyard.data.sketch.CategoryCounts;
import dev.modelyard.data.sketch.QuantileSketch;
import dev.modelyard.monitoring.result.Distribution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bins PSI, the binned tests and the plots share. Numbers: the reference's deciles (equal edges merged,
 * so a feature that is mostly one value gets fewer bins), each bin {@code (lower, upper]}. Categories: the
 * reference's levels, largest first, plus {@value #OTHER} for the reference's lumped rare levels and for
 * levels the reference never saw (only when either side has such values). Missing values are in no bin.
 */
final class Bins {
    /** Label of the bin holding levels outside the reference's kept levels. */
    static final String OTHER = "(other)";

    private Bins() {}

    /** The reference's distinct deciles (its 10 %, …, 90 % quantiles). */
    static double[] decileEdges(QuantileSketch reference) {
        double[] q = reference.quantiles(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9});
        double[] e = new double[q.length];
        int k = 0;
        for (double v : q) {
            if (k == 0 || v > e[k - 1]) {
                e[k++] = v;
            }
        }
        return Arrays.copyOf(e, k);
    }

    /** Reference and current shares on the reference's decile bins. Both sides must be non-empty. */
    static Distribution numeric(QuantileSketch reference, StepCdf current) {
        double[] edges = decileEdges(reference);
        int bins = edges.length + 1;
        double[] r = new double[bins];
        double[] c = new double[bins];
        double prevR = 0;
        double prevC = 0;
        for (int b = 0; b < bins; b++) {
            double cr = b < edges.length ? reference.cdf(edges[b]) : 1;
            double cc = b < edges.length ? current.cdf(edges[b]) : 1;
            r[b] = cr - prevR;
            c[b] = cc - prevC;
            prevR = cr;
            prevC = cc;
        }
        return new Distribution(numericLabels(edges), r, c);
    }

    private static List<String> numericLabels(double[] edges) {
        List<String> labels = new ArrayList<>(edges.length + 1);
        String lower = "-inf";
        for (double e : edges) {
            String upper = format(e);
            labels.add("(" + lower + ", " + upper + "]");
            lower = upper;
        }
        labels.add("(" + lower + ", +inf)");
        return labels;
    }

    /** A compact bin edge: integers as such, others to 4 significant digits. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.4g", v);
        return s.contains("e") || !s.contains(".") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /**
     * Reference and current shares by level. {@code currentByLevel[i]} counts the window's values of the
     * reference's i-th level; {@code currentOther} the rest. NaN shares when a side has no values.
     */
    static Distribution categorical(CategoryCounts reference, long[] currentByLevel, long currentOther) {
        List<String> labels = new ArrayList<>(reference.counts().keySet());
        boolean other = reference.other() > 0 || currentOther > 0;
        int bins = labels.size() + (other ? 1 : 0);
        double[] r = new double[bins];
        double[] c = new double[bins];
        long rn = reference.n();
        long cn = currentOther;
        for (long x : currentByLevel) {
            cn += x;
        }
        int b = 0;
        for (long count : reference.counts().values()) {
            r[b] = (double) count / rn;
            c[b] = (double) currentByLevel[b] / cn;
            b++;
        }
        if (other) {
            labels.add(OTHER);
            r[b] = (double) reference.other() / rn;
            c[b] = (double) currentOther / cn;
        }
        return new Distribution(labels, r, c);
    }
}
