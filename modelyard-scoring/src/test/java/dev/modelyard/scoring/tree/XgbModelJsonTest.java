package dev.modelyard.scoring.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.scoring.api.Task;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The streamed XGBoost model JSON gives the trees, intercept and trimmed copy the JSON describes, and rejects bad JSON by name. */
class XgbModelJsonTest {
    @Test
    void treesAreReadInPreOrderWithLeavesFromSplitConditions() {
        FlatTrees f = XgbModelJson.parse(XgbJsonFixture.bytes(XgbJsonFixture.model(3, 1))).flatten(3);
        assertThat(f.treeRoot).containsExactly(0, 5, 10);
        assertThat(f.nodeCount()).isEqualTo(15);
        for (int t = 0; t < 3; t++) {
            int r = f.treeRoot[t];
            assertThat(f.feature[r]).isEqualTo(t % 3);
            assertThat(f.threshold[r]).isEqualTo(0.5f);
            assertThat(f.defaultLeft[r]).isEqualTo((byte) 1);
            assertThat(f.left[r]).isEqualTo(r + 1);
            assertThat(f.right[r]).isEqualTo(r + 4);
            assertThat(f.feature[r + 1]).isEqualTo(1);
            assertThat(f.threshold[r + 1]).isEqualTo(-1.25f);
            assertThat(f.defaultLeft[r + 1]).isZero();
            assertThat(new float[] {f.leaf[r + 2], f.leaf[r + 3], f.leaf[r + 4]})
                    .containsExactly(XgbJsonFixture.leaf(t, 3), XgbJsonFixture.leaf(t, 4), XgbJsonFixture.leaf(t, 1));
            assertThat(f.left[r + 4]).isNegative();
        }
    }

