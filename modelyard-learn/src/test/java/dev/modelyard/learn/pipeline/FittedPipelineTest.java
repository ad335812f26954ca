package dev.modelyard.learn.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.contract.EstimatorContract;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.learn.features.FeatureRecipe;
import dev.modelyard.learn.linear.LinearLearner;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FittedPipelineTest {
    private static Frame withIdAndCode(Frame f) {
        long[] id = new long[f.rowCount()];
        String[] code = new String[f.rowCount()];
        for (int i = 0; i < id.length; i++) {
            id[i] = 1000 + i;
            code[i] = Integer.toString(10 + i % 7);
        }
        return f.with(LongColumn.of("row_id", id)).with(CategoricalColumn.fromStrings("code", code));
    }

    private static FittedPipeline fit(Frame f, Target y) {
        return new PipelineSpec(FeatureRecipe.forLinear(), new LinearLearner()).fit(f, y, FitContext.seeded(1));
    }

    @Test
    void discardedIdColumnIsOptionalAtPrediction() {
        Frame f = withIdAndCode(TestData.mixed(300, 2));
        FittedPipeline p = fit(f, TestData.binary(f, 2));
        assertThat(p.signature().required()).doesNotContain("row_id").contains("x1", "code");
        Frame full = p.predict(f);
        Frame noId = p.predict(f.without("row_id"));
        EstimatorContract.assertFramesEqual(noId, full, 0.0);
    }

    @Test
    void categoryReadAsNumbersIsTreatedAsText() {
        Frame f = withIdAndCode(TestData.mixed(300, 3));
        FittedPipeline p = fit(f, TestData.binary(f, 3));
        long[] asLong = new long[f.rowCount()];
        for (int i = 0; i < asLong.length; i++) {
            asLong[i] = Long.parseLong(f.column("code").getString(i));
        }
        Frame numericCodes = f.with(LongColumn.of("code", asLong));
        EstimatorContract.assertFramesEqual(p.predict(numericCodes), p.predict(f), 0.0);
    }

    @Test
    void missingRequiredColumnsAreAllNamedAndExtrasReported() {
        Frame f = withIdAndCode(TestData.mixed(200, 4));
        FittedPipeline p = fit(f, TestData.binary(f, 4));
        assertThatThrownBy(() -> p.predict(f.without("x1", "color")))
                .isInstanceOf(ModelyardException.class)
                .hasMessageContaining("missing required column 'x1'")
                .hasMessageContaining("missing required column 'color'");
        List<String> extras = new ArrayList<>();
        p.signature().align(f.with(LongColumn.of("unused", new long[f.rowCount()])), extras);
        assertThat(extras).containsExactly("unused");
    }

    @Test
    void parallelBatchScoringEqualsSingleThreaded() {
        Frame f = withIdAndCode(TestData.mixed(20_000, 5));
        FittedPipeline p = fit(f, TestData.binary(f, 5));
        EstimatorContract.assertFramesEqual(p.predict(f, 4), p.predict(f), 0.0);
    }
}
