package dev.modelyard.monitoring.drift;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.data.sketch.CategoricalProfile;
import dev.modelyard.data.sketch.FeatureProfile;
import dev.modelyard.data.sketch.NumericProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The domain classifier's input: reference sample rows (label 0) stacked on window rows (label 1), one
 * numeric column per profiled feature. Numbers pass through; categories become their rank among the
 * reference's kept levels, with every other level (rare or new) sharing one code on both sides, so that
 * identifiers and free text cannot separate the two sides merely by being unseen.
 *
 * @param frame  the encoded features, reference rows first
 * @param labels 0 for reference rows, 1 for window rows
 */
record DomainData(Frame frame, int[] labels) {

    static DomainData of(List<FeatureProfile> features, Frame sample, Frame window, int[] windowRows) {
        int ns = sample.rowCount();
        int n = ns + windowRows.length;
        List<Column> cols = new ArrayList<>();
        for (FeatureProfile f : features) {
            Column a = sample.column(f.name());
            Column b = window.column(f.name());
            double[] v = new double[n];
            if (f instanceof NumericProfile) {
                for (int i = 0; i < ns; i++) {
                    v[i] = a.getDouble(i);
                }
                for (int i = 0; i < windowRows.length; i++) {
                    v[ns + i] = b.getDouble(windowRows[i]);
                }
            } else {
                Map<String, Integer> rank = ranks((CategoricalProfile) f);
                for (int i = 0; i < ns; i++) {
                    v[i] = code(a.getString(i), rank);
                }
                for (int i = 0; i < windowRows.length; i++) {
                    v[ns + i] = code(b.getString(windowRows[i]), rank);
                }
            }
            cols.add(DoubleColumn.owning(f.name(), v));
        }
        int[] labels = new int[n];
        for (int i = ns; i < n; i++) {
            labels[i] = 1;
        }
        return new DomainData(Frame.of(cols), labels);
    }

    private static Map<String, Integer> ranks(CategoricalProfile p) {
        Map<String, Integer> r = new HashMap<>();
        for (String level : p.counts().counts().keySet()) {
            r.put(level, r.size());
        }
        return r;
    }

    private static double code(String s, Map<String, Integer> rank) {
        if (s == null) {
            return Double.NaN;
        }
        Integer r = rank.get(s);
        return r == null ? rank.size() : r;
    }
}
