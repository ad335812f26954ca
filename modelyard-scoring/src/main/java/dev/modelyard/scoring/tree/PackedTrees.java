package dev.modelyard.scoring.tree;

/**
 * The scoring layout of deep {@link FlatTrees} (see {@link TreeWalker}): every node is three consecutive ints in one array, and the
 * two children of a node sit next to each other, so a step down a tree reads one or two cache lines
 * instead of one per field array, and the right child is found without a load ({@code left + 1 node}).
 *
 * <p>Node at offset {@code i}: {@code nodes[i]} is the split feature, with {@link #DEFAULT_LEFT} set
 * when missing values go left, or {@link #LEAF} for a leaf; {@code nodes[i + 1]} holds the float bits
 * of the threshold (or of the leaf value); {@code nodes[i + 2]} is the offset of the left child. Sums
 * are taken in tree order with float rounding, exactly as {@link FlatTrees} (and XGBoost) do.
 */
final class PackedTrees implements TreeWalker {
    static final int LEAF = -1;
    static final int DEFAULT_LEFT = 1 << 30;
    private static final int FEATURE_MASK = DEFAULT_LEFT - 1;
    private static final int WIDTH = 3;

    private final int[] nodes;
    private final int[] roots;
    private final int[] treeClass;

    private PackedTrees(int[] nodes, int[] roots, int[] treeClass) {
        this.nodes = nodes;
        this.roots = roots;
        this.treeClass = treeClass;
    }

    /** Repacks validated trees breadth-first per tree, siblings adjacent. */
    static PackedTrees of(FlatTrees t) {
        int n = t.nodeCount();
        int[] nodes = new int[n * WIDTH];
        int[] roots = new int[t.treeCount()];
        int[] queue = new int[n];
        int next = 0;
        for (int tree = 0; tree < roots.length; tree++) {
            roots[tree] = next * WIDTH;
            int head = 0;
            int tail = 0;
            queue[tail++] = t.treeRoot[tree];
            int slot = next++;
            // Each queued node already owns a slot (slot numbers follow queue order); children get the next two.
            while (head < tail) {
                int src = queue[head++];
                int at = slot * WIDTH;
                slot++;
                if (t.left[src] < 0) {
                    nodes[at] = LEAF;
                    nodes[at + 1] = Float.floatToRawIntBits(t.leaf[src]);
                } else {
                    nodes[at] = t.feature[src] | (t.defaultLeft[src] != 0 ? DEFAULT_LEFT : 0);
                    nodes[at + 1] = Float.floatToRawIntBits(t.threshold[src]);
                    nodes[at + 2] = next * WIDTH;
                    next += 2;
                    queue[tail++] = t.left[src];
                    queue[tail++] = t.right[src];
                }
            }
        }
        return new PackedTrees(nodes, roots, t.treeClass.clone());
    }

    /** The leaf value tree {@code t} gives row {@code x}. */
    private float leafValue(int t, double[] x) {
        int[] a = nodes;
        int i = roots[t];
        int f;
        while ((f = a[i]) != LEAF) {
            double v = x[f & FEATURE_MASK];
            boolean left = v != v ? (f & DEFAULT_LEFT) != 0 : (float) v < Float.intBitsToFloat(a[i + 1]);
            i = a[i + 2] + (left ? 0 : WIDTH);
        }
        return Float.intBitsToFloat(a[i + 1]);
    }

    @Override
    public Cursor cursor() {
        return this::addTo; // no scratch: walks the row's doubles directly
    }

    private void addTo(double[] x, double[] margins) {
        for (int t = 0; t < roots.length; t++) {
            int g = treeClass[t];
            margins[g] = (float) margins[g] + leafValue(t, x);
        }
    }
}
