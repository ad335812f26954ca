package dev.modelyard.learn.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.features.FittedFrequencyEncoder;
import org.junit.jupiter.api.Test;

class FrequencyEncoderTest {
    @Test
    void addsTrainingShareAndKeepsTheOriginal() {
        Frame train = Frame.of(CategoricalColumn.fromStrings("c", new String[] {"x", "y", "x", "z", null, "x", "y", "w"}));
        FittedFrequencyEncoder t = new FrequencyEncoder(new FrequencyEncoder.Params(2)).fit(train, null, FitContext.seeded(1));
        Frame later = Frame.of(TextColumn.of("c", new String[] {"x", "y", "new", null}));
        Frame out = t.transform(later);
        assertThat(out.schema().names()).containsExactly("c", "c__freq");
        assertThat(out.column("c").type()).isEqualTo(ColumnType.CATEGORICAL);
        double[] expected = {3 / 8.0, 2 / 8.0, 0, 0};
        for (int i = 0; i < expected.length; i++) {
            assertThat(out.column("c__freq").getDouble(i)).isEqualTo(expected[i]);
            assertThat(out.column("c").getString(i)).isEqualTo(later.column("c").getString(i));
            RowBuffer row = RowPath.apply(t, later, i);
            assertThat(row.str[0]).isEqualTo(later.column("c").getString(i));
            assertThat(row.num[1]).isEqualTo(expected[i]);
        }
    }

    @Test
    void fewLevelsAreLeftAlone() {
        Frame train = Frame.of(CategoricalColumn.fromStrings("c", new String[] {"x", "y", "z"}));
        assertThat(FrequencyEncoder.defaults().fit(train, null, FitContext.seeded(1)).inputSchema().size()).isZero();
    }
}
