package dev.modelyard.scoring.tree;

/**
 * Shallow trees laid out as complete binary trees of one fixed depth {@code D} (heap order: the children
 * of node {@code i} are {@code 2i + 1} and {@code 2i + 2}). Every walk takes exactly {@code D} steps with
 * no child pointers to load and no loop-exit branch to mispredict, which is what makes one-row scoring
 * of a few hundred trees fast. A leaf above depth {@code D} is padded: the nodes below it split on
 * anything and every leaf below it holds its value, so every path gives the same answer.
 *
 * <p>Internal node {@code i} of tree {@code t} is at {@code n = t I + i}: {@code features[n]} is the split
 * feature (with {@link PackedTrees#DEFAULT_LEFT} when missing values go left) and {@code bounds[n]} the
 * threshold as a double bound (see {@link FloatBound}), so a step compares the row's double directly
 * instead of converting it to float first. Leaves are {@code leaves[t L + j]}, {@code L = 2^D}.
 */
final class CompleteTrees implements TreeWalker {
    /** Deeper trees would waste memory on padding (2^D leaves per tree); they use {@link PackedTrees}. */
    static final int MAX_DEPTH = 10;
    /** Padded leaves over all trees above which the layout would cost too much memory (32 MiB of leaves). */
    static final long MAX_LEAVES = 1L << 23;
    private static final int FEATURE_MASK = PackedTrees.DEFAULT_LEFT - 1;
    private static final int DEFAULT_LEFT_SHIFT = Integer.numberOfTrailingZeros(PackedTrees.DEFAULT_LEFT);

    private final int depth;
    private final int internal;
    private final int[] features;
    private final double[] bounds;
    private final float[] leaves;
    private final int[] treeClass;

    private CompleteTrees(int depth, int[] features, double[] bounds, float[] leaves, int[] treeClass) {
        this.depth = depth;
        this.internal = (1 << depth) - 1;
        this.features = features;
        this.bounds = bounds;
        this.leaves = leaves;
        this.treeClass = treeClass;
    }

    /** Depth of the deepest tree (a single leaf has depth 0). */
    static int maxDepth(FlatTrees t) {
        int max = 0;
        int[] depthOf = new int[t.nodeCount()];
        for (int tree = 0; tree < t.treeCount(); tree++) {
            int start = t.treeRoot[tree];
            int end = tree + 1 < t.treeCount() ? t.treeRoot[tree + 1] : t.nodeCount();
            depthOf[start] = 0;
            for (int i = start; i < end; i++) { // children come after their parent (FlatTrees.validate)
                if (t.left[i] >= 0) {
                    depthOf[t.left[i]] = depthOf[i] + 1;
                    depthOf[t.right[i]] = depthOf[i] + 1;
                    max = Math.max(max, depthOf[i] + 1);
                    if (max > MAX_DEPTH) {
                        return max;
                    }
                }
            }
        }
        return max;
    }

    static CompleteTrees of(FlatTrees t, int depth) {
        int trees = t.treeCount();
        int internal = (1 << depth) - 1;
        int leafCount = 1 << depth;
        int[] features = new int[trees * internal];
        double[] bounds = new double[trees * internal];
        float[] leaves = new float[trees * leafCount];
        for (int tree = 0; tree < trees; tree++) {
            fill(t, t.treeRoot[tree], 0, 0, depth, features, bounds, tree * internal, leaves, tree * leafCount);
        }
        return new CompleteTrees(depth, features, bounds, leaves, t.treeClass.clone());
    }

    /** Writes source node {@code src} at heap position {@code pos} of level {@code level}, and its subtree below it. */
    private static void fill(FlatTrees t, int src, int pos, int level, int depth, int[] features, double[] bounds,
                             int nodeBase, float[] leaves, int leafBase) {
        if (level == depth) {
            leaves[leafBase + pos - ((1 << depth) - 1)] = t.leaf[src];
            return;
        }
        int at = nodeBase + pos;
        if (t.left[src] < 0) {
            // A leaf above the bottom: any split below it leads to this same value.
            features[at] = 0;
            bounds[at] = Double.NaN;
            fill(t, src, 2 * pos + 1, level + 1, depth, features, bounds, nodeBase, leaves, leafBase);
            fill(t, src, 2 * pos + 2, level + 1, depth, features, bounds, nodeBase, leaves, leafBase);
        } else {
            features[at] = t.feature[src] | (t.defaultLeft[src] != 0 ? PackedTrees.DEFAULT_LEFT : 0);
            bounds[at] = FloatBound.below(t.threshold[src]);
            fill(t, t.left[src], 2 * pos + 1, level + 1, depth, features, bounds, nodeBase, leaves, leafBase);
            fill(t, t.right[src], 2 * pos + 2, level + 1, depth, features, bounds, nodeBase, leaves, leafBase);
        }
    }

    /** One step down: the heap index of the child of node {@code i} (of the tree at {@code base}) that row {@code x} takes. */
    private int step(int base, int i, double[] x) {
        int at = base + i;
        int f = features[at];
        double v = x[f & FEATURE_MASK];
        // Branch-free on purpose: rows take unpredictable paths, and a mispredicted branch per level costs
        // more than the arithmetic. Go left when v < threshold, or when v is NaN and missing values go left
        // (a NaN compares false; NaN thresholds, i.e. padding, send every value right).
        int lt = v < bounds[at] ? 1 : 0;
        int nanLeft = (v != v ? 1 : 0) & (f >>> DEFAULT_LEFT_SHIFT);
        return 2 * i + 2 - (lt | nanLeft);
    }

    private float leafValue(int t, double[] x) {
        int base = t * internal;
        int i = 0;
        for (int d = 0; d < depth; d++) {
            i = step(base, i, x);
        }
        return leaves[t * (internal + 1) + i - internal];
    }

    @Override
    public void addTo(double[] x, double[] margins) {
        int w = internal + 1;
        int t = 0;
        // Four trees side by side: their paths are independent, so the CPU overlaps the four chains of
        // loads instead of waiting on one. Leaves are still added in tree order.
        for (; t + 4 <= treeClass.length; t += 4) {
            int b0 = t * internal;
            int b1 = b0 + internal;
            int b2 = b1 + internal;
            int b3 = b2 + internal;
            int i0 = 0;
            int i1 = 0;
            int i2 = 0;
            int i3 = 0;
            for (int d = 0; d < depth; d++) {
                i0 = step(b0, i0, x);
                i1 = step(b1, i1, x);
                i2 = step(b2, i2, x);
                i3 = step(b3, i3, x);
            }
            int l = t * w - internal;
            add(margins, treeClass[t], leaves[l + i0]);
            add(margins, treeClass[t + 1], leaves[l + w + i1]);
            add(margins, treeClass[t + 2], leaves[l + 2 * w + i2]);
            add(margins, treeClass[t + 3], leaves[l + 3 * w + i3]);
        }
        for (; t < treeClass.length; t++) {
            add(margins, treeClass[t], leafValue(t, x));
        }
    }

    private static void add(double[] margins, int g, float leaf) {
        margins[g] = (float) margins[g] + leaf;
    }
}
