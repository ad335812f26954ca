package dev.modelyard.scoring.tree;

/**
 * Shallow LightGBM trees without categorical splits, laid out as complete binary trees of one depth and
 * walked branch-free, eight at a time, as {@link CompleteTrees} does for XGBoost; here in LightGBM's
 * arithmetic. Before a walk the row becomes order-preserving long keys of its doubles, five per feature,
 * one for each way a node may read a value: missing mode none (NaN reads as 0), NaN (missing goes left /
 * right) and zero (NaN and |v| ≤ 1e-35 go left / right). A node holds the slot it reads and
 * {@code key(threshold) + 1}; the row goes left when its key is less, which is LightGBM's
 * {@code v <= threshold}. Leaves are doubles summed in tree order, so results equal {@link LgbmTrees}'s.
 */
final class LgbmCompleteTrees {
    static final int MAX_DEPTH = 10;
    /** Padded leaves over all trees above which the layout costs too much memory (32 MiB of leaves). */
    static final long MAX_LEAVES = 1L << 22;
    /** Key slots per feature: none; NaN-mode left, right; zero-mode left, right. */
    static final int SLOTS = 5;

    private final int depth;
    private final int internal;
    private final int width;
    /** Per node, two longs: the key slot it reads, and the key a value must be below to go left. */
    private final long[] nodes;
    private final double[] leaves;
    private final int[] treeClass;
    private final boolean oneOutput;

    private LgbmCompleteTrees(int depth, int width, long[] nodes, double[] leaves, int[] treeClass) {
        this.depth = depth;
        this.internal = (1 << depth) - 1;
        this.width = width;
        this.nodes = nodes;
        this.leaves = leaves;
        this.treeClass = treeClass;
        boolean one = true;
        for (int c : treeClass) {
            one &= c == 0;
        }
        this.oneOutput = one;
    }

    /** The layout of {@code t}, or null when it has categorical splits or is too deep or large for it. */
    static LgbmCompleteTrees of(LgbmTrees t) {
        int width = t.keyWidth();
        if (width == 0) {
            return null;
        }
        int depth = 0;
        for (int root : t.root) {
            depth = Math.max(depth, depth(t, root, 0));
            if (depth > MAX_DEPTH) {
                return null;
            }
        }
        int trees = t.treeCount();
        if (((long) trees << depth) > MAX_LEAVES) {
            return null;
        }
        int internal = (1 << depth) - 1;
        long[] nodes = new long[2 * trees * internal];
        double[] leaves = new double[trees << depth];
        for (int tree = 0; tree < trees; tree++) {
            fill(t, t.root[tree], 0, 0, depth, width, nodes, tree * internal, leaves, tree << depth);
        }
        return new LgbmCompleteTrees(depth, width, nodes, leaves, t.treeClass.clone());
    }

    private static int depth(LgbmTrees t, int node, int level) {
        if (node < 0 || level > MAX_DEPTH) {
            return level;
        }
        return Math.max(depth(t, t.left[node], level + 1), depth(t, t.right[node], level + 1));
    }

    private static void fill(LgbmTrees t, int node, int pos, int level, int depth, int width, long[] nodes,
                             int nodeBase, double[] leaves, int leafBase) {
        if (level == depth) {
            leaves[leafBase + pos - ((1 << depth) - 1)] = t.leaf[~node];
            return;
        }
        int at = 2 * (nodeBase + pos);
        if (node < 0) {
            // A leaf above the bottom: every value goes right, and every leaf below holds this value.
            nodes[at] = 0;
            nodes[at + 1] = Long.MIN_VALUE;
            fill(t, node, 2 * pos + 1, level + 1, depth, width, nodes, nodeBase, leaves, leafBase);
            fill(t, node, 2 * pos + 2, level + 1, depth, width, nodes, nodeBase, leaves, leafBase);
        } else {
            nodes[at] = (long) slot(t.decision[node]) * width + t.feature[node];
            nodes[at + 1] = leftBelow(t.threshold[node]);
            fill(t, t.left[node], 2 * pos + 1, level + 1, depth, width, nodes, nodeBase, leaves, leafBase);
            fill(t, t.right[node], 2 * pos + 2, level + 1, depth, width, nodes, nodeBase, leaves, leafBase);
        }
    }

    /** The key slot a node reads: 0 none, 1/2 NaN-mode left/right, 3/4 zero-mode left/right. */
    static int slot(int decision) {
        int missing = (decision >> 2) & 3;
        boolean left = (decision & LgbmTrees.DEFAULT_LEFT) != 0;
        return switch (missing) {
            case 1 -> left ? 3 : 4;
            case 2 -> left ? 1 : 2;
            default -> 0;
        };
    }

    /** The key a row's key must be below to go left, i.e. LightGBM's {@code v <= threshold}; a NaN threshold sends all right. */
    static long leftBelow(double threshold) {
        return threshold != threshold ? Long.MIN_VALUE : key(threshold) + 1;
    }

    /** The ordered key of a non-NaN double; -0.0 and 0.0 share one. */
    static long key(double v) {
        long bits = Double.doubleToRawLongBits(v + 0.0);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** Keys of the first {@code w} values of {@code x} in every slot (slot {@code s} of feature {@code j} at {@code s w + j}). */
    static void fillKeys(double[] x, int w, long[] keys) {
        for (int j = 0; j < w; j++) {
            double v = x[j];
            if (v != v) {
                keys[j] = 0; // key(0.0)
                keys[w + j] = Long.MIN_VALUE;
                keys[2 * w + j] = Long.MAX_VALUE;
                keys[3 * w + j] = Long.MIN_VALUE;
                keys[4 * w + j] = Long.MAX_VALUE;
            } else {
                long k = key(v);
                boolean zero = v >= -LgbmTrees.ZERO && v <= LgbmTrees.ZERO;
                keys[j] = k;
                keys[w + j] = k;
                keys[2 * w + j] = k;
                keys[3 * w + j] = zero ? Long.MIN_VALUE : k;
                keys[4 * w + j] = zero ? Long.MAX_VALUE : k;
            }
        }
    }

    /** A walker with its own key buffer, for one thread. */
    LgbmTrees.Cursor cursor() {
        long[] keys = new long[SLOTS * width];
        return (x, margins) -> {
            fillKeys(x, width, keys);
            if (oneOutput) {
                margins[0] = sum(keys, margins[0]);
            } else {
                for (int t = 0; t < treeClass.length; t++) {
                    margins[treeClass[t]] += leafValue(t, keys);
                }
            }
        };
    }

    private int step(int base, int i, long[] keys) {
        int at = 2 * (base + i);
        return 2 * i + 2 - (keys[(int) nodes[at]] < nodes[at + 1] ? 1 : 0);
    }

    private double leafValue(int t, long[] keys) {
        int base = t * internal;
        int i = 0;
        for (int d = 0; d < depth; d++) {
            i = step(base, i, keys);
        }
        return leaves[t * (internal + 1) + i - internal];
    }

    /** One output: eight independent walks side by side, leaves added in tree order. */
    private double sum(long[] keys, double acc) {
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
}
