package dev.modelyard.learn.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.bundle.StepCodecs;
import dev.modelyard.scoring.bundle.StepState;
import dev.modelyard.scoring.features.FittedOrdinalEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrdinalEncoderTest {
    /** Level shares of class "yes": a 3/4, b 1/4, c 2/4, d 2/4 (d ties c; the name breaks it), one missing row. */
    private static final String[] LEVELS = {"a", "a", "a", "a", "b", "b", "b", "b", "c", "c", "c", "c", "d", "d", "d", "d", null};
    private static final double[] YES = {1, 1, 1, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 1};
    private static final Frame TRAIN = Frame.of(CategoricalColumn.fromStrings("c", LEVELS));

    private static final OrdinalEncoder PLAIN = new OrdinalEncoder(new OrdinalEncoder.Params(16, 0.0));

    @Test
    void binaryTargetOrdersLevelsByMeanTargetWithTiesByName() {
        FittedOrdinalEncoder t = PLAIN.fit(TRAIN, binary(YES), FitContext.seeded(1));
        assertCodes(t, "b", 0, "c", 1, "d", 2, "a", 3);
    }

    @Test
    void regressionTargetOrdersLevelsByMeanValue() {
        double[] y = new double[LEVELS.length];
        for (int i = 0; i < y.length; i++) {
            // Means: a 40, b 10, c 30, d 20.
            y[i] = LEVELS[i] == null ? 999 : switch (LEVELS[i]) { case "a" -> 40; case "b" -> 10; case "c" -> 30; default -> 20; };
        }
        FittedOrdinalEncoder t = PLAIN.fit(TRAIN, new Target("y", Task.REGRESSION, y, List.of()), FitContext.seeded(1));
        assertCodes(t, "b", 0, "d", 1, "c", 2, "a", 3);
    }

    @Test
    void multiclassAndUnsupervisedOrderByFrequencyThenName() {
        Frame f = Frame.of(CategoricalColumn.fromStrings("c", new String[] {"x", "y", "y", "z", "z", "z", "w", "y", null}));
        double[] cls = {0, 1, 2, 0, 1, 2, 0, 1, 2};
        FittedOrdinalEncoder multi = PLAIN.fit(f, new Target("y", Task.MULTICLASS, cls, List.of("p", "q", "r")), FitContext.seeded(1));
        assertCodes(multi, "y", 0, "z", 1, "w", 2, "x", 3);
        assertCodes(PLAIN.fit(f, null, FitContext.seeded(1)), "y", 0, "z", 1, "w", 2, "x", 3);
    }

    @Test
    void smoothingKeepsARareLevelAwayFromTheEnds() {
        // "r" has one row, a positive: by its plain mean it outranks every level, smoothed it sits below "a" (3/4 of 4 rows).
        String[] lv = java.util.Arrays.copyOf(LEVELS, LEVELS.length + 1);
        lv[lv.length - 1] = "r";
        double[] y = java.util.Arrays.copyOf(YES, YES.length + 1);
        y[y.length - 1] = 1;
        Frame f = Frame.of(CategoricalColumn.fromStrings("c", lv));
        assertThat(PLAIN.fit(f, binary(y), FitContext.seeded(1)).code("c", "r")).isEqualTo(4.0);
        FittedOrdinalEncoder smoothed = new OrdinalEncoder(new OrdinalEncoder.Params(16, 4.0)).fit(f, binary(y), FitContext.seeded(1));
        assertThat(smoothed.code("c", "r")).isLessThan(smoothed.code("c", "a"));
    }

    @Test
    void unseenAndMissingGiveNaNInBatchAndRow() {
        FittedOrdinalEncoder t = PLAIN.fit(TRAIN, binary(YES), FitContext.seeded(1));
        // Text at prediction time is read as the same categories.
        Frame later = Frame.of(TextColumn.of("c", new String[] {"a", "zzz", null, "b"}));
        Frame out = t.transform(later);
        assertThat(out.schema().field(0).type()).isEqualTo(ColumnType.DOUBLE);
        double[] expected = {3, Double.NaN, Double.NaN, 0};
        for (int i = 0; i < expected.length; i++) {
            RowBuffer row = RowPath.apply(t, later, i);
            assertThat(Double.compare(out.column("c").getDouble(i), expected[i])).as("batch row %d", i).isZero();
            assertThat(Double.compare(row.num[0], expected[i])).as("row path row %d", i).isZero();
        }
    }

    @Test
    void columnsWithMoreLevelsAreLeftForOtherEncoders() {
        Frame mixed = TestData.mixed(200, 4);
        FittedOrdinalEncoder t = OrdinalEncoder.defaults().fit(mixed, TestData.binary(mixed, 1), FitContext.seeded(1));
        assertThat(t.inputSchema().names()).containsExactly("color");
        assertThat(t.transform(mixed).column("city").type()).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void targetOfAnotherLengthIsRejected() {
        assertThatThrownBy(() -> PLAIN.fit(TRAIN, binary(new double[] {0, 1, 1}), FitContext.seeded(1)))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("ordinal").hasMessageContaining("3 values");
    }

    @Test
    void invalidParamsAreRejected() {
        assertThatThrownBy(() -> new OrdinalEncoder.Params(0, 0.0)).hasMessageContaining("maxLevels");
        assertThatThrownBy(() -> new OrdinalEncoder.Params(16, -1.0)).hasMessageContaining("smoothing");
    }

    @Test
    void bundleStateListingALevelTwiceIsCorrupt() {
        StepState st = PLAIN.fit(TRAIN, binary(YES), FitContext.seeded(1)).save();
        ObjectNode p = st.params().deepCopy();
        ((ArrayNode) p.get("levels").get(0)).add("a");
        assertThatThrownBy(() -> StepCodecs.standard().load(new StepState(st.kind(), p, st.payloads())))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("'c' lists a level twice");
    }

    private static Target binary(double[] y) {
        return new Target("y", Task.BINARY, y, List.of("no", "yes"));
    }

    /** Asserts the code of each (level, code) pair. */
    private static void assertCodes(FittedOrdinalEncoder t, Object... levelCode) {
        for (int i = 0; i < levelCode.length; i += 2) {
            assertThat(t.code("c", (String) levelCode[i])).as("code of %s", levelCode[i]).isEqualTo(((Integer) levelCode[i + 1]).doubleValue());
        }
    }
}
