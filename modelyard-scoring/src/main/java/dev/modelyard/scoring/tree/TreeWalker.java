package dev.modelyard.scoring.tree;

/**
 * A scoring layout of {@link FlatTrees}. Both sum leaves in tree order with float rounding after each
 * step, exactly as XGBoost's CPU predictor does, so they give identical results; they differ in speed.
 */
sealed interface TreeWalker permits CompleteTrees, PackedTrees {
    /** Walks the trees for one row; holds scratch space, so one per thread. */
    @FunctionalInterface
    interface Cursor {
        /** Adds every tree's leaf to {@code margins[class of tree]} in tree order, rounding to float after each step. */
        void addTo(double[] x, double[] margins);
    }

    /** A new cursor over these trees, for one thread. */
    Cursor cursor();

    /** The fastest layout for these trees: fixed-depth complete trees when shallow enough, else packed nodes. */
    static TreeWalker of(FlatTrees trees) {
        int depth = CompleteTrees.maxDepth(trees);
        boolean small = depth <= CompleteTrees.MAX_DEPTH && ((long) trees.treeCount() << depth) <= CompleteTrees.MAX_LEAVES;
        return small ? CompleteTrees.of(trees, depth) : PackedTrees.of(trees);
    }
}
