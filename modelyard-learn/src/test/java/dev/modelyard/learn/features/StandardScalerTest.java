package dev.modelyard.learn.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.features.FittedStandardScaler;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class StandardScalerTest {
    @Test
    void standardisesIgnoringMissingAndLeavesConstantsUnscaled() {
        Frame train = Frame.of(DoubleColumn.of("x", new double[] {1, 2, Double.NaN, 3}),
                LongColumn.of("k", new long[] {5, 5, 5, 5}),
                BooleanColumn.of("b", new boolean[] {true, false, false, false}, new BitSet()));
        FittedStandardScaler t = StandardScaler.defaults().fit(train, null, FitContext.seeded(1));
        assertThat(t.mean("x")).isEqualTo(2.0);
        assertThat(t.std("x")).isCloseTo(Math.sqrt(2.0 / 3), within(1e-15));
        assertThat(t.std("k")).isEqualTo(1.0);
        Frame out = t.transform(train);
        assertThat(out.column("x").getDouble(2)).isNaN();
        assertThat(out.column("x").getDouble(0)).isCloseTo(-1 / Math.sqrt(2.0 / 3), within(1e-12));
        assertThat(out.column("k").getDouble(0)).isZero();
        assertThat(out.column("b").getDouble(0)).isCloseTo(0.75 / Math.sqrt(0.1875), within(1e-12));
        // A long column where a double was seen is fine.
        Frame later = train.with(LongColumn.of("x", new long[] {2, 4, 0, 0}));
        assertThat(t.transform(later).column("x").getDouble(1)).isCloseTo(2 / Math.sqrt(2.0 / 3), within(1e-12));
        assertThat(RowPath.apply(t, later, 1).num[0]).isEqualTo(t.transform(later).column("x").getDouble(1));
    }
}