    @Test
    void outputGroupsAndInterceptComeFromTreeInfoAndBaseScore() {
        XgbModelJson m = XgbModelJson.parse(XgbJsonFixture.bytes(XgbJsonFixture.model(2, 3)));
        assertThat(m.flatten(2).treeClass).containsExactly(0, 1, 2, 0, 1, 2);
        assertThat(m.baseMargin(Task.MULTICLASS, 3)).containsExactly(0.5, 0.5, 0.5);
        // a probability of one half is a margin of zero
        assertThat(m.baseMargin(Task.BINARY, 1)[0]).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void keepingFewerRoundsFlattensOnlyTheirTrees() {
        XgbModelJson m = XgbModelJson.parse(XgbJsonFixture.bytes(XgbJsonFixture.model(4, 2)));
        FlatTrees all = m.flatten(4);
        FlatTrees first = m.flatten(2);
        assertThat(first.treeCount()).isEqualTo(4);
        int nodes = all.treeRoot[4];
        assertThat(first.leaf).containsExactly(Arrays.copyOf(all.leaf, nodes));
        assertThat(first.left).containsExactly(Arrays.copyOf(all.left, nodes));
        assertThatThrownBy(() -> m.flatten(5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("of 4 rounds");
    }

    @Test
    void trimmedJsonIsTheModelCutToItsFirstRounds() throws Exception {
        byte[] json = XgbJsonFixture.bytes(XgbJsonFixture.model(4, 2));
        for (int keep = 0; keep < 4; keep++) {
            byte[] trimmed = XgbJsonTrim.firstRounds(json, keep, 2 * keep);
            assertThat(Json.mapper().readTree(trimmed)).isEqualTo(cutByTree((ObjectNode) Json.mapper().readTree(json), keep, 2 * keep));
            XgbModelJson back = XgbModelJson.parse(trimmed);
            assertThat(back.rounds()).isEqualTo(keep);
            if (keep > 0) {
                assertThat(back.flatten(keep).leaf).containsExactly(XgbModelJson.parse(json).flatten(keep).leaf);
            }
        }
    }

    @Test
    void trimmedJsonKeepsNumbersAsWritten() {
        String json = new String(XgbJsonFixture.bytes(XgbJsonFixture.model(3, 1)), StandardCharsets.UTF_8)
                .replace("\"base_weights\" : [ 1.0E-8", "\"base_weights\" : [ 1.00000000e-08");
        assertThat(json).contains("1.00000000e-08");
        String trimmed = new String(XgbJsonTrim.firstRounds(json.getBytes(StandardCharsets.UTF_8), 2, 2), StandardCharsets.UTF_8);
        assertThat(trimmed).contains("[1.00000000e-08,").doesNotContain(" ");
    }

    @Test
    void storedJsonIsTrimmedOnlyWhenRoundsAreDropped() throws Exception {
        byte[] json = XgbJsonFixture.bytes(XgbJsonFixture.model(3, 1));
        TreeEnsembleModel all = fit(json, 2);
        TreeEnsembleModel two = fit(json, 1);
        assertThat(all.xgboostModelJson()).isEqualTo(json);
        assertThat(two.treeCount()).isEqualTo(2);
        assertThat(Json.mapper().readTree(two.xgboostModelJson()).at("/learner/gradient_booster/model/iteration_indptr"))
                .hasSize(3);
        double[] out = new double[1];
        two.predictRow(new double[] {0, 0, 0}, out);
        // base 0.5, then per tree: x0 = 0 < 0.5 goes left to node 2, x1 = 0 is not < -1.25 so right to leaf 4
        assertThat(out[0]).isEqualTo(0.5f + XgbJsonFixture.leaf(0, 4) + XgbJsonFixture.leaf(1, 4), within(1e-6));
    }

    @Test
    void badJsonIsRejectedByName() {
        rejects("{\"learner\": [", "not valid JSON");
        rejects("{\"learner\": {}} {}", "not valid JSON");
        rejects("[1, 2]", "no 'learner' object");
        rejects("{\"learner\": 5}", "no 'learner' object");
        rejects("", "no 'learner' object");
        rejects(m -> ((ObjectNode) m.at("/learner/gradient_booster")).put("name", "gblinear"), "only the gbtree booster");
        rejects(m -> ((ObjectNode) m.at("/learner/learner_model_param")).put("base_score", "abc"), "base_score 'abc' is not a number");
        rejects(m -> ((ArrayNode) m.at("/learner/gradient_booster/model/tree_info")).remove(1), "tree_info has 1 entries for 2 trees");
        rejects(m -> tree(m, 1, "right_children").remove(4), "tree 1 has inconsistent node arrays");
        rejects(m -> tree(m, 1, "left_children").set(2, 7), "tree 1 has a child index out of range or a cycle");
        rejects(m -> tree(m, 0, "left_children").set(2, 0), "tree 0 has a child index out of range or a cycle");
        rejects(m -> tree(m, 1, "right_children").set(0, 2), "tree 1 reaches more nodes than it stores");
        rejects(m -> tree(m, 0, "split_type").set(2, 1), "tree 0 uses a categorical split");
        rejects(m -> tree(m, 1, "split_conditions").set(3, "x"), "tree 1 has a split_conditions entry that is not a number");
        ObjectNode two = XgbJsonFixture.model(1, 3);
        ((ObjectNode) two.at("/learner/learner_model_param")).put("base_score", "[5E-1,5E-1]");
        XgbModelJson m = XgbModelJson.parse(XgbJsonFixture.bytes(two));
        assertThatThrownBy(() -> m.baseMargin(Task.MULTICLASS, 3)).hasMessageContaining("base_score has 2 values for 3 outputs");
    }

    private static TreeEnsembleModel fit(byte[] json, int bestIteration) {
        record Params(int rounds) {}
        return TreeEnsembleModel.fromXgboost(TreeEnsembleModel.GBDT_KIND, new Params(3), Task.REGRESSION, List.of(),
                List.of("a", "b", "c"), json, bestIteration, new double[0], "rmse");
    }

    /** What cutting the model as a Jackson tree (the way trimming used to work) gives. */
    private static ObjectNode cutByTree(ObjectNode model, int rounds, int trees) {
        ObjectNode copy = model.deepCopy();
        ObjectNode m = (ObjectNode) copy.at("/learner/gradient_booster/model");
        for (String name : new String[] {"iteration_indptr", "tree_info", "trees"}) {
            ArrayNode a = (ArrayNode) m.get(name);
            int keep = name.equals("iteration_indptr") ? rounds + 1 : trees;
            while (a.size() > keep) {
                a.remove(a.size() - 1);
            }
        }
        ((ObjectNode) m.get("gbtree_model_param")).put("num_trees", Integer.toString(trees));
        return copy;
    }

    private static ArrayNode tree(ObjectNode model, int t, String array) {
        return (ArrayNode) XgbJsonFixture.tree(model, t).get(array);
    }

    private static void rejects(Consumer<ObjectNode> damage, String message) {
        ObjectNode model = XgbJsonFixture.model(2, 1);
        damage.accept(model);
        rejects(new String(XgbJsonFixture.bytes(model), StandardCharsets.UTF_8), message);
    }

    private static void rejects(String json, String message) {
        assertThatThrownBy(() -> {
            XgbModelJson m = XgbModelJson.parse(json.getBytes(StandardCharsets.UTF_8));
            m.flatten(m.rounds());
            m.baseMargin(Task.REGRESSION, 1);
        })
                .isInstanceOfSatisfying(ModelyardException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("XGBoost model JSON: " + message);
    }
}
