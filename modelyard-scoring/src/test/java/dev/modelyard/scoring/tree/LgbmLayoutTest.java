package dev.modelyard.scoring.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The complete-tree and packed layouts of LightGBM trees give exactly the node walk's sums, in each missing-value mode,
 * on rows that sit on, just beside and far from every threshold, at ±0, at LightGBM's zero band and at NaN.
 * The models under resources/lightgbm were trained by LightGBM 4.3 (two features: a code and a number).
 */
class LgbmLayoutTest {
    static LgbmModelText read(String name) throws IOException {
        try (InputStream in = LgbmLayoutTest.class.getResourceAsStream("/lightgbm/" + name)) {
            return LgbmModelText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), ErrorCode.CORRUPT_BUNDLE);
        }
    }

    static List<double[]> probes(LgbmTrees t) {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1e-36, -1e-36, (double) 1e-35f, -(double) 1e-35f, 1e-34, -1e-34,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, -1.0, 40.0));
        for (double th : t.threshold) {
            values.add(th);
            values.add(Math.nextUp(th));
            values.add(Math.nextDown(th));
        }
        List<double[]> rows = new ArrayList<>();
        Random r = new Random(1);
        for (double a : values) {
            rows.add(new double[] {a, values.get(r.nextInt(values.size()))});
            rows.add(new double[] {values.get(r.nextInt(values.size())), a});
        }
        for (int i = 0; i < 2000; i++) {
            rows.add(new double[] {r.nextInt(42) - 1, r.nextGaussian() * 2});
        }
        return rows;
    }

    @Test
    void completeAndPackedTreesEqualTheNodeWalkInEveryMissingMode() throws IOException {
        for (String name : List.of("nan-missing.txt", "zero-missing.txt", "no-missing.txt")) {
            LgbmTrees trees = read(name).trees();
            LgbmCompleteTrees complete = LgbmCompleteTrees.of(trees);
            assertThat(complete).as(name + " fits the complete layout").isNotNull();
            LgbmPackedTrees packed = LgbmPackedTrees.of(trees);
            assertThat(packed).as(name + " packs").isNotNull();
            LgbmTrees.Cursor completeWalk = complete.cursor();
            LgbmTrees.Cursor packedWalk = packed.cursor();
            int differing = 0;
            List<double[]> rows = probes(trees);
            for (double[] x : rows) {
                double[] a = {0.25};
                double[] b = {0.25};
                double[] c = {0.25};
                trees.addTo(x, a);
                completeWalk.addTo(x, b);
                packedWalk.addTo(x, c);
                differing += Double.compare(a[0], b[0]) != 0 || Double.compare(a[0], c[0]) != 0 ? 1 : 0;
            }
            assertThat(differing).as(name + ": rows whose sums differ between layouts, of " + rows.size()).isZero();
        }
    }

    /** A text model of {@code trees} chain-shaped trees of depth {@code depth}: node i sends x0 <= i left to leaf i. */
    static String chainModel(int trees, int depth) {
        StringBuilder b = new StringBuilder("tree\nversion=v4\nnum_class=1\nnum_tree_per_iteration=1\nlabel_index=0\n"
                + "max_feature_idx=1\nobjective=regression\nfeature_names=a b\n\n");
        for (int t = 0; t < trees; t++) {
            StringBuilder f = new StringBuilder(), th = new StringBuilder(), dt = new StringBuilder(), l = new StringBuilder(),
                    r = new StringBuilder(), v = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                String sep = i == 0 ? "" : " ";
                f.append(sep).append(i % 2);
                th.append(sep).append(i - depth / 2 + 0.5 * t);
                dt.append(sep).append(i % 3 == 0 ? 10 : i % 3 == 1 ? 6 : 0); // NaN-left, zero-left, none
                l.append(sep).append(~i);
                r.append(sep).append(i + 1 < depth ? i + 1 : ~depth);
            }
            for (int i = 0; i <= depth; i++) {
                v.append(i == 0 ? "" : " ").append(0.001 * (i + 1) * (t + 1));
            }
            b.append("Tree=").append(t).append("\nnum_leaves=").append(depth + 1).append("\nnum_cat=0\nsplit_feature=").append(f)
                    .append("\nthreshold=").append(th).append("\ndecision_type=").append(dt).append("\nleft_child=").append(l)
                    .append("\nright_child=").append(r).append("\nleaf_value=").append(v).append("\nis_linear=0\nshrinkage=1\n\n");
        }
        return b.append("end of trees\n").toString();
    }

    @Test
    void deepTreesArePackedAndEqualTheNodeWalk() {
        LgbmTrees trees = LgbmModelText.parse(chainModel(7, 25), ErrorCode.CORRUPT_BUNDLE).trees();
        assertThat(LgbmCompleteTrees.of(trees)).as("depth 25 is too deep for complete trees").isNull();
        LgbmTrees.Cursor packed = LgbmPackedTrees.of(trees).cursor();
        List<double[]> rows = probes(trees);
        for (double[] x : rows) {
            double[] a = {0};
            double[] b = {0};
            trees.addTo(x, a);
            packed.addTo(x, b);
            assertThat(b[0]).as(java.util.Arrays.toString(x)).isEqualTo(a[0]);
        }
    }

    @Test
    void missingModesAreReadFromTheModels() throws IOException {
        assertThat(modes(read("nan-missing.txt").trees())).contains(2);
        assertThat(modes(read("zero-missing.txt").trees())).contains(1);
        assertThat(modes(read("no-missing.txt").trees())).containsOnly(0);
    }

    @Test
    void categoricalSplitsKeepTheNodeWalk() throws IOException {
        LgbmTrees trees = read("categorical.txt").trees();
        assertThat(trees.catBits).isNotEmpty();
        assertThat(LgbmCompleteTrees.of(trees)).isNull();
        assertThat(LgbmPackedTrees.of(trees)).isNull();
        assertThat(trees.fastest().get()).isNotNull();
    }

    private static List<Integer> modes(LgbmTrees t) {
        List<Integer> m = new ArrayList<>();
        for (byte d : t.decision) {
            m.add((d >> 2) & 3);
        }
        return m;
    }
}
