package dev.modelyard.scoring.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.scoring.api.Task;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads XGBoost's JSON model format (the schema of {@code Booster.save_model("x.json")}, XGBoost 2 and
 * 3): {@code learner.gradient_booster.model} holds {@code trees[]} (per tree: {@code left_children},
 * {@code right_children}, {@code split_indices}, {@code split_conditions}, {@code default_left},
 * {@code split_type}), {@code tree_info} (the output group of each tree) and {@code iteration_indptr}
 * (where each boosting round's trees start); {@code learner.learner_model_param.base_score} is the
 * intercept in output space, a number or (newer versions) a vector per output, written as a string.
 * A leaf's value is its {@code split_conditions} entry: XGBoost keeps split threshold and leaf value
 * in one slot, and {@code base_weights} of a leaf only equals it before learning-rate scaling.
 */
final class XgbModelJson {
    private final ObjectNode root;

    private XgbModelJson(ObjectNode root) {
        this.root = root;
    }

    static XgbModelJson parse(byte[] json) {
        try {
            JsonNode n = Json.mapper().readTree(json);
            if (!(n instanceof ObjectNode o) || !o.path("learner").isObject()) {
                throw bad("no 'learner' object");
            }
            return new XgbModelJson(o);
        } catch (IOException e) {
            throw bad("not valid JSON: " + e.getMessage());
        }
    }

    private JsonNode model() {
        JsonNode gb = root.path("learner").path("gradient_booster");
        if (!"gbtree".equals(gb.path("name").asText())) {
            throw bad("only the gbtree booster is supported, found '" + gb.path("name").asText() + "'");
        }
        return gb.path("model");
    }

    String objective() {
        return root.path("learner").path("objective").path("name").asText();
    }

    int featureCount() {
        return Integer.parseInt(root.path("learner").path("learner_model_param").path("num_feature").asText("0"));
    }

    /** Boosting rounds stored. */
    int rounds() {
        return Math.max(model().path("iteration_indptr").size() - 1, 0);
    }

    /** A copy that keeps only the first {@code keep} rounds, as compact JSON bytes XGBoost can load. */
    byte[] firstRounds(int keep) {
        ObjectNode copy = root.deepCopy();
        ObjectNode model = (ObjectNode) copy.path("learner").path("gradient_booster").path("model");
        ArrayNode indptr = (ArrayNode) model.path("iteration_indptr");
        if (keep < 0 || keep >= indptr.size()) {
            throw new IllegalArgumentException("cannot keep " + keep + " of " + (indptr.size() - 1) + " rounds");
        }
        int trees = indptr.get(keep).asInt();
        truncate(indptr, keep + 1);
        truncate((ArrayNode) model.path("trees"), trees);
        truncate((ArrayNode) model.path("tree_info"), trees);
        ((ObjectNode) model.path("gbtree_model_param")).put("num_trees", Integer.toString(trees));
        try {
            return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(copy);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write XGBoost JSON", e);
        }
    }

    /** The intercept in margin space, one per output group ({@code groups} = classes for multiclass, else 1). */
    double[] baseMargin(Task task, int groups) {
        String text = root.path("learner").path("learner_model_param").path("base_score").asText("");
        float[] score = parseScores(text);
        if (score.length != 1 && score.length != groups) {
            throw bad("base_score has " + score.length + " values for " + groups + " outputs");
        }
        double[] m = new double[groups];
        for (int g = 0; g < groups; g++) {
            float s = score.length == 1 ? score[0] : score[g];
            // binary:logistic stores the intercept as a probability; XGBoost turns it into a margin in float.
            m[g] = task == Task.BINARY ? (float) -Math.log(1.0f / s - 1.0f) : s;
        }
        return m;
    }

    private static float[] parseScores(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        try {
            String[] parts = t.split(",");
            float[] v = new float[parts.length];
            for (int i = 0; i < parts.length; i++) {
                v[i] = Float.parseFloat(parts[i].trim());
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad("base_score '" + text + "' is not a number");
        }
    }

    /** Every tree, re-laid out in pre-order (reachable nodes only, children after parents). */
    FlatTrees flatten() {
        JsonNode model = model();
        JsonNode trees = model.path("trees");
        JsonNode info = model.path("tree_info");
        if (info.size() != trees.size()) {
            throw bad("tree_info has " + info.size() + " entries for " + trees.size() + " trees");
        }
        int capacity = 0;
        for (JsonNode t : trees) {
            capacity += t.path("left_children").size();
        }
        Builder b = new Builder(capacity, trees.size());
        for (int t = 0; t < trees.size(); t++) {
            b.addTree(trees.get(t), info.get(t).asInt(), t);
        }
        return b.build();
    }

    private static final class Builder {
        final int[] left;
        final int[] right;
        final int[] feature;
        final float[] threshold;
        final byte[] defaultLeft;
        final float[] leaf;
        final int[] treeRoot;
        final int[] treeClass;
        int next;

        Builder(int capacity, int trees) {
            left = new int[capacity];
            right = new int[capacity];
            feature = new int[capacity];
            threshold = new float[capacity];
            defaultLeft = new byte[capacity];
            leaf = new float[capacity];
            treeRoot = new int[trees];
            treeClass = new int[trees];
        }

        void addTree(JsonNode tree, int group, int t) {
            JsonNode l = tree.path("left_children");
            JsonNode r = tree.path("right_children");
            JsonNode idx = tree.path("split_indices");
            JsonNode cond = tree.path("split_conditions");
            JsonNode dl = tree.path("default_left");
            JsonNode type = tree.path("split_type");
            int n = l.size();
            if (n == 0 || r.size() != n || idx.size() != n || cond.size() != n || dl.size() != n) {
                throw bad("tree " + t + " has inconsistent node arrays");
            }
            treeRoot[t] = next;
            treeClass[t] = group;
            emit(tree, l, r, idx, cond, dl, type, 0, t, 0);
        }

        /** Copies old node {@code old} and its subtree from position {@code next}; returns its new index. */
        private int emit(JsonNode tree, JsonNode l, JsonNode r, JsonNode idx, JsonNode cond, JsonNode dl, JsonNode type,
                         int old, int t, int depth) {
            int n = l.size();
            if (old < 0 || old >= n || depth > n) {
                throw bad("tree " + t + " has a child index out of range or a cycle");
            }
            int me = next++;
            if (me >= left.length) {
                throw bad("tree " + t + " reaches more nodes than it stores");
            }
            int lc = l.get(old).asInt();
            if (lc < 0) {
                left[me] = -1;
                right[me] = -1;
                leaf[me] = cond.get(old).floatValue();
                return me;
            }
            if (type.size() > old && type.get(old).asInt() != 0) {
                throw bad("tree " + t + " uses a categorical split, which is not supported");
            }
            feature[me] = idx.get(old).asInt();
            threshold[me] = cond.get(old).floatValue();
            defaultLeft[me] = (byte) (dl.get(old).asInt() != 0 ? 1 : 0);
            left[me] = emit(tree, l, r, idx, cond, dl, type, lc, t, depth + 1);
            right[me] = emit(tree, l, r, idx, cond, dl, type, r.get(old).asInt(), t, depth + 1);
            return me;
        }

        FlatTrees build() {
            return new FlatTrees(Arrays.copyOf(left, next), Arrays.copyOf(right, next), Arrays.copyOf(feature, next),
                    Arrays.copyOf(threshold, next), Arrays.copyOf(defaultLeft, next), Arrays.copyOf(leaf, next),
                    treeRoot, treeClass);
        }
    }

    private static void truncate(ArrayNode a, int size) {
        while (a.size() > size) {
            a.remove(a.size() - 1);
        }
    }

    private static ModelyardException bad(String what) {
        return new ModelyardException(ErrorCode.INVALID_INPUT, "XGBoost model JSON: " + what);
    }
}
