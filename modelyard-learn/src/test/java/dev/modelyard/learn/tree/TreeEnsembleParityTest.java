package dev.modelyard.learn.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.contract.EstimatorContract;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.bundle.StepCodecs;
import dev.modelyard.scoring.tree.TreeEnsembleModel;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The flattened trees give XGBoost's own predictions, for every task, with missing values. */
class TreeEnsembleParityTest {
    static final Frame DATA = TreeTestData.withMissing(800, 5, 11);
    static final double TOLERANCE = 1e-6;

    static Target target(String task) {
        BiFunction<Frame, Long, Target> f = switch (task) {
            case "binary" -> TreeTestData::binary;
            case "multiclass" -> TreeTestData::multiclass;
            default -> TreeTestData::regression;
        };
        return f.apply(DATA, 3L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary", "multiclass", "regression"})
    void gbdtMatchesXgboost(String task) throws Exception {
        GbdtParams p = GbdtParams.defaults().withMaxRounds(80).withLearningRate(0.2);
        TreeEnsembleModel m = new GbdtLearner(p).fit(DATA, target(task), FitContext.seeded(1));
        double diff = TreeTestData.maxAbsDiff(m, DATA);
        System.out.printf("gbdt %s: %d trees, best round %d, max |diff| %.3g%n", task, m.treeCount(), m.bestIteration(), diff);
        assertThat(diff).isLessThanOrEqualTo(TOLERANCE);
        assertReloadedIdentical(m);
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary", "multiclass", "regression"})
    void forestMatchesXgboost(String task) throws Exception {
        TreeEnsembleModel m = new RandomForestLearner(RandomForestParams.defaults().withTrees(40))
                .fit(DATA, target(task), FitContext.seeded(2));
        double diff = TreeTestData.maxAbsDiff(m, DATA);
        System.out.printf("rf %s: %d trees, max |diff| %.3g%n", task, m.treeCount(), diff);
        assertThat(diff).isLessThanOrEqualTo(TOLERANCE);
        assertReloadedIdentical(m);
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary", "multiclass", "regression"})
    void earlyStoppedModelKeepsOnlyTheBestRounds(String task) throws Exception {
        // A large learning rate overfits quickly, so the best round comes well before the ceiling.
        GbdtParams p = GbdtParams.defaults().withMaxRounds(300).withLearningRate(0.8).withEarlyStopping(10, 0.25);
        TreeEnsembleModel m = new GbdtLearner(p).fit(DATA, target(task), FitContext.seeded(4));
        int perRound = task.equals("multiclass") ? 4 : 1;
        assertThat(m.validationCurve().length).isLessThan(300).isEqualTo(m.bestIteration() + 11);
        assertThat(m.treeCount()).isEqualTo((m.bestIteration() + 1) * perRound);
        assertThat(TreeTestData.maxAbsDiff(m, DATA)).isLessThanOrEqualTo(TOLERANCE);
    }

    private static void assertReloadedIdentical(TreeEnsembleModel m) {
        var back = StepCodecs.standard().load(m.save());
        assertThat(back).isInstanceOf(TreeEnsembleModel.class);
        EstimatorContract.assertFramesEqual(back.transform(DATA), m.transform(DATA), 0.0);
    }
}
