package dev.modelyard.scoring.tree;

import dev.modelyard.scoring.bundle.Payloads;
import dev.modelyard.scoring.bundle.StepState;
import java.util.Map;

/**
 * All trees of an ensemble in flat primitive arrays: the stored form (scoring repacks it, see
 * {@link TreeWalker}). Node {@code i} is a
 * leaf when {@code left[i] < 0}; otherwise rows with {@code (float) x[feature[i]] < threshold[i]} go
 * to {@code left[i]}, the others to {@code right[i]}, and missing values (NaN) follow
 * {@code defaultLeft[i]}. Tree {@code t} owns nodes {@code treeRoot[t]} up to the next root and adds
 * its leaf value to output group {@code treeClass[t]}. Children always come after their parent inside
 * the same tree ({@link #validate} checks it), so every walk ends.
 *
 * <p>Values are floats because XGBoost trains, stores and compares them as floats; keeping them so
 * reproduces its predictions exactly.
 */
final class FlatTrees {
    final int[] left;
    final int[] right;
    final int[] feature;
    final float[] threshold;
    final byte[] defaultLeft;
    final float[] leaf;
    final int[] treeRoot;
    final int[] treeClass;

    FlatTrees(int[] left, int[] right, int[] feature, float[] threshold, byte[] defaultLeft, float[] leaf,
              int[] treeRoot, int[] treeClass) {
        this.left = left;
        this.right = right;
        this.feature = feature;
        this.threshold = threshold;
        this.defaultLeft = defaultLeft;
        this.leaf = leaf;
        this.treeRoot = treeRoot;
        this.treeClass = treeClass;
    }

    int treeCount() { return treeRoot.length; }

    int nodeCount() { return left.length; }

    /** Checks the arrays describe well-formed trees over {@code features} inputs and {@code groups} outputs. */
    FlatTrees validate(int features, int groups, StepState where) {
        int n = left.length;
        if (right.length != n || feature.length != n || threshold.length != n || defaultLeft.length != n || leaf.length != n) {
            throw where.corrupt("tree node arrays differ in length");
        }
        if (treeClass.length != treeRoot.length) {
            throw where.corrupt("tree root and tree class arrays differ in length");
        }
        for (int t = 0; t < treeRoot.length; t++) {
            int start = treeRoot[t];
            int end = t + 1 < treeRoot.length ? treeRoot[t + 1] : n;
            if (start < 0 || start >= end || end > n || (t == 0 && start != 0)) {
                throw where.corrupt("tree " + t + " has an invalid node range " + start + ".." + end);
            }
            if (treeClass[t] < 0 || treeClass[t] >= groups) {
                throw where.corrupt("tree " + t + " feeds output " + treeClass[t] + " of " + groups);
            }
            for (int i = start; i < end; i++) {
                if (left[i] < 0) {
                    if (right[i] >= 0) {
                        throw where.corrupt("node " + i + " has a right child but no left child");
                    }
                } else if (left[i] <= i || left[i] >= end || right[i] <= i || right[i] >= end) {
                    throw where.corrupt("node " + i + " of tree " + t + " points outside its subtree");
                } else if (feature[i] < 0 || feature[i] >= features) {
                    throw where.corrupt("node " + i + " splits on feature " + feature[i] + " of " + features);
                }
            }
        }
        if (treeRoot.length == 0 && n != 0) {
            throw where.corrupt("nodes without trees");
        }
        // Every node but a root has exactly one parent: the arrays describe trees, not shared subtrees.
        byte[] parents = new byte[n];
        for (int i = 0; i < n; i++) {
            if (left[i] >= 0) {
                for (int child : new int[] {left[i], right[i]}) {
                    if (parents[child]++ != 0) {
                        throw where.corrupt("node " + child + " has more than one parent");
                    }
                }
            }
        }
        for (int t = 0; t < treeRoot.length; t++) {
            if (parents[treeRoot[t]] != 0) {
                throw where.corrupt("the root of tree " + t + " is also a child");
            }
        }
        return this;
    }

    /** Writes the arrays as payloads named {@code tree.*}. */
    void writeTo(Map<String, byte[]> payloads) {
        payloads.put("tree.left", Payloads.ints(left));
        payloads.put("tree.right", Payloads.ints(right));
        payloads.put("tree.feature", Payloads.ints(feature));
        payloads.put("tree.threshold", Payloads.floats(threshold));
        payloads.put("tree.default_left", defaultLeft.clone());
        payloads.put("tree.leaf", Payloads.floats(leaf));
        payloads.put("tree.root", Payloads.ints(treeRoot));
        payloads.put("tree.class", Payloads.ints(treeClass));
    }

    /** Reads what {@link #writeTo} wrote, unchecked: call {@link #validate} next. */
    static FlatTrees readFrom(StepState s) {
        return new FlatTrees(Payloads.toInts(s.payload("tree.left")), Payloads.toInts(s.payload("tree.right")),
                Payloads.toInts(s.payload("tree.feature")), Payloads.toFloats(s.payload("tree.threshold")),
                s.payload("tree.default_left").clone(), Payloads.toFloats(s.payload("tree.leaf")),
                Payloads.toInts(s.payload("tree.root")), Payloads.toInts(s.payload("tree.class")));
    }
}
