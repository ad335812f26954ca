package dev.modelyard.scoring.tree;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;

/**
 * Small model JSONs in XGBoost's schema and key order (the booster's {@code model} before its
 * {@code name}), with the per-node statistics the reader must skip. Every tree has five nodes stored
 * out of pre-order: 0 splits on feature {@code t % 3} into 2 (left) and leaf 1; 2 splits on feature 1
 * into leaves 3 and 4.
 */
final class XgbJsonFixture {
    private XgbJsonFixture() {}

    /** {@code rounds} rounds of {@code groups} trees each; tree {@code t}'s leaf {@code i} holds {@link #leaf}. */
    static ObjectNode model(int rounds, int groups) {
        ObjectNode root = Json.object();
        ObjectNode learner = root.putObject("learner");
        learner.putObject("attributes");
        learner.putArray("feature_names");
        ObjectNode booster = learner.putObject("gradient_booster");
        ObjectNode model = booster.putObject("model");
        ObjectNode param = model.putObject("gbtree_model_param");
        param.put("num_parallel_tree", "1");
        param.put("num_trees", Integer.toString(rounds * groups));
        ArrayNode indptr = model.putArray("iteration_indptr");
        ArrayNode info = model.putArray("tree_info");
        ArrayNode trees = model.putArray("trees");
        for (int r = 0; r <= rounds; r++) {
            indptr.add(r * groups);
        }
        for (int t = 0; t < rounds * groups; t++) {
            info.add(t % groups);
            trees.add(tree(t));
        }
        booster.put("name", "gbtree");
        ObjectNode lmp = learner.putObject("learner_model_param");
        lmp.put("base_score", "5E-1");
        lmp.put("num_class", Integer.toString(groups == 1 ? 0 : groups));
        lmp.put("num_feature", "3");
        learner.putObject("objective").put("name", groups == 1 ? "reg:squarederror" : "multi:softprob");
        root.putArray("version").add(3).add(0).add(4);
        return root;
    }

    /** Leaf value of node {@code node} (1, 3 or 4) of tree {@code t}. */
    static float leaf(int t, int node) {
        return t + node / 8f;
    }

    private static ObjectNode tree(int t) {
        ObjectNode o = Json.object();
        o.putArray("base_weights").add(1e-8).add(-0.25).add(0.5).add(1.5).add(2.5);
        o.putArray("categories");
        o.putArray("default_left").add(1).add(0).add(0).add(0).add(0);
        o.put("id", t);
        o.putArray("left_children").add(2).add(-1).add(3).add(-1).add(-1);
        o.putArray("loss_changes").add(12.5).add(0.0).add(3.25).add(0.0).add(0.0);
        o.putArray("parents").add(2147483647).add(0).add(0).add(2).add(2);
        o.putArray("right_children").add(1).add(-1).add(4).add(-1).add(-1);
        o.putArray("split_conditions").add(0.5).add(leaf(t, 1)).add(-1.25).add(leaf(t, 3)).add(leaf(t, 4));
        o.putArray("split_indices").add(t % 3).add(0).add(1).add(0).add(0);
        o.putArray("split_type").add(0).add(0).add(0).add(0).add(0);
        o.putObject("tree_param").put("num_nodes", "5");
        return o;
    }

    /** The model's JSON bytes. */
    static byte[] bytes(ObjectNode model) {
        return Json.write(model).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Tree {@code t} of a model, to damage in a test. */
    static ObjectNode tree(ObjectNode model, int t) {
        return (ObjectNode) model.at("/learner/gradient_booster/model/trees").get(t);
    }
}
