package dev.modelyard.learn.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.TimestampColumn;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.features.FittedDateTimeExpander;
import java.time.Instant;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class DateTimeExpanderTest {
    @Test
    void partsOfAKnownSaturdayAndNull() {
        long t = Instant.parse("2024-03-09T17:30:00Z").toEpochMilli();
        BitSet nulls = new BitSet();
        nulls.set(1);
        Frame f = Frame.of(TimestampColumn.of("at", new long[] {t, 0}, nulls), DoubleColumn.of("x", new double[] {1, 2}));
        FittedDateTimeExpander step = DateTimeExpander.defaults().fit(f, null, FitContext.seeded(1));
        Frame out = step.transform(f);
        assertThat(out.schema().names()).containsExactly("at__year", "at__month", "at__day", "at__dayofweek", "at__hour", "at__weekend", "x");
        double[] expected = {2024, 3, 9, 6, 17, 1};
        for (int k = 0; k < expected.length; k++) {
            assertThat(out.column(k).getDouble(0)).isEqualTo(expected[k]);
            assertThat(out.column(k).getDouble(1)).isNaN();
        }
        RowBuffer row = RowPath.apply(step, f, 0);
        for (int k = 0; k < expected.length; k++) {
            assertThat(row.num[k]).isEqualTo(expected[k]);
        }
    }
}
