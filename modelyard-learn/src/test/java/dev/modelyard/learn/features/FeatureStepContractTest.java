package dev.modelyard.learn.features;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.learn.contract.EstimatorContract;
import dev.modelyard.learn.contract.TestData;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every feature step passes the shared estimator contract on the mixed test frame. */
class FeatureStepContractTest {
    private static final Frame MIXED = TestData.mixed(300, 1);

    @TestFactory
    Stream<DynamicTest> dropColumns() {
        // The mixed frame has nothing useless, so add an ID and a constant for the rules to find.
        long[] id = new long[MIXED.rowCount()];
        String[] constant = new String[MIXED.rowCount()];
        for (int i = 0; i < id.length; i++) {
            id[i] = 1000 + (i * 7919L) % 10007;
            constant[i] = "same";
        }
        Frame data = MIXED.with(LongColumn.of("id", id)).with(TextColumn.of("constant", constant));
        return EstimatorContract.check(DropUseless::defaults, data, TestData.binary(data, 2));
    }

    @TestFactory
    Stream<DynamicTest> dropColumnsNamedByUser() {
        return EstimatorContract.check(() -> DropUseless.dropping(List.of("x2", "note")), MIXED, null);
    }

    @TestFactory
    Stream<DynamicTest> datetime() {
        return EstimatorContract.check(DateTimeExpander::defaults, MIXED, TestData.binary(MIXED, 2));
    }

    @TestFactory
    Stream<DynamicTest> tfidf() {
        return EstimatorContract.check(HashedTfidf::defaults, MIXED, TestData.binary(MIXED, 2));
    }

    @TestFactory
    Stream<DynamicTest> tfidfSigned() {
        return EstimatorContract.check(() -> new HashedTfidf(new HashedTfidf.Params(32, true)), MIXED, null);
    }

    @TestFactory
    Stream<DynamicTest> impute() {
        return EstimatorContract.check(Imputer::defaults, MIXED, TestData.binary(MIXED, 2));
    }

    @TestFactory
    Stream<DynamicTest> imputeMeanWithAllIndicators() {
        return EstimatorContract.check(() -> new Imputer(new Imputer.Params(Imputer.Strategy.MEAN, true)), MIXED, null);
    }

    @TestFactory
    Stream<DynamicTest> oneHot() {
        return EstimatorContract.check(OneHotEncoder::defaults, MIXED, TestData.binary(MIXED, 2));
    }

    @TestFactory
    Stream<DynamicNode> ordinal() {
        // Each target kind orders levels its own way (mean target, frequency, none); all levels for regression.
        return Stream.of(
                dynamicContainer("binary", EstimatorContract.check(OrdinalEncoder::defaults, MIXED, TestData.binary(MIXED, 2))),
                dynamicContainer("multiclass", EstimatorContract.check(OrdinalEncoder::defaults, MIXED, TestData.multiclass(MIXED, 2))),
                dynamicContainer("regression, every level", EstimatorContract.check(
                        () -> new OrdinalEncoder(new OrdinalEncoder.Params(1000, 0.0)), MIXED, TestData.regression(MIXED, 2))),
                dynamicContainer("no target", EstimatorContract.check(OrdinalEncoder::defaults, MIXED, null)));
    }

    @TestFactory
    Stream<DynamicTest> frequency() {
        return EstimatorContract.check(FrequencyEncoder::defaults, MIXED, TestData.binary(MIXED, 2));
    }

    @TestFactory
    Stream<DynamicTest> targetEncodeBinary() {
        return EstimatorContract.check(TargetEncoder::defaults, MIXED, TestData.binary(MIXED, 2));
    }

    @TestFactory
    Stream<DynamicTest> targetEncodeMulticlass() {
        return EstimatorContract.check(TargetEncoder::defaults, MIXED, TestData.multiclass(MIXED, 2));
    }

    @TestFactory
    Stream<DynamicTest> targetEncodeRegression() {
        return EstimatorContract.check(TargetEncoder::defaults, MIXED, TestData.regression(MIXED, 2));
    }

    @TestFactory
    Stream<DynamicTest> scale() {
        return EstimatorContract.check(StandardScaler::defaults, MIXED, TestData.binary(MIXED, 2));
    }
}
