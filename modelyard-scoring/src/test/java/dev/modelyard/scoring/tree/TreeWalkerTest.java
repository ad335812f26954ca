package dev.modelyard.scoring.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both scoring layouts give exactly what a plain walk over the stored arrays gives, missing values included. */
class TreeWalkerTest {
    private static final int FEATURES = 6;

    /** Random trees of uneven depth (leaves at every level), in the stored layout. */
    static FlatTrees randomTrees(Random r, int trees, int maxDepth, int groups) {
        List<int[]> nodes = new ArrayList<>(); // {left, right, feature, defaultLeft}
        List<float[]> values = new ArrayList<>(); // {threshold, leaf}
        int[] roots = new int[trees];
        int[] classes = new int[trees];
        for (int t = 0; t < trees; t++) {
            roots[t] = nodes.size();
            classes[t] = t % groups;
            List<int[]> frontier = new ArrayList<>(); // {node, depth}
            nodes.add(null);
            values.add(null);
            frontier.add(new int[] {roots[t], 0});
            while (!frontier.isEmpty()) {
                int[] f = frontier.removeFirst();
                boolean leaf = f[1] == maxDepth || (f[1] > 0 && r.nextInt(4) == 0);
                if (leaf) {
                    nodes.set(f[0], new int[] {-1, -1, 0, 0});
                    values.set(f[0], new float[] {0, (float) r.nextGaussian()});
                } else {
                    int left = nodes.size();
                    nodes.add(null);
                    values.add(null);
                    nodes.add(null);
                    values.add(null);
                    nodes.set(f[0], new int[] {left, left + 1, r.nextInt(FEATURES), r.nextInt(2)});
                    values.set(f[0], new float[] {(float) r.nextGaussian(), 0});
                    frontier.add(new int[] {left, f[1] + 1});
                    frontier.add(new int[] {left + 1, f[1] + 1});
                }
            }
        }
        int n = nodes.size();
        int[] left = new int[n], right = new int[n], feature = new int[n];
        byte[] defaultLeft = new byte[n];
        float[] threshold = new float[n], leafValue = new float[n];
        for (int i = 0; i < n; i++) {
            left[i] = nodes.get(i)[0];
            right[i] = nodes.get(i)[1];
            feature[i] = nodes.get(i)[2];
            defaultLeft[i] = (byte) nodes.get(i)[3];
            threshold[i] = values.get(i)[0];
            leafValue[i] = values.get(i)[1];
        }
        return new FlatTrees(left, right, feature, threshold, defaultLeft, leafValue, roots, classes);
    }

    /** The reference: walk the stored arrays node by node. */
    static double[] reference(FlatTrees t, double[] x, int groups) {
        double[] m = new double[groups];
        for (int tree = 0; tree < t.treeCount(); tree++) {
            int i = t.treeRoot[tree];
            while (t.left[i] >= 0) {
                double v = x[t.feature[i]];
                boolean goLeft = Double.isNaN(v) ? t.defaultLeft[i] != 0 : (float) v < t.threshold[i];
                i = goLeft ? t.left[i] : t.right[i];
            }
            m[t.treeClass[tree]] = (float) m[t.treeClass[tree]] + t.leaf[i];
        }
        return m;
    }

    /**
     * Rows mix ordinary values with missing ones, signed zeros, infinities, values beyond float's range,
     * and doubles next to a split threshold (which round to it, or to a neighbour, only as floats).
     */
    static void assertSameAsReference(FlatTrees trees, TreeWalker walker, int groups, Random r) {
        double[] x = new double[FEATURES];
        TreeWalker.Cursor cursor = walker.cursor();
        double[] special = {Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300, -1e300};
        for (int row = 0; row < 2000; row++) {
            for (int j = 0; j < FEATURES; j++) {
                x[j] = switch (r.nextInt(8)) {
                    case 0 -> special[r.nextInt(special.length)];
                    case 1 -> nearThreshold(trees, r);
                    default -> r.nextGaussian();
                };
            }
            double[] expected = reference(trees, x, groups);
            double[] got = new double[groups];
            cursor.addTo(x, got);
            assertThat(got).as("row %s", java.util.Arrays.toString(x)).containsExactly(expected);
        }
    }

    /** A double at, just below or just above some node's float threshold, or at the midpoint to its float neighbour. */
    private static double nearThreshold(FlatTrees trees, Random r) {
        float t = trees.threshold[r.nextInt(trees.nodeCount())];
        double d = t;
        return switch (r.nextInt(4)) {
            case 0 -> d;
            case 1 -> Math.nextDown(d);
            case 2 -> Math.nextUp(d);
            default -> (d + Math.nextDown(t)) / 2;
        };
    }

    @Test
    void shallowTreesUseTheCompleteLayoutAndMatchThePlainWalk() {
        Random r = new Random(3);
        for (int depth : new int[] {0, 1, 3, 6}) {
            FlatTrees trees = randomTrees(r, 40, depth, 3).validate(FEATURES, 3, null);
            TreeWalker w = TreeWalker.of(trees);
            assertThat(w).isInstanceOf(CompleteTrees.class);
            assertSameAsReference(trees, w, 3, r);
            assertSameAsReference(trees, PackedTrees.of(trees), 3, r);
        }
    }

    @Test
    void oneOutputSumsInTreeOrderWhateverTheTreeCount() {
        Random r = new Random(5);
        for (int count : new int[] {1, 7, 8, 9, 37}) {
            FlatTrees trees = randomTrees(r, count, 6, 1).validate(FEATURES, 1, null);
            TreeWalker w = TreeWalker.of(trees);
            assertThat(w).isInstanceOf(CompleteTrees.class);
            assertSameAsReference(trees, w, 1, r);
        }
    }

    @Test
    void deepTreesUseThePackedLayoutAndMatchThePlainWalk() {
        Random r = new Random(4);
        FlatTrees trees = randomTrees(r, 20, 14, 1).validate(FEATURES, 1, null);
        TreeWalker w = TreeWalker.of(trees);
        assertThat(CompleteTrees.maxDepth(trees)).isGreaterThan(CompleteTrees.MAX_DEPTH);
        assertThat(w).isInstanceOf(PackedTrees.class);
        assertSameAsReference(trees, w, 1, r);
    }
}
