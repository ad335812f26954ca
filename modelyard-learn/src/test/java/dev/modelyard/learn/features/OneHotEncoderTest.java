package dev.modelyard.learn.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.features.FittedOneHotEncoder;
import org.junit.jupiter.api.Test;

class OneHotEncoderTest {
    private static final Frame TRAIN = Frame.of(CategoricalColumn.fromStrings("c", new String[] {"b", "a", "b", "c", null, "b"}));

    @Test
    void oneColumnPerSortedLevelAndZerosForUnseenOrMissing() {
        FittedOneHotEncoder t = OneHotEncoder.defaults().fit(TRAIN, null, FitContext.seeded(1));
        Frame later = Frame.of(TextColumn.of("c", new String[] {"c", "zzz", null, "a"}));
        Frame out = t.transform(later);
        assertThat(out.schema().names()).containsExactly("c=a", "c=b", "c=c");
        double[][] expected = {{0, 0, 1}, {0, 0, 0}, {0, 0, 0}, {1, 0, 0}};
        for (int i = 0; i < expected.length; i++) {
            RowBuffer row = RowPath.apply(t, later, i);
            for (int j = 0; j < 3; j++) {
                assertThat(out.column(j).getDouble(i)).isEqualTo(expected[i][j]);
                assertThat(row.num[j]).isEqualTo(expected[i][j]);
            }
        }
    }

    @Test
    void rareLevelsGetNoColumn() {
        FittedOneHotEncoder t = new OneHotEncoder(new OneHotEncoder.Params(16, 2)).fit(TRAIN, null, FitContext.seeded(1));
        assertThat(t.outputSchema(TRAIN.schema()).names()).containsExactly("c=b");
    }

    @Test
    void manyLevelsAreLeftForOtherEncoders() {
        Frame mixed = TestData.mixed(200, 4);
        FittedOneHotEncoder t = OneHotEncoder.defaults().fit(mixed, null, FitContext.seeded(1));
        assertThat(t.inputSchema().names()).containsExactly("color");
        assertThat(t.transform(mixed).has("city")).isTrue();
    }
}
