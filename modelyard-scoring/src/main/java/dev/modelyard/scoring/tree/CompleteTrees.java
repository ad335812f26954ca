package dev.modelyard.scoring.tree;

import java.util.Arrays;

/**
 * Shallow trees laid out as complete binary trees of one fixed depth {@code D} (heap order: the children
 * of node {@code i} are {@code 2i + 1} and {@code 2i + 2}). Every walk takes exactly {@code D} steps with
 * no child pointers to load and no loop-exit branch to mispredict, which is what makes one-row scoring
 * of a few hundred trees fast. A leaf above depth {@code D} is padded: the nodes below it split on
 * anything and every leaf below it holds its value, so every path gives the same answer.
 *
 * <p>A step is one integer compare. Before a walk the row becomes {@link FloatKey}s: {@code keys[j]}
 * (missing sorts below every threshold) and {@code keys[p + j]} (missing sorts above every threshold),
 * {@code p} = {@link #width}. Internal node {@code i} of tree {@code t} is the int pair at
 * {@code 2 (t I + i)}: the key slot to read ({@code j} when missing values go left, {@code p + j} when
 * they go right) and the threshold's key; the row goes left when its key is less. Slot and threshold
 * share a cache line, so a step reads one line of the model. Leaves are {@code leaves[t L + j]},
 * {@code L = 2^D}.
 */
final class CompleteTrees implements TreeWalker {
    /** Deeper trees would waste memory on padding (2^D leaves per tree); they use {@link PackedTrees}. */
    static final int MAX_DEPTH = 10;
    /** Padded leaves over all trees above which the layout would cost too much memory (32 MiB of leaves). */
    static final long MAX_LEAVES = 1L << 23;

    private final int depth;
    private final int internal;
    /** Features the trees read: one more than the largest split feature. */
    private final int width;
    private final int[] nodes;
    private final float[] leaves;
    private final int[] treeClass;
    private final boolean oneOutput;

    private CompleteTrees(int depth, int width, int[] nodes, float[] leaves, int[] treeClass) {
        this.depth = depth;
        this.internal = (1 << depth) - 1;
        this.width = width;
        this.nodes = nodes;
        this.leaves = leaves;
        this.treeClass = treeClass;
        this.oneOutput = Arrays.stream(treeClass).allMatch(c -> c == 0);
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
        int width = 1;
        for (int i = 0; i < t.nodeCount(); i++) {
            if (t.left[i] >= 0) {
                width = Math.max(width, t.feature[i] + 1);
            }
        }
        int[] nodes = new int[2 * trees * internal];
        float[] leaves = new float[trees * leafCount];
        for (int tree = 0; tree < trees; tree++) {
            fill(t, t.treeRoot[tree], 0, 0, depth, width, nodes, tree * internal, leaves, tree * leafCount);
        }
        return new CompleteTrees(depth, width, nodes, leaves, t.treeClass.clone());
    }

    /** Writes source node {@code src} at heap position {@code pos} of level {@code level}, and its subtree below it. */
    private static void fill(FlatTrees t, int src, int pos, int level, int depth, int width, int[] nodes,
                             int nodeBase, float[] leaves, int leafBase) {
        if (level == depth) {
            leaves[leafBase + pos - ((1 << depth) - 1)] = t.leaf[src];
            return;
        }
        int at = 2 * (nodeBase + pos);
        if (t.left[src] < 0) {
            // A leaf above the bottom: any split below it leads to this same value.
            nodes[at] = 0;
            nodes[at + 1] = FloatKey.NEVER;
            fill(t, src, 2 * pos + 1, level + 1, depth, width, nodes, nodeBase, leaves, leafBase);
            fill(t, src, 2 * pos + 2, level + 1, depth, width, nodes, nodeBase, leaves, leafBase);
        } else {
            nodes[at] = t.feature[src] + (t.defaultLeft[src] != 0 ? 0 : width);
            nodes[at + 1] = FloatKey.threshold(t.threshold[src]);
            fill(t, t.left[src], 2 * pos + 1, level + 1, depth, width, nodes, nodeBase, leaves, leafBase);
            fill(t, t.right[src], 2 * pos + 2, level + 1, depth, width, nodes, nodeBase, leaves, leafBase);
        }
    }

