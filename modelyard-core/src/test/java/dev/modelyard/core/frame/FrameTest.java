package dev.modelyard.core.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.provenance.Fingerprint;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameTest {
    private static Frame sample() {
        BitSet nNull = new BitSet();
        nNull.set(1);
        return Frame.of(
                DoubleColumn.of("x", new double[] {1.5, Double.NaN, 3.0}),
                LongColumn.of("n", new long[] {10, 0, 30}, nNull),
                CategoricalColumn.fromStrings("c", new String[] {"a", null, "a"}),
                TextColumn.of("t", new String[] {"hello", "world", null}));
    }

    @Test
    void columnsKeepTypesAndNullMasks() {
        Frame f = sample();
        assertThat(f.rowCount()).isEqualTo(3);
        assertThat(f.schema().names()).containsExactly("x", "n", "c", "t");
        assertThat(f.column("x").isNull(1)).isTrue();
        assertThat(f.column("n").isNull(1)).isTrue();
        assertThat(f.column("n").getDouble(2)).isEqualTo(30.0);
        CategoricalColumn c = f.column("c", CategoricalColumn.class);
        assertThat(c.levelCount()).isEqualTo(1);
        assertThat(c.code(1)).isEqualTo(-1);
        assertThat(c.counts()).containsExactly(2);
        assertThat(f.column("t").nullCount()).isEqualTo(1);
    }

    @Test
    void selectGathersRowsInOrder() {
        Frame s = sample().select(new int[] {2, 0, 2});
        assertThat(s.rowCount()).isEqualTo(3);
        assertThat(s.column("x").getDouble(1)).isEqualTo(1.5);
        assertThat(s.column("t").getString(0)).isNull();
        assertThat(s.column("c").getString(2)).isEqualTo("a");
    }

    @Test
    void missingColumnSuggestsCloseNames() {
        assertThatThrownBy(() -> sample().column("xx"))
                .isInstanceOf(ModelyardException.class)
                .hasMessageContaining("'xx' not found")
                .hasMessageContaining("did you mean 'x'")
                .satisfies(e -> assertThat(((ModelyardException) e).code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void rowIntoFillsNumericAndStringSlots() {
        Frame f = sample();
        RowBuffer b = new RowBuffer(f.schema());
        f.rowInto(1, b);
        assertThat(b.num[0]).isNaN();
        assertThat(b.num[1]).isNaN();
        assertThat(b.str[2]).isNull();
        assertThat(b.str[3]).isEqualTo("world");
        f.rowInto(0, b);
        assertThat(b.num[1]).isEqualTo(10.0);
        assertThat(b.str[2]).isEqualTo("a");
    }

    @Test
    void schemaCompatibilityNamesEveryProblem() {
        Schema have = sample().schema();
        Schema need = Schema.of(new Field("x", ColumnType.DOUBLE), new Field("t", ColumnType.DOUBLE), new Field("zz", ColumnType.LONG));
        assertThatThrownBy(() -> have.requireCompatible(need, "model"))
                .hasMessageContaining("column 't' is text but model expects double")
                .hasMessageContaining("missing column 'zz'");
        // long feeds double; text feeds categorical
        have.requireCompatible(Schema.of(new Field("n", ColumnType.DOUBLE), new Field("t", ColumnType.CATEGORICAL)), "model");
    }

    @Test
    void fingerprintChangesWithAnyCell() {
        Frame a = sample();
        Frame b = a.with(DoubleColumn.of("x", new double[] {1.5, Double.NaN, 3.0000001}));
        assertThat(Fingerprint.of(a)).isEqualTo(Fingerprint.of(sample())).hasSize(64);
        assertThat(Fingerprint.of(b)).isNotEqualTo(Fingerprint.of(a));
        assertThat(Fingerprint.of(a.select(new int[] {1, 0, 2}))).isNotEqualTo(Fingerprint.of(a));
    }

    @Test
    void infinityIsMissingInDoubleColumns() {
        DoubleColumn d = DoubleColumn.of("d", new double[] {Double.POSITIVE_INFINITY, 1});
        assertThat(d.isNull(0)).isTrue();
        assertThat(d.nullCount()).isEqualTo(1);
    }

    @Test
    void withReplacesInPlaceAndWithoutDrops() {
        Frame f = sample().with(TextColumn.of("x", new String[] {"1", "2", "3"})).without(List.of("n", "absent"));
        assertThat(f.schema().names()).containsExactly("x", "c", "t");
        assertThat(f.column("x").type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void intBackedLongColumnReadsSelectsAndRenamesLikeALongOne() {
        java.util.BitSet nulls = new java.util.BitSet();
        nulls.set(1);
        LongColumn ints = LongColumn.owningInts("n", new int[] {Integer.MIN_VALUE, 0, 7, Integer.MAX_VALUE}, nulls);
        LongColumn longs = LongColumn.of("n", new long[] {Integer.MIN_VALUE, 0, 7, Integer.MAX_VALUE}, nulls);
        assertThat(ints.size()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            assertThat(ints.isNull(i)).isEqualTo(longs.isNull(i));
            assertThat(ints.getString(i)).isEqualTo(longs.getString(i));
            assertThat(Double.valueOf(ints.getDouble(i))).isEqualTo(Double.valueOf(longs.getDouble(i)));
        }
        assertThat(ints.getLong(0)).isEqualTo(Integer.MIN_VALUE);
        LongColumn picked = ints.select(new int[] {3, 1, 0}).rename("m");
        assertThat(picked.name()).isEqualTo("m");
        assertThat(picked.size()).isEqualTo(3);
        assertThat(picked.getLong(0)).isEqualTo(Integer.MAX_VALUE);
        assertThat(picked.isNull(1)).isTrue();
        assertThat(picked.getLong(2)).isEqualTo(Integer.MIN_VALUE);
        assertThat(ints.nullCount()).isEqualTo(1);
    }
}
