package dev.modelyard.learn.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.learn.contract.TestData;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class FeatureMatrixTest {
    @Test
    void selectedRowsComeOutRowMajorAsFloatsWithNaNForMissing() {
        BitSet nulls = new BitSet();
        nulls.set(1);
        Frame f = Frame.of(DoubleColumn.of("a", new double[] {0.5, Double.NaN, 2.5}), LongColumn.of("b", new long[] {7, 8, 9}, nulls));
        FeatureMatrix m = FeatureMatrix.of(f);
        assertThat(m.names()).containsExactly("a", "b");
        assertThat(m.toFloats(new int[] {2, 1, 0})).containsExactly(2.5f, 9f, Float.NaN, Float.NaN, 0.5f, 7f);
    }

    @Test
    void blocksOfManyRowsMatchCellByCell() {
        // More rows than one block, in a scrambled order, so block edges and row mapping are both exercised.
        Frame f = TestData.numeric(5000, 3, 11);
        int[] rows = new int[4321];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (int) ((i * 7919L) % f.rowCount());
        }
        float[] v = FeatureMatrix.of(f).toFloats(rows);
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 3; j++) {
                Column c = f.column(j);
                assertThat(v[i * 3 + j]).as("row %d col %d", i, j).isEqualTo((float) c.getDouble(rows[i]));
            }
        }
    }

    @Test
    void categoricalColumnsAreRejectedByName() {
        Frame f = Frame.of(CategoricalColumn.fromStrings("city", new String[] {"x", "y"}));
        assertThatThrownBy(() -> FeatureMatrix.of(f)).isInstanceOf(ModelyardException.class).hasMessageContaining("'city'");
    }
}
