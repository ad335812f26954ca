package dev.modelyard.scoring.tree;

/**
 * The trees of a LightGBM model in flat primitive arrays, walked as LightGBM walks them: in doubles
 * ({@code x <= threshold} goes left), with its three missing-value modes and categorical splits as
 * bitsets. XGBoost's float semantics ({@link FlatTrees}) would not reproduce LightGBM's answers, hence
 * a layout of its own.
 *
 * <p>Internal node {@code i} (over all trees) splits on {@code feature[i]}; {@code decision[i]} is
 * LightGBM's decision type: bit 0 categorical, bit 1 missing values go left, bits 2–3 the missing mode
 * (0 none: NaN is read as 0; 1 zero: 0 and NaN take the default side; 2 NaN: NaN takes it). A child
 * {@code c >= 0} is an internal node; {@code c < 0} is leaf {@code ~c}. A categorical node holds the
 * index of its category set in {@code threshold}; set {@code s} is the bits
 * {@code catBits[catStart[s] .. catStart[s + 1])}, category {@code v} in bit {@code v % 32} of word
 * {@code v / 32}. A tree's root is {@code root[t]} (a leaf, {@code ~leaf}, for a one-leaf tree); it
 * adds to output {@code treeClass[t]}. Children come after their parent ({@link LgbmModelText}
 * checks it), so every walk ends.
 */
final class LgbmTrees {
    static final int CATEGORICAL = 1;
    static final int DEFAULT_LEFT = 2;
    /** LightGBM's kZeroThreshold: a float 1e-35, compared as a double. */
    static final double ZERO = 1.0E-35f;

    final int[] root;
    final int[] treeClass;
    final int[] feature;
    final double[] threshold;
    final byte[] decision;
    final int[] left;
    final int[] right;
    final double[] leaf;
    final int[] catStart;
    final int[] catBits;

    LgbmTrees(int[] root, int[] treeClass, int[] feature, double[] threshold, byte[] decision, int[] left, int[] right,
              double[] leaf, int[] catStart, int[] catBits) {
        this.root = root;
        this.treeClass = treeClass;
        this.feature = feature;
        this.threshold = threshold;
        this.decision = decision;
        this.left = left;
        this.right = right;
        this.leaf = leaf;
        this.catStart = catStart;
        this.catBits = catBits;
    }

    /** Walks the trees for one row, adding each tree's leaf to its output; may hold scratch space, so one per thread. */
    @FunctionalInterface
    interface Cursor {
        void addTo(double[] x, double[] margins);
    }

    int treeCount() { return root.length; }

    /** Features the key layouts must cover (one more than the largest split feature, at least 1), or 0 when a split is categorical. */
    int keyWidth() {
        int width = 1;
        for (int i = 0; i < feature.length; i++) {
            if ((decision[i] & CATEGORICAL) != 0) {
                return 0;
            }
            width = Math.max(width, feature[i] + 1);
        }
        return width;
    }

    /**
     * A supplier of cursors over the fastest layout the trees allow: complete trees when shallow, packed nodes
     * when deep, this node walk when they have categorical splits.
     */
    java.util.function.Supplier<Cursor> fastest() {
        LgbmCompleteTrees complete = LgbmCompleteTrees.of(this);
        if (complete != null) {
            return complete::cursor;
        }
        LgbmPackedTrees packed = LgbmPackedTrees.of(this);
        return packed != null ? packed::cursor : () -> this::addTo;
    }

    /** Adds every tree's leaf to {@code margins[class of tree]}, in tree order and in doubles, as LightGBM does. */
    void addTo(double[] x, double[] margins) {
        for (int t = 0; t < root.length; t++) {
            int node = root[t];
            while (node >= 0) {
                node = next(node, x[feature[node]]);
            }
            margins[treeClass[t]] += leaf[~node];
        }
    }

    private int next(int node, double v) {
        int d = decision[node];
        if ((d & CATEGORICAL) != 0) {
            return inSet((int) threshold[node], v) ? left[node] : right[node];
        }
        int missing = (d >> 2) & 3;
        if (v != v && missing != 2) {
            v = 0.0;
        }
        if ((missing == 1 && v >= -ZERO && v <= ZERO) || (missing == 2 && v != v)) {
            return (d & DEFAULT_LEFT) != 0 ? left[node] : right[node];
        }
        return v <= threshold[node] ? left[node] : right[node];
    }

    /**
     * Whether {@code v} is a category of set {@code s}. NaN and negative values never are: LightGBM casts
     * the value to int first, which on x86 turns NaN (and values beyond int) into the smallest int; Java's
     * cast saturates large values instead, which lands past the bitset, so outside the set as well.
     */
    private boolean inSet(int s, double v) {
        if (v != v) {
            return false;
        }
        int c = (int) v;
        if (c < 0) {
            return false;
        }
        int word = c >>> 5;
        int start = catStart[s];
        return word < catStart[s + 1] - start && ((catBits[start + word] >>> (c & 31)) & 1) != 0;
    }
}
