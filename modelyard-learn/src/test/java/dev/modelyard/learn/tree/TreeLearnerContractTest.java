package dev.modelyard.learn.tree;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.contract.EstimatorContract;
import dev.modelyard.learn.contract.TestData;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every tree learner passes the common estimator kit on every task. */
class TreeLearnerContractTest {
    static final Frame DATA = TestData.numeric(400, 5, 1);
    static final GbdtParams GBDT = GbdtParams.defaults().withMaxRounds(30).withLearningRate(0.2);
    static final LgbmParams LGBM = LgbmParams.defaults().withMaxRounds(30);
    static final RandomForestParams RF = RandomForestParams.defaults().withTrees(20);

    @TestFactory
    Stream<DynamicTest> gbdtBinary() {
        return EstimatorContract.check(() -> new GbdtLearner(GBDT), DATA, TestData.binary(DATA, 2));
    }

    @TestFactory
    Stream<DynamicTest> gbdtMulticlass() {
        return EstimatorContract.check(() -> new GbdtLearner(GBDT), DATA, TestData.multiclass(DATA, 2));
    }

    @TestFactory
    Stream<DynamicTest> gbdtRegression() {
        return EstimatorContract.check(() -> new GbdtLearner(GBDT), DATA, TestData.regression(DATA, 2));
    }

    @TestFactory
    Stream<DynamicTest> lgbmBinary() {
        return EstimatorContract.check(() -> new LgbmLearner(LGBM), DATA, TestData.binary(DATA, 2));
    }

    @TestFactory
    Stream<DynamicTest> lgbmMulticlass() {
        return EstimatorContract.check(() -> new LgbmLearner(LGBM), DATA, TestData.multiclass(DATA, 2));
    }

    @TestFactory
    Stream<DynamicTest> lgbmRegression() {
        return EstimatorContract.check(() -> new LgbmLearner(LGBM), DATA, TestData.regression(DATA, 2));
    }

    @TestFactory
    Stream<DynamicTest> forestBinary() {
        return EstimatorContract.check(() -> new RandomForestLearner(RF), DATA, TestData.binary(DATA, 2));
    }

    @TestFactory
    Stream<DynamicTest> forestMulticlass() {
        return EstimatorContract.check(() -> new RandomForestLearner(RF), DATA, TestData.multiclass(DATA, 2));
    }

    @TestFactory
    Stream<DynamicTest> forestRegression() {
        return EstimatorContract.check(() -> new RandomForestLearner(RF), DATA, TestData.regression(DATA, 2));
    }
}
