package dev.modelyard.evaluate.leakage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.core.frame.TimestampColumn;
import java.util.BitSet;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DuplicatesAcrossTest {
    private static final int N = 100;
    private final int[] train = IntStream.range(0, 80).toArray();
    private final int[] test = IntStream.range(80, N).toArray();

    /** Every column type with nulls; rows 85, 90, 95 copy training rows 3, 10, 20 exactly, row 99 copies row 4 but one cell. */
    static Frame frame() {
        Random r = new Random(11);
        double[] d = new double[N];
        long[] l = new long[N];
        String[] cat = new String[N];
        String[] text = new String[N];
        long[] ts = new long[N];
        boolean[] b = new boolean[N];
        BitSet lNull = new BitSet();
        BitSet tsNull = new BitSet();
        BitSet bNull = new BitSet();
        for (int i = 0; i < N; i++) {
            d[i] = i % 7 == 0 ? Double.NaN : r.nextGaussian();
            l[i] = r.nextInt(5);
            cat[i] = i % 9 == 0 ? null : "c" + r.nextInt(4);
            text[i] = "note " + r.nextInt(1000);
            ts[i] = 1_700_000_000_000L + r.nextInt(1000) * 1000L;
            b[i] = r.nextBoolean();
            if (i % 5 == 0) {
                lNull.set(i);
            }
            if (i % 6 == 0) {
                tsNull.set(i);
            }
            if (i % 8 == 0) {
                bNull.set(i);
            }
        }
        int[][] copies = {{85, 3}, {90, 10}, {95, 20}, {99, 4}};
        for (int[] c : copies) {
            int to = c[0];
            int from = c[1];
            d[to] = d[from];
            l[to] = l[from];
            cat[to] = cat[from];
            text[to] = text[from] == null ? null : new String(text[from]); // equal, not the same object
            ts[to] = ts[from];
            b[to] = b[from];
            set(lNull, to, lNull.get(from));
            set(tsNull, to, tsNull.get(from));
            set(bNull, to, bNull.get(from));
        }
        text[99] = text[4] + "!";
        return Frame.of(DoubleColumn.of("d", d), LongColumn.of("l", l, lNull), CategoricalColumn.fromStrings("cat", cat),
                TextColumn.of("text", text), TimestampColumn.of("ts", ts, tsNull), BooleanColumn.of("b", b, bNull));
    }

    private static void set(BitSet s, int i, boolean v) {
        if (v) {
            s.set(i);
        } else {
            s.clear(i);
        }
    }

    @Test
    void countsTestRowsRepeatingATrainingRowExactly() {
        Optional<LeakageFinding> f = LeakageChecks.duplicatesAcross(frame(), train, test);
        assertThat(f).isPresent();
        assertThat(f.get().kind()).isEqualTo("duplicate_rows");
        assertThat(f.get().column()).isNull();
        assertThat(f.get().score()).isEqualTo(3.0 / 20);
        assertThat(f.get().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.get().message()).startsWith("3 of 20 test rows (15.0%) also appear exactly in the training rows");
    }

    @Test
    void noFindingWithoutDuplicates() {
        int[] cleanTest = {81, 82, 83, 99};
        assertThat(LeakageChecks.duplicatesAcross(frame(), train, cleanTest)).isEmpty();
    }

    @Test
    void repeatedTrainingRowsAndAFewDuplicatesGiveAWarning() {
        // training holds row 3 twice (stored once); 1 of 40 test rows duplicates it
        int[] trainWithRepeats = IntStream.concat(IntStream.range(0, 80), IntStream.of(3, 3, 3)).toArray();
        int[] bigTest = IntStream.concat(IntStream.of(85), IntStream.range(0, 39).map(i -> 81 + (i % 4))).toArray();
        LeakageFinding f = LeakageChecks.duplicatesAcross(frame(), trainWithRepeats, bigTest).orElseThrow();
        assertThat(f.score()).isEqualTo(1.0 / 40);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void scalesToManyRowsWithManyIdenticalOnes() {
        int n = 200_000;
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = i < n / 2 ? 42 : i; // half the rows identical
        }
        Frame f = Frame.of(LongColumn.of("v", v));
        int[] tr = IntStream.range(0, n).filter(i -> i % 2 == 0).toArray();
        int[] te = IntStream.range(0, n).filter(i -> i % 2 == 1).toArray();
        // odd rows below n/2 are 42, which training has; odd rows above are unique
        assertThat(LeakageChecks.duplicatesAcross(f, tr, te).orElseThrow().score()).isEqualTo(0.5);
    }

    @Test
    void rejectsRowsOutsideTheFrame() {
        assertThatThrownBy(() -> LeakageChecks.duplicatesAcross(frame(), train, new int[] {100}))
                .isInstanceOf(ModelyardException.class).hasMessage("test row index 100 is outside the frame's 100 rows");
    }
}
