package dev.modelyard.scoring.tree;

/**
 * Deep LightGBM trees without categorical splits (leaf-wise growth easily passes depth 10), packed node by
 * node: two longs per node, siblings adjacent, breadth-first per tree, so a step reads one cache line and
 * finds the right child without a load. The row's values are read through the same five key slots as
 * {@link LgbmCompleteTrees} (one per missing-value mode and side), so a step is one long compare with no
 * branch on the node's missing mode. Sums equal {@link LgbmTrees}'s: the same doubles in tree order.
 *
 * <p>Node {@code i}: the low int of {@code nodes[2i]} is the key slot; bits 32–62 hold the index of the left
 * child (the right one follows it); bit 63 marks a leaf. {@code nodes[2i + 1]} is {@code key(threshold) + 1}
 * (go left when the row's key is less). A leaf is its own left child with an always-true compare, so a walk
 * that reaches it stays; its value is {@code leaf[i]}. Four trees walk side by side until all four stand on
 * leaves: their loads overlap instead of waiting on one another.
 */
final class LgbmPackedTrees {
    private static final long LEAF = Long.MIN_VALUE;

    private final int width;
    private final long[] nodes;
    private final double[] leaf;
    private final int[] roots;
    private final int[] treeClass;

    private LgbmPackedTrees(int width, long[] nodes, double[] leaf, int[] roots, int[] treeClass) {
        this.width = width;
        this.nodes = nodes;
        this.leaf = leaf;
        this.roots = roots;
        this.treeClass = treeClass;
    }

    /** The packed layout of {@code t}, or null when it has categorical splits. */
    static LgbmPackedTrees of(LgbmTrees t) {
        int width = t.keyWidth();
        if (width == 0) {
            return null;
        }
        int total = t.feature.length + t.leaf.length;
        long[] nodes = new long[2 * total];
        double[] leaf = new double[total];
        int[] roots = new int[t.treeCount()];
        int[] queue = new int[total];
        int next = 0;
        for (int tree = 0; tree < roots.length; tree++) {
            roots[tree] = next;
            int head = 0;
            int tail = 0;
            queue[tail++] = t.root[tree];
            int slot = next++;
            // Each queued node owns the next slot in queue order; its children take the next two free slots.
            while (head < tail) {
                int src = queue[head++];
                int self = slot++;
                int at = 2 * self;
                if (src < 0) {
                    nodes[at] = LEAF | ((long) self << 32); // slot 0: any key is below MAX_VALUE, so it stays
                    nodes[at + 1] = Long.MAX_VALUE;
                    leaf[self] = t.leaf[~src];
                } else {
                    long key = (long) LgbmCompleteTrees.slot(t.decision[src]) * width + t.feature[src];
                    nodes[at] = ((long) next << 32) | key;
                    nodes[at + 1] = LgbmCompleteTrees.leftBelow(t.threshold[src]);
                    next += 2;
                    queue[tail++] = t.left[src];
                    queue[tail++] = t.right[src];
                }
            }
        }
        return new LgbmPackedTrees(width, nodes, leaf, roots, t.treeClass.clone());
    }

    /** A walker with its own key buffer, for one thread. */
    LgbmTrees.Cursor cursor() {
        long[] keys = new long[LgbmCompleteTrees.SLOTS * width];
        return (x, margins) -> {
            LgbmCompleteTrees.fillKeys(x, width, keys);
            addTo(keys, margins);
        };
    }

    private void addTo(long[] keys, double[] margins) {
        long[] a = nodes;
        int trees = roots.length;
        int t = 0;
        for (; t + 4 <= trees; t += 4) {
            int i0 = roots[t], i1 = roots[t + 1], i2 = roots[t + 2], i3 = roots[t + 3];
            while (true) {
                long h0 = a[2 * i0], h1 = a[2 * i1], h2 = a[2 * i2], h3 = a[2 * i3];
                if ((h0 & h1 & h2 & h3) < 0) {
                    break; // all four on leaves
                }
                i0 = step(h0, i0, keys);
                i1 = step(h1, i1, keys);
                i2 = step(h2, i2, keys);
                i3 = step(h3, i3, keys);
            }
            margins[treeClass[t]] += leaf[i0];
            margins[treeClass[t + 1]] += leaf[i1];
            margins[treeClass[t + 2]] += leaf[i2];
            margins[treeClass[t + 3]] += leaf[i3];
        }
        for (; t < trees; t++) {
            int i = roots[t];
            long h;
            while ((h = a[2 * i]) >= 0) {
                i = step(h, i, keys);
            }
            margins[treeClass[t]] += leaf[i];
        }
    }

    private int step(long head, int i, long[] keys) {
        return (int) ((head >>> 32) & 0x7fffffff) + (keys[(int) head] < nodes[2 * i + 1] ? 0 : 1);
    }
}
