package dev.modelyard.data.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.LongColumn;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitsTest {
    private static void assertPartition(Fold f, int n) {
        Set<Integer> train = new HashSet<>();
        Arrays.stream(f.train()).forEach(train::add);
        for (int t : f.test()) {
            assertThat(train).doesNotContain(t);
        }
        assertThat(f.train().length + f.test().length).isEqualTo(n);
        assertThat(f.train()).isSorted();
        assertThat(f.test()).isSorted();
    }

    private static void assertTestsCover(List<Fold> folds, int n) {
        int[] seen = new int[n];
        for (Fold f : folds) {
            assertPartition(f, n);
            for (int t : f.test()) {
                seen[t]++;
            }
        }
        assertThat(seen).containsOnly(1);
    }

    @Test
    void kFoldIsDisjointCoveringBalancedAndSeeded() {
        List<Fold> folds = Splits.kFold(103, 5, 7);
        assertTestsCover(folds, 103);
        assertThat(folds).allSatisfy(f -> assertThat(f.test().length).isBetween(20, 21));
        assertThat(Splits.kFold(103, 5, 7).get(0).test()).isEqualTo(folds.get(0).test());
        assertThat(Splits.kFold(103, 5, 8).get(0).test()).isNotEqualTo(folds.get(0).test());
        assertThat(folds.get(0).test()).isNotEqualTo(IntStream.range(0, 21).toArray()); // shuffled
    }

    @Test
    void stratifiedKFoldSpreadsEachClass() {
        int[] cls = new int[200];
        for (int i = 0; i < 200; i++) {
            cls[i] = i < 170 ? 0 : (i < 197 ? 1 : 2); // 170, 27, 3 rows
        }
        List<Fold> folds = Splits.stratifiedKFold(cls, 5, 1);
        assertTestsCover(folds, 200);
        for (Fold f : folds) {
            long c0 = Arrays.stream(f.test()).filter(i -> cls[i] == 0).count();
            long c1 = Arrays.stream(f.test()).filter(i -> cls[i] == 1).count();
            assertThat(c0).isEqualTo(34);
            assertThat(c1).isBetween(5L, 6L);
            assertThat(f.test().length).isBetween(40, 40);
        }
        // class 2 has 3 rows < k: still works, in 3 different folds
        assertThat(folds.stream().filter(f -> Arrays.stream(f.test()).anyMatch(i -> cls[i] == 2)).count()).isEqualTo(3);
    }

    @Test
    void groupKFoldNeverSplitsAGroup() {
        long[] g = new long[100];
        for (int i = 0; i < 100; i++) {
            g[i] = i % 13;
        }
        LongColumn groups = LongColumn.of("user", g);
        List<Fold> folds = Splits.groupKFold(groups, 4, 3);
        assertTestsCover(folds, 100);
        for (Fold f : folds) {
            Set<Long> testGroups = new HashSet<>();
            Arrays.stream(f.test()).forEach(i -> testGroups.add(g[i]));
            Arrays.stream(f.train()).forEach(i -> assertThat(testGroups).doesNotContain(g[i]));
            assertThat(f.test().length).isBetween(16, 32);
        }
        assertThatThrownBy(() -> Splits.groupKFold(CategoricalColumn.fromStrings("g", new String[] {"a", "b", "a"}), 3, 1))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("at least 3 groups").hasMessageContaining("has 2");
    }

    @Test
    void timeSeriesSplitExpandsAndKeepsTiesTogether() {
        long[] t = {5, 1, 3, 3, 3, 2, 8, 7, 6, 4, 9, 9};
        LongColumn time = LongColumn.of("t", t);
        List<Fold> folds = Splits.timeSeriesSplit(time, 3);
        assertThat(folds).hasSize(3);
        int prevTrain = 0;
        for (Fold f : folds) {
            assertPartitionOfSubset(f);
            long maxTrain = Arrays.stream(f.train()).mapToLong(i -> t[i]).max().orElseThrow();
            long minTest = Arrays.stream(f.test()).mapToLong(i -> t[i]).min().orElseThrow();
            assertThat(minTest).isGreaterThan(maxTrain);
            assertThat(f.train().length).isGreaterThan(prevTrain);
            prevTrain = f.train().length;
        }
        Fold last = folds.get(2);
        assertThat(last.train().length + last.test().length).isEqualTo(12);
        assertThatThrownBy(() -> Splits.timeSeriesSplit(LongColumn.of("t", new long[] {1, 1, 1, 1, 2}), 3))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("too few distinct times");
    }

    private static void assertPartitionOfSubset(Fold f) {
        Set<Integer> train = new HashSet<>();
        Arrays.stream(f.train()).forEach(train::add);
        Arrays.stream(f.test()).forEach(i -> assertThat(train).doesNotContain(i));
    }

    @Test
    void holdouts() {
        Fold h = Splits.holdout(100, 0.2, 5);
        assertPartition(h, 100);
        assertThat(h.test()).hasSize(20);

        int[] cls = new int[100];
        for (int i = 0; i < 100; i++) {
            cls[i] = i < 90 ? 0 : 1;
        }
        Fold s = Splits.stratifiedHoldout(cls, 0.2, 5);
        assertPartition(s, 100);
        assertThat(Arrays.stream(s.test()).filter(i -> cls[i] == 1).count()).isEqualTo(2);
        assertThat(Arrays.stream(s.test()).filter(i -> cls[i] == 0).count()).isEqualTo(18);

        long[] t = {1, 2, 3, 4, 5, 6, 7, 8, 8, 8};
        Fold th = Splits.timeHoldout(LongColumn.of("t", t), 0.2);
        assertPartition(th, 10);
        assertThat(Arrays.stream(th.test()).mapToLong(i -> t[i]).min().orElseThrow())
                .isGreaterThan(Arrays.stream(th.train()).mapToLong(i -> t[i]).max().orElseThrow());
        assertThat(th.test()).containsExactly(7, 8, 9);
    }

    @Test
    void validatesArguments() {
        assertThatThrownBy(() -> Splits.kFold(10, 1, 0)).isInstanceOf(ModelyardException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> Splits.kFold(3, 5, 0)).isInstanceOf(ModelyardException.class).hasMessageContaining("at least 5 rows, got 3");
        assertThatThrownBy(() -> Splits.holdout(10, 1.0, 0)).isInstanceOf(ModelyardException.class).hasMessageContaining("test fraction");
        assertThatThrownBy(() -> Splits.stratifiedKFold(new int[] {0, -1, 1}, 2, 0)).isInstanceOf(ModelyardException.class).hasMessageContaining("row 1");
        assertThatThrownBy(() -> Splits.timeHoldout(LongColumn.of("t", new long[] {3, 3, 3}), 0.3))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("two distinct times");
    }
}