    @Override
    public Cursor cursor() {
        int[] keys = new int[2 * width];
        return (x, margins) -> {
            FloatKey.fill(x, width, keys);
            if (oneOutput) {
                margins[0] = sum(keys, (float) margins[0]);
            } else {
                addByClass(keys, margins);
            }
        };
    }

    /** One step down: the heap index of the child of node {@code i} (of the tree at {@code base}) that the row takes. */
    private int step(int base, int i, int[] keys) {
        int at = 2 * (base + i);
        // Branch-free on purpose: rows take unpredictable paths, and a mispredicted branch costs more than this.
        return 2 * i + 2 - (keys[nodes[at]] < nodes[at + 1] ? 1 : 0);
    }

    private float leafValue(int t, int[] keys) {
        int base = t * internal;
        int i = 0;
        for (int d = 0; d < depth; d++) {
            i = step(base, i, keys);
        }
        return leaves[t * (internal + 1) + i - internal];
    }

    /**
     * One output (binary, regression): the sum stays in a float register; a float add rounds exactly as
     * XGBoost's {@code (float) (m + leaf)} does. Eight trees walk side by side: their paths are independent
     * chains of loads, so the CPU overlaps them instead of waiting on one. Leaves are added in tree order.
     */
    private float sum(int[] keys, float acc) {
        int w = internal + 1;
        int trees = treeClass.length;
        int t = 0;
        for (; t + 8 <= trees; t += 8) {
            int b = t * internal;
            int i0 = 0, i1 = 0, i2 = 0, i3 = 0, i4 = 0, i5 = 0, i6 = 0, i7 = 0;
            for (int d = 0; d < depth; d++) {
                i0 = step(b, i0, keys);
                i1 = step(b + internal, i1, keys);
                i2 = step(b + 2 * internal, i2, keys);
                i3 = step(b + 3 * internal, i3, keys);
                i4 = step(b + 4 * internal, i4, keys);
                i5 = step(b + 5 * internal, i5, keys);
                i6 = step(b + 6 * internal, i6, keys);
                i7 = step(b + 7 * internal, i7, keys);
            }
            int l = t * w - internal;
            acc += leaves[l + i0];
            acc += leaves[l + w + i1];
            acc += leaves[l + 2 * w + i2];
            acc += leaves[l + 3 * w + i3];
            acc += leaves[l + 4 * w + i4];
            acc += leaves[l + 5 * w + i5];
            acc += leaves[l + 6 * w + i6];
            acc += leaves[l + 7 * w + i7];
        }
        for (; t < trees; t++) {
            acc += leafValue(t, keys);
        }
        return acc;
    }

    /** Several outputs (multiclass): each tree's leaf goes to its class's margin, four trees side by side. */
    private void addByClass(int[] keys, double[] margins) {
        int w = internal + 1;
        int t = 0;
        for (; t + 4 <= treeClass.length; t += 4) {
            int b = t * internal;
            int i0 = 0, i1 = 0, i2 = 0, i3 = 0;
            for (int d = 0; d < depth; d++) {
                i0 = step(b, i0, keys);
                i1 = step(b + internal, i1, keys);
                i2 = step(b + 2 * internal, i2, keys);
                i3 = step(b + 3 * internal, i3, keys);
            }
            int l = t * w - internal;
            add(margins, treeClass[t], leaves[l + i0]);
            add(margins, treeClass[t + 1], leaves[l + w + i1]);
            add(margins, treeClass[t + 2], leaves[l + 2 * w + i2]);
            add(margins, treeClass[t + 3], leaves[l + 3 * w + i3]);
        }
        for (; t < treeClass.length; t++) {
            add(margins, treeClass[t], leafValue(t, keys));
        }
    }

    private static void add(double[] margins, int g, float leaf) {
        margins[g] = (float) margins[g] + leaf;
    }
}
