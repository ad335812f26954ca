package dev.modelyard.scoring.tree;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.scoring.api.Task;
import java.util.Arrays;
import java.util.List;

/**
 * Reads XGBoost's JSON model format (the schema of {@code Booster.save_model("x.json")}, XGBoost 2 and
 * 3): {@code learner.gradient_booster.model} holds {@code trees[]} (per tree: {@code left_children},
 * {@code right_children}, {@code split_indices}, {@code split_conditions}, {@code default_left},
 * {@code split_type}), {@code tree_info} (the output group of each tree) and {@code iteration_indptr}
 * (where each boosting round's trees start); {@code learner.learner_model_param.base_score} is the
 * intercept in output space, a number or (newer versions) a vector per output, written as a string.
 * A leaf's value is its {@code split_conditions} entry: XGBoost keeps split threshold and leaf value
 * in one slot, and {@code base_weights} of a leaf only equals it before learning-rate scaling.
 * {@link XgbJsonReader} streams JSON into this, {@link XgbUbj} reads the same schema as UBJSON;
 * {@link XgbJsonTrim} cuts rounds off the JSON bytes.
 */
final class XgbModelJson {
    /** One tree's node arrays as stored, one entry per node (possibly empty when the JSON lacks them). */
    record Tree(int[] left, int[] right, int[] splitIndices, float[] splitConditions, int[] defaultLeft, int[] splitType) {}

    private final String baseScore;
    private final int[] treeInfo;
    private final int[] iterationIndptr;
    private final List<Tree> trees;

    XgbModelJson(String booster, String baseScore, int[] treeInfo, int[] iterationIndptr, List<Tree> trees) {
        if (!"gbtree".equals(booster)) {
            throw bad("only the gbtree booster is supported, found '" + booster + "'");
        }
        this.baseScore = baseScore;
        this.treeInfo = treeInfo;
        this.iterationIndptr = iterationIndptr;
        this.trees = trees;
    }

    /** Reads a model in XGBoost's JSON or UBJSON format (gbtree only); fails on damaged bytes or a missing learner. */
    static XgbModelJson parse(byte[] model) {
        return XgbUbj.isUbj(model) ? XgbUbj.read(model) : XgbJsonReader.read(model);
    }

    /** Boosting rounds stored. */
    int rounds() {
        return Math.max(iterationIndptr.length - 1, 0);
    }

    /** How many trees the first {@code keep} rounds hold. */
    int treesBefore(int keep) {
        if (keep < 0 || keep >= iterationIndptr.length) {
            throw new IllegalArgumentException("cannot keep " + keep + " of " + rounds() + " rounds");
        }
        return iterationIndptr[keep];
    }

    /** The intercept in margin space, one per output group ({@code groups} = classes for multiclass, else 1). */
    double[] baseMargin(Task task, int groups) {
        float[] score = parseScores(baseScore);
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

    /** The trees of the first {@code keep} rounds, re-laid out in pre-order (reachable nodes only, children after parents). */
    FlatTrees flatten(int keep) {
        int limit = keep == rounds() ? Integer.MAX_VALUE : Math.max(treesBefore(keep), 0);
        int count = Math.min(trees.size(), limit);
        int info = Math.min(treeInfo.length, limit);
        if (info != count) {
            throw bad("tree_info has " + info + " entries for " + count + " trees");
        }
        int capacity = 0;
        for (int t = 0; t < count; t++) {
            capacity += trees.get(t).left().length;
        }
        Builder b = new Builder(capacity, count);
        for (int t = 0; t < count; t++) {
            b.addTree(trees.get(t), treeInfo[t], t);
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

        void addTree(Tree tree, int group, int t) {
            int n = tree.left().length;
            if (n == 0 || tree.right().length != n || tree.splitIndices().length != n
                    || tree.splitConditions().length != n || tree.defaultLeft().length != n) {
                throw bad("tree " + t + " has inconsistent node arrays");
            }
            treeRoot[t] = next;
            treeClass[t] = group;
            emit(tree, 0, t, 0);
        }

        /** Copies old node {@code old} and its subtree from position {@code next}; returns its new index. */
        private int emit(Tree tree, int old, int t, int depth) {
            int n = tree.left().length;
            if (old < 0 || old >= n || depth > n) {
                throw bad("tree " + t + " has a child index out of range or a cycle");
            }
            int me = next++;
            if (me >= left.length) {
                throw bad("tree " + t + " reaches more nodes than it stores");
            }
            int lc = tree.left()[old];
            if (lc < 0) {
                left[me] = -1;
                right[me] = -1;
                leaf[me] = tree.splitConditions()[old];
                return me;
            }
            if (tree.splitType().length > old && tree.splitType()[old] != 0) {
                throw bad("tree " + t + " uses a categorical split, which is not supported");
            }
            feature[me] = tree.splitIndices()[old];
            threshold[me] = tree.splitConditions()[old];
            defaultLeft[me] = (byte) (tree.defaultLeft()[old] != 0 ? 1 : 0);
            left[me] = emit(tree, lc, t, depth + 1);
            right[me] = emit(tree, tree.right()[old], t, depth + 1);
            return me;
        }

        FlatTrees build() {
            return new FlatTrees(Arrays.copyOf(left, next), Arrays.copyOf(right, next), Arrays.copyOf(feature, next),
                    Arrays.copyOf(threshold, next), Arrays.copyOf(defaultLeft, next), Arrays.copyOf(leaf, next),
                    treeRoot, treeClass);
        }
    }

    static ModelyardException bad(String what) {
        return new ModelyardException(ErrorCode.INVALID_INPUT, "XGBoost model JSON: " + what);
    }
}
