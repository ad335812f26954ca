package dev.modelyard.learn.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.features.FittedImputer;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class ImputerTest {
    private static final double NaN = Double.NaN;

    private static Frame train() {
        BitSet longNull = new BitSet();
        longNull.set(0);
        return Frame.of(
                DoubleColumn.of("gappy", new double[] {1, NaN, 3, 10, NaN}),
                DoubleColumn.of("full", new double[] {4, 5, 6, 7, 8}),
                LongColumn.of("count", new long[] {0, 2, 4, 6, 9}, longNull),
                CategoricalColumn.fromStrings("color", new String[] {"red", null, "blue", "red", "blue"}),
                CategoricalColumn.fromStrings("size", new String[] {"s", "m", "m", "l", "m"}),
                TextColumn.of("note", new String[] {"a", null, "b", "c", "d"}));
    }

    @Test
    void fillsWithMedianAndModeAndAddsIndicatorsWhereTrainingHadGaps() {
        FittedImputer t = Imputer.defaults().fit(train(), null, FitContext.seeded(1));
        Frame out = t.transform(train());
        assertThat(out.schema().toString()).isEqualTo("Schema[gappy:double, gappy__missing:double, full:double, count:double, "
                + "count__missing:double, color:categorical, color__missing:double, size:categorical, note:text]");
        assertThat(t.fillValue("gappy")).isEqualTo(3.0);
        assertThat(t.fillValue("count")).isEqualTo(5.0); // median of 2, 4, 6, 9
        assertThat(out.column("gappy").getDouble(1)).isEqualTo(3.0);
        assertThat(out.column("gappy__missing").getDouble(1)).isEqualTo(1.0);
        assertThat(out.column("gappy__missing").getDouble(0)).isEqualTo(0.0);
        assertThat(out.column("count").getDouble(0)).isEqualTo(5.0);
        // Ties in the mode go to the smallest level: blue and red both appear twice.
        assertThat(t.fillLevel("color")).isEqualTo("blue");
        assertThat(out.column("color").getString(1)).isEqualTo("blue");
        assertThat(out.column("color").nullCount()).isZero();
        assertThat(out.column("note").getString(1)).as("text is not the imputer's business").isNull();
    }

    @Test
    void meanStrategyAndIndicatorsAlways() {
        FittedImputer t = new Imputer(new Imputer.Params(Imputer.Strategy.MEAN, true)).fit(train(), null, FitContext.seeded(1));
        assertThat(t.fillValue("gappy")).isEqualTo(14.0 / 3);
        assertThat(t.outputSchema(train().schema()).names()).contains("full__missing", "size__missing");
    }

    @Test
    void predictTimeGapsInCompleteColumnsAreFilledWithoutIndicator() {
        FittedImputer t = Imputer.defaults().fit(train(), null, FitContext.seeded(1));
        Frame later = Frame.of(
                DoubleColumn.of("gappy", new double[] {NaN}),
                LongColumn.of("full", new long[] {0}, bits(0)),       // long where double was seen, and missing
                DoubleColumn.of("count", new double[] {2.5}),         // double where long was seen
                TextColumn.of("color", new String[] {null}),          // text where a category was seen
                CategoricalColumn.fromStrings("size", new String[] {"xxl"}), // unseen level passes through
                TextColumn.of("note", new String[] {"z"}));
        Frame out = t.transform(later);
        assertThat(out.has("full__missing")).isFalse();
        assertThat(out.column("full").getDouble(0)).isEqualTo(6.0);
        assertThat(out.column("count").getDouble(0)).isEqualTo(2.5);
        assertThat(out.column("color").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(out.column("color").getString(0)).isEqualTo("blue");
        assertThat(out.column("color__missing").getDouble(0)).isEqualTo(1.0);
        assertThat(out.column("size").getString(0)).isEqualTo("xxl");

        RowBuffer row = RowPath.apply(t, later, 0);
        Frame expected = out;
        for (int j = 0; j < expected.columnCount(); j++) {
            if (expected.column(j).type().isNumericSlot()) {
                assertThat(row.num[j]).isEqualTo(expected.column(j).getDouble(0));
            } else {
                assertThat(row.str[j]).isEqualTo(expected.column(j).getString(0));
            }
        }
    }

    private static BitSet bits(int... set) {
        BitSet b = new BitSet();
        for (int i : set) {
            b.set(i);
        }
        return b;
    }
}
