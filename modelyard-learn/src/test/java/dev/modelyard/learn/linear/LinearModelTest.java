package dev.modelyard.learn.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.bundle.Payloads;
import dev.modelyard.scoring.bundle.StepState;
import dev.modelyard.scoring.linear.LinearModel;
import dev.modelyard.scoring.linear.LinearParams;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LinearModelTest {
    private static final Frame DATA = TestData.numeric(300, 4, 7);

    @Test
    void invalidParamsAreRejectedClearly() {
        assertThatThrownBy(() -> LinearParams.defaults().withL1Ratio(1.5))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("l1Ratio");
        assertThatThrownBy(() -> LinearParams.defaults().withLambda(-1))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("lambda");
    }

    @Test
    void badInputsAreRejectedClearly() {
        LinearLearner l = new LinearLearner();
        assertThatThrownBy(() -> l.fit(DATA, null, FitContext.seeded(1))).isInstanceOf(ModelyardException.class).hasMessageContaining("target");
        Frame withText = DATA.with(CategoricalColumn.fromStrings("color", new String[DATA.rowCount()]));
        assertThatThrownBy(() -> l.fit(withText, TestData.binary(DATA, 1), FitContext.seeded(1)))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("color");
        Target short_ = new Target("y", Task.REGRESSION, new double[3], List.of());
        assertThatThrownBy(() -> l.fit(DATA, short_, FitContext.seeded(1))).isInstanceOf(ModelyardException.class).hasMessageContaining("3 values");
    }

    @Test
    void cancellationStopsTheFitAndProgressIsReported() {
        Cancellation c = new Cancellation();
        c.cancel();
        FitContext cancelled = new FitContext(1, 1, Progress.NONE, c);
        assertThatThrownBy(() -> new LinearLearner().fit(DATA, TestData.binary(DATA, 1), cancelled))
                .isInstanceOf(ModelyardException.class).extracting(e -> ((ModelyardException) e).code()).isEqualTo(ErrorCode.CANCELLED);

        AtomicLong last = new AtomicLong();
        FitContext watched = new FitContext(1, 1, (stage, done, total) -> last.set(done), new Cancellation());
        LinearModel m = (LinearModel) new LinearLearner().fit(DATA, TestData.binary(DATA, 1), watched);
        assertThat(last.get()).isEqualTo(m.iterations()).isPositive();
    }

    @Test
    void hittingTheIterationCapIsRecordedNotHidden() {
        LinearModel m = (LinearModel) new LinearLearner(LinearParams.defaults().withMaxIterations(1))
                .fit(DATA, TestData.multiclass(DATA, 1), FitContext.seeded(1));
        assertThat(m.converged()).isFalse();
        assertThat(m.iterations()).isEqualTo(1);
        assertThat(m.save().params().get("converged").asBoolean()).isFalse();
    }

    @Test
    void singleClassTrainingDataGivesAConstantModel() {
        Target allNo = new Target("y", Task.BINARY, new double[DATA.rowCount()], List.of("no", "yes"));
        LinearModel m = (LinearModel) new LinearLearner().fit(DATA, allNo, FitContext.seeded(1));
        double[] out = new double[2];
        m.predictRow(new double[] {1, 2, 3, 4}, out);
        assertThat(out[1]).isLessThan(0.01);
        assertThat(m.coefficients()[0]).containsOnly(0.0);
    }

    @Test
    void corruptStateIsACorruptBundleError() {
        StepState good = new LinearLearner().fit(DATA, TestData.binary(DATA, 1), FitContext.seeded(1)).save();
        Map<String, byte[]> shortWeights = new HashMap<>(good.payloads());
        shortWeights.put("weights", Payloads.doubles(new double[] {1, 2}));
        assertCorrupt(new StepState("linear", good.params(), shortWeights), "weights");

        ObjectNode badTask = good.params().deepCopy();
        badTask.put("task", "ranking");
        assertCorrupt(new StepState("linear", badTask, good.payloads()), "ranking");

        ObjectNode noParams = good.params().deepCopy();
        noParams.remove("params");
        assertCorrupt(new StepState("linear", noParams, good.payloads()), "params");
    }

    private static void assertCorrupt(StepState s, String mentions) {
        assertThatThrownBy(() -> LinearModel.load(s)).isInstanceOf(ModelyardException.class)
                .hasMessageContaining(mentions)
                .extracting(e -> ((ModelyardException) e).code()).isEqualTo(ErrorCode.CORRUPT_BUNDLE);
    }
}
