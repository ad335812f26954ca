package dev.modelyard.scoring.tree;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A LightGBM model in its text format ({@code Booster.saveModelToString}, {@code model.txt}), read into
 * {@link LgbmTrees} and checked: every array has the length its tree says, every child and category set
 * is in range, children come after their parents. Only what prediction needs is read; a model this class
 * cannot score exactly (linear trees, an output it does not know) is refused with a message saying why.
 *
 * @param trees           the flattened trees
 * @param features        number of input features ({@code max_feature_idx + 1})
 * @param outputs         raw outputs per row ({@code num_tree_per_iteration})
 * @param link            how raw sums become predictions
 * @param sigmoid         the sigmoid's scale for {@link Link#SIGMOID}
 * @param averageOutput   whether sums are divided by the number of iterations (random-forest mode)
 * @param featureNames    LightGBM's feature names
 */
record LgbmModelText(LgbmTrees trees, int features, int outputs, Link link, double sigmoid, boolean averageOutput,
                     List<String> featureNames) {

    /** What LightGBM applies to the raw sums of an objective. */
    enum Link { IDENTITY, SIGMOID, SOFTMAX, EXP, SQUARE }

    /** Iterations (rounds) of trees in the model. */
    int iterations() {
        return trees.treeCount() / outputs;
    }

    /** Parses and checks {@code text}; any damage is an error of {@code code} naming the tree and field. */
    static LgbmModelText parse(String text, ErrorCode code) {
        return new Reader(text, code).read();
    }

    private static final class Reader {
        private final String[] lines;
        private final ErrorCode code;
        private int at;

        Reader(String text, ErrorCode code) {
            this.lines = text.split("\r?\n");
            this.code = code;
        }

        LgbmModelText read() {
            if (lines.length == 0 || !lines[0].trim().equals("tree")) {
                throw fail("not a LightGBM text model (the first line is not 'tree')");
            }
            Map<String, String> header = block(1);
            boolean average = false;
            for (int i = 1; i < at; i++) {
                average |= lines[i].trim().equals("average_output");
            }
            int outputs = positive(header, "num_tree_per_iteration", "header");
            int classes = positive(header, "num_class", "header");
            int features = positive(header, "max_feature_idx", "header", -1) + 1;
            String objective = required(header, "objective", "header");
            String[] obj = objective.trim().split("\\s+");
            Link link = link(obj);
            double sigmoid = link == Link.SIGMOID ? number(option(obj, "sigmoid", "1"), "objective sigmoid") : 1.0;
            if ((link == Link.SOFTMAX) != (outputs > 1) || classes != outputs) {
                throw fail("objective '" + objective + "' does not fit " + classes + " classes and " + outputs + " trees per iteration");
            }
            String names = header.getOrDefault("feature_names", "");
            List<String> featureNames = names.isBlank() ? List.of() : List.of(names.trim().split(" "));

            Builder b = new Builder(features);
            while (at < lines.length && lines[at].startsWith("Tree=")) {
                int t = b.trees();
                Map<String, String> tree = block(at);
                b.add(t, tree, t % outputs, this);
            }
            if (b.trees() == 0 || b.trees() % outputs != 0) {
                throw fail("the model has " + b.trees() + " trees, not a whole number of iterations of " + outputs);
            }
            if (at >= lines.length || !lines[at].trim().equals("end of trees")) {
                throw fail("the trees do not end with 'end of trees' (line " + (at + 1) + ")");
            }
            return new LgbmModelText(b.build(), features, outputs, link, sigmoid, average, featureNames);
        }

        /** The key=value lines from {@code start} up to a blank line, the next tree or the end. */
        private Map<String, String> block(int start) {
            Map<String, String> m = new HashMap<>();
            at = start;
            if (at < lines.length && lines[at].startsWith("Tree=")) {
                m.put("Tree", lines[at].substring(5));
                at++;
            }
            while (at < lines.length && !lines[at].isBlank() && !lines[at].startsWith("Tree=") && !lines[at].equals("end of trees")) {
                String line = lines[at++];
                int eq = line.indexOf('=');
                if (eq > 0) {
                    m.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            while (at < lines.length && lines[at].isBlank()) {
                at++;
            }
            return m;
        }

        private Link link(String[] objective) {
            return switch (objective[0]) {
                case "binary", "cross_entropy", "xentropy" -> Link.SIGMOID;
                case "multiclass", "softmax" -> Link.SOFTMAX;
                case "regression", "regression_l2", "l2", "mean_squared_error", "mse", "regression_l1", "l1",
                     "mean_absolute_error", "mae", "huber", "fair", "quantile", "mape" ->
                        List.of(objective).contains("sqrt") ? Link.SQUARE : Link.IDENTITY;
                case "poisson", "gamma", "tweedie" -> Link.EXP;
                default -> throw fail("objective '" + String.join(" ", objective) + "' is not supported for scoring"
                        + " (supported: binary, multiclass, regression and its variants, poisson, gamma, tweedie)");
            };
        }

        private static String option(String[] objective, String key, String otherwise) {
            for (String o : objective) {
                if (o.startsWith(key + ":")) {
                    return o.substring(key.length() + 1);
                }
            }
            return otherwise;
        }

        String required(Map<String, String> m, String key, String where) {
            String v = m.get(key);
            if (v == null) {
                throw fail(where + " has no '" + key + "'");
            }
            return v;
        }

        int positive(Map<String, String> m, String key, String where) {
            return positive(m, key, where, 1);
        }

        int positive(Map<String, String> m, String key, String where, int least) {
            String v = required(m, key, where).trim();
            try {
                int n = Integer.parseInt(v);
                if (n < least) {
                    throw fail(where + ": " + key + " is " + n);
                }
                return n;
            } catch (NumberFormatException e) {
                throw fail(where + ": " + key + " is not a whole number: '" + v + "'");
            }
        }

        int[] ints(Map<String, String> m, String key, int expected, String where) {
            String[] parts = parts(m, key, expected, where);
            int[] out = new int[expected];
            for (int i = 0; i < expected; i++) {
                try {
                    // cat_threshold words are unsigned 32-bit: read as long, keep the bits
                    out[i] = (int) Long.parseLong(parts[i]);
                } catch (NumberFormatException e) {
                    throw fail(where + ": " + key + "[" + i + "] is not a whole number: '" + parts[i] + "'");
                }
            }
            return out;
        }

        double[] doubles(Map<String, String> m, String key, int expected, String where) {
            String[] parts = parts(m, key, expected, where);
            double[] out = new double[expected];
            for (int i = 0; i < expected; i++) {
                out[i] = number(parts[i], where + ": " + key + "[" + i + "]");
            }
            return out;
        }

        private String[] parts(Map<String, String> m, String key, int expected, String where) {
            if (expected == 0 && !m.containsKey(key)) {
                return new String[0]; // a one-leaf tree may omit its (empty) split arrays
            }
            String v = required(m, key, where).trim();
            String[] parts = v.isEmpty() ? new String[0] : v.split(" ");
            if (parts.length != expected) {
                throw fail(where + ": " + key + " has " + parts.length + " values, expected " + expected);
            }
            return parts;
        }

        double number(String s, String where) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "inf", "+inf", "infinity" -> { return Double.POSITIVE_INFINITY; }
                case "-inf", "-infinity" -> { return Double.NEGATIVE_INFINITY; }
                case "nan", "-nan" -> { return Double.NaN; }
                default -> {
                    try {
                        return Double.parseDouble(s);
                    } catch (NumberFormatException e) {
                        throw fail(where + " is not a number: '" + s + "'");
                    }
                }
            }
        }

        ModelyardException fail(String what) {
            return new ModelyardException(code, "LightGBM model: " + what);
        }
    }

    /** Gathers trees into the global arrays, turning each tree's local indices into global ones. */
    private static final class Builder {
        private final int features;
        private final List<Integer> roots = new ArrayList<>();
        private final List<Integer> classes = new ArrayList<>();
        private final IntList feature = new IntList();
        private final List<double[]> thresholds = new ArrayList<>();
        private final List<byte[]> decisions = new ArrayList<>();
        private final IntList left = new IntList();
        private final IntList right = new IntList();
        private final List<double[]> leaves = new ArrayList<>();
        private final IntList catStart = new IntList();
        private final IntList catBits = new IntList();
        private int nodes;
        private int leafCount;
        private int catSets;

        Builder(int features) {
            this.features = features;
            catStart.add(0);
        }

        int trees() { return roots.size(); }

        void add(int t, Map<String, String> m, int output, Reader r) {
            String where = "tree " + t;
            if (!String.valueOf(t).equals(m.get("Tree"))) {
                throw r.fail("tree " + t + " is numbered '" + m.get("Tree") + "'");
            }
            if (!"0".equals(m.getOrDefault("is_linear", "0").trim())) {
                throw r.fail(where + " is a linear tree, which is not supported for scoring");
            }
            int n = r.positive(m, "num_leaves", where);
            int cats = r.positive(m, "num_cat", where, 0);
            double[] leafValues = r.doubles(m, "leaf_value", n, where);
            int internal = n - 1;
            int[] f = r.ints(m, "split_feature", internal, where);
            double[] th = r.doubles(m, "threshold", internal, where);
            int[] dt = r.ints(m, "decision_type", internal, where);
            int[] l = r.ints(m, "left_child", internal, where);
            int[] rt = r.ints(m, "right_child", internal, where);
            int[] bounds = cats > 0 ? r.ints(m, "cat_boundaries", cats + 1, where) : new int[] {0};
            int words = bounds[bounds.length - 1];
            int[] bits = cats > 0 ? r.ints(m, "cat_threshold", words, where) : new int[0];
            if (bounds[0] != 0) {
                throw r.fail(where + ": cat_boundaries must start at 0");
            }
            for (int s = 0; s < cats; s++) {
                if (bounds[s + 1] < bounds[s]) {
                    throw r.fail(where + ": cat_boundaries decrease at " + s);
                }
            }
            byte[] decision = new byte[internal];
            int[] parents = new int[internal + n];
            for (int i = 0; i < internal; i++) {
                if (f[i] < 0 || f[i] >= features) {
                    throw r.fail(where + ": node " + i + " splits on feature " + f[i] + " of " + features);
                }
                if (dt[i] < 0 || dt[i] > 15) {
                    throw r.fail(where + ": node " + i + " has decision type " + dt[i]);
                }
                decision[i] = (byte) dt[i];
                if ((dt[i] & LgbmTrees.CATEGORICAL) != 0) {
                    double s = th[i];
                    if (s != Math.rint(s) || s < 0 || s >= cats) {
                        throw r.fail(where + ": categorical node " + i + " names category set " + s + " of " + cats);
                    }
                    th[i] = s + catSets;
                }
                for (int c : new int[] {l[i], rt[i]}) {
                    boolean ok = c >= 0 ? c > i && c < internal : ~c < n;
                    if (!ok) {
                        throw r.fail(where + ": node " + i + " has child " + c + " out of range");
                    }
                    if (parents[c >= 0 ? c : internal + ~c]++ != 0) {
                        throw r.fail(where + ": node " + c + " has more than one parent");
                    }
                }
            }
            for (int i = 0; i < internal; i++) {
                feature.add(f[i]);
                left.add(global(l[i]));
                right.add(global(rt[i]));
            }
            roots.add(internal == 0 ? ~leafCount : nodes);
            classes.add(output);
            thresholds.add(th);
            decisions.add(decision);
            leaves.add(leafValues);
            int base = catBits.size();
            for (int s = 0; s < cats; s++) {
                catStart.add(base + bounds[s + 1]); // the end of set s is the start of the next
            }
            for (int w : bits) {
                catBits.add(w);
            }
            nodes += internal;
            leafCount += n;
            catSets += cats;
        }

        private int global(int child) {
            return child >= 0 ? child + nodes : ~(~child + leafCount);
        }

        LgbmTrees build() {
            double[] th = new double[nodes];
            byte[] dt = new byte[nodes];
            int k = 0;
            for (int t = 0; t < thresholds.size(); t++) {
                System.arraycopy(thresholds.get(t), 0, th, k, thresholds.get(t).length);
                System.arraycopy(decisions.get(t), 0, dt, k, decisions.get(t).length);
                k += thresholds.get(t).length;
            }
            double[] lv = new double[leafCount];
            k = 0;
            for (double[] v : leaves) {
                System.arraycopy(v, 0, lv, k, v.length);
                k += v.length;
            }
            return new LgbmTrees(roots.stream().mapToInt(Integer::intValue).toArray(),
                    classes.stream().mapToInt(Integer::intValue).toArray(), feature.toArray(), th, dt,
                    left.toArray(), right.toArray(), lv, catStart.toArray(), catBits.toArray());
        }
    }

    /** A growable int array (boxing every node of a large model would cost more than the model). */
    private static final class IntList {
        private int[] a = new int[64];
        private int size;

        void add(int v) {
            if (size == a.length) {
                a = java.util.Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int size() { return size; }

        int[] toArray() { return java.util.Arrays.copyOf(a, size); }
    }
}
