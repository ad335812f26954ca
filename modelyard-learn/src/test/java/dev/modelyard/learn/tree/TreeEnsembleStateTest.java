package dev.modelyard.learn.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.bundle.Payloads;
import dev.modelyard.scoring.bundle.StepCodecs;
import dev.modelyard.scoring.bundle.StepState;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A damaged or hostile saved model is rejected with a clear error, never looped on or half-loaded. */
class TreeEnsembleStateTest {
    static final Frame DATA = TestData.numeric(300, 4, 8);
    static final StepState STATE = new GbdtLearner(GbdtParams.defaults().withMaxRounds(5))
            .fit(DATA, TestData.multiclass(DATA, 1), FitContext.seeded(1)).save();

    static StepState withPayload(String name, byte[] bytes) {
        Map<String, byte[]> p = new LinkedHashMap<>(STATE.payloads());
        p.put(name, bytes);
        return new StepState(STATE.kind(), STATE.params(), p);
    }

    static void assertCorrupt(StepState s, String message) {
        assertThatThrownBy(() -> StepCodecs.standard().load(s))
                .isInstanceOfSatisfying(ModelyardException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_BUNDLE))
                .hasMessageContaining(message);
    }

    @Test
    void savedStateDescribesTheModel() {
        assertThat(STATE.kind()).isEqualTo("gbdt");
        assertThat(STATE.params().get("task").asText()).isEqualTo("multiclass");
        assertThat(STATE.params().get("trees").asInt()).isEqualTo(15);
        assertThat(STATE.params().get("learner_params").get("maxRounds").asInt()).isEqualTo(5);
        assertThat(STATE.payloads()).containsKeys("tree.left", "tree.leaf", "xgboost.json", "validation_curve");
    }

    @Test
    void childPointingBackwardsIsRejected() {
        int[] left = Payloads.toInts(STATE.payload("tree.left"));
        int i = 0;
        while (left[i] < 0) {
            i++;
        }
        int root = i;
        // make an internal node's left child point at itself: a walk would never end
        left[root] = root;
        assertCorrupt(withPayload("tree.left", Payloads.ints(left)), "points outside its subtree");
    }

    @Test
    void sharedChildIsRejected() {
        int[] left = Payloads.toInts(STATE.payload("tree.left"));
        int[] right = Payloads.toInts(STATE.payload("tree.right"));
        int i = 0;
        while (left[i] < 0) {
            i++;
        }
        // both branches of a split lead to the same node: a DAG, not a tree
        right[i] = left[i];
        assertCorrupt(withPayload("tree.right", Payloads.ints(right)), "more than one parent");
    }

    @Test
    void featureOutOfRangeIsRejected() {
        int[] left = Payloads.toInts(STATE.payload("tree.left"));
        int[] feature = Payloads.toInts(STATE.payload("tree.feature"));
        for (int i = 0; i < left.length; i++) {
            if (left[i] >= 0) {
                feature[i] = 99;
                break;
            }
        }
        assertCorrupt(withPayload("tree.feature", Payloads.ints(feature)), "feature 99");
    }

    @Test
    void truncatedPayloadIsRejected() {
        byte[] leaf = STATE.payload("tree.leaf");
        assertCorrupt(withPayload("tree.leaf", java.util.Arrays.copyOf(leaf, leaf.length - 4)), "differ in length");
        assertCorrupt(withPayload("tree.leaf", java.util.Arrays.copyOf(leaf, leaf.length - 1)), "whole number");
    }

    @Test
    void missingPayloadIsRejected() {
        Map<String, byte[]> p = new LinkedHashMap<>(STATE.payloads());
        p.remove("tree.right");
        assertCorrupt(new StepState(STATE.kind(), STATE.params(), p), "tree.right");
    }
}
