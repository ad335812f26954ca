package dev.modelyard.learn.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.features.FittedTargetEncoder;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TargetEncoderTest {
    private static final int N = 400;

    /** 30 levels whose target rate depends on the level, plus one level ("solo") that appears once. */
    private static Frame data() {
        Random r = new Random(5);
        String[] c = new String[N];
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            c[i] = i == 17 ? "solo" : "L" + r.nextInt(30);
            x[i] = r.nextGaussian();
        }
        return Frame.of(CategoricalColumn.fromStrings("c", c), DoubleColumn.of("x1", x));
    }

    private static Target binary(Frame f) {
        Random r = new Random(6);
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            int level = f.column("c").getString(i).hashCode() & 7;
            y[i] = r.nextDouble() < 0.1 + level * 0.1 ? 1 : 0;
        }
        return new Target("y", Task.BINARY, y, List.of("no", "yes"));
    }

    @Test
    void fullFitIsTheSmoothedMean() {
        Frame f = data();
        Target y = binary(f);
        FittedTargetEncoder t = TargetEncoder.defaults().fit(f, y, FitContext.seeded(1));
        double prior = 0;
        double sum = 0;
        int count = 0;
        for (int i = 0; i < N; i++) {
            prior += y.values()[i] / N;
            if (f.column("c").getString(i).equals("L3")) {
                sum += y.values()[i];
                count++;
            }
        }
        assertThat(t.encoding("c", "L3", 0)).isCloseTo((sum + 20 * prior) / (count + 20), within(1e-12));
        assertThat(t.encoding("c", "never-seen", 0)).isCloseTo(prior, within(1e-12));
        Frame later = Frame.of(TextColumn.of("c", new String[] {"L3", "never-seen", null}), DoubleColumn.of("x1", new double[3]));
        Frame out = t.transform(later);
        assertThat(out.schema().names()).containsExactly("c__te", "x1");
        assertThat(out.column(0).getDouble(0)).isEqualTo(t.encoding("c", "L3", 0));
        assertThat(out.column(0).getDouble(1)).isCloseTo(prior, within(1e-12));
        assertThat(out.column(0).getDouble(2)).isCloseTo(prior, within(1e-12));
        assertThat(RowPath.apply(t, later, 0).num[0]).isEqualTo(out.column(0).getDouble(0));
    }

    @Test
    void outOfFoldTrainingEncodingNeverSeesTheRowsOwnTarget() {
        Frame f = data();
        Target y = binary(f);
        FitContext ctx = FitContext.seeded(42);
        Estimator.Fitted<FittedTargetEncoder> fitted = TargetEncoder.defaults().fitTransform(f, y, ctx);
        Frame oof = fitted.output();
        Frame full = fitted.transformer().transform(f);
        assertThat(oof.schema()).isEqualTo(full.schema());
        int differ = 0;
        for (int i = 0; i < N; i++) {
            if (oof.column(0).getDouble(i) != full.column(0).getDouble(i)) {
                differ++;
            }
        }
        assertThat(differ).isGreaterThan(N / 2);

        // The singleton level gets the prior of the other folds on its own row.
        int[] fold = TargetStats.folds(N, 5, 42);
        double sum = 0;
        int used = 0;
        for (int i = 0; i < N; i++) {
            if (fold[i] != fold[17]) {
                sum += y.values()[i];
                used++;
            }
        }
        assertThat(oof.column(0).getDouble(17)).isCloseTo(sum / used, within(1e-12));

        // Flipping a row's own label leaves its own encoding unchanged.
        for (int row : new int[] {0, 17, 123, 399}) {
            double[] flipped = y.values().clone();
            flipped[row] = 1 - flipped[row];
            Target y2 = new Target("y", Task.BINARY, flipped, y.classes());
            Frame oof2 = TargetEncoder.defaults().fitTransform(f, y2, ctx).output();
            assertThat(oof2.column(0).getDouble(row)).as("row %d", row).isEqualTo(oof.column(0).getDouble(row));
        }
    }

    @Test
    void multiclassGivesOneColumnPerClassSummingToOne() {
        Frame f = data();
        Target y = TestData.multiclass(f, 3);
        Estimator.Fitted<FittedTargetEncoder> fitted = TargetEncoder.defaults().fitTransform(f, y, FitContext.seeded(1));
        assertThat(fitted.output().schema().names()).containsExactly("c__te_a", "c__te_b", "c__te_c", "x1");
        for (Frame out : List.of(fitted.output(), fitted.transformer().transform(f))) {
            for (int i = 0; i < N; i++) {
                double s = out.column(0).getDouble(i) + out.column(1).getDouble(i) + out.column(2).getDouble(i);
                assertThat(s).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    @Test
    void missingTargetIsAClearError() {
        assertThatThrownBy(() -> TargetEncoder.defaults().fit(data(), null, FitContext.seeded(1)))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("target_encode needs a target");
        assertThatThrownBy(() -> TargetEncoder.defaults().fitTransform(data(), null, FitContext.seeded(1)))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("target");
    }
}
