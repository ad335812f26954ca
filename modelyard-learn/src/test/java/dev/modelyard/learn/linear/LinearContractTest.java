package dev.modelyard.learn.linear;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.contract.EstimatorContract;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.linear.LinearParams;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class LinearContractTest {
    private static final Frame DATA = TestData.numeric(400, 5, 1);

    @TestFactory
    Stream<DynamicTest> binary() {
        return EstimatorContract.check(LinearLearner::new, DATA, TestData.binary(DATA, 2));
    }

    @TestFactory
    Stream<DynamicTest> multiclass() {
        return EstimatorContract.check(LinearLearner::new, DATA, TestData.multiclass(DATA, 3));
    }

    @TestFactory
    Stream<DynamicTest> regression() {
        return EstimatorContract.check(LinearLearner::new, DATA, TestData.regression(DATA, 4));
    }

    @TestFactory
    Stream<DynamicTest> lassoWithoutInterceptOrStandardisation() {
        LinearParams p = new LinearParams(0.05, 1.0, 500, 1e-7, false, false);
        return EstimatorContract.check(() -> new LinearLearner(p), DATA, TestData.binary(DATA, 5));
    }
}
