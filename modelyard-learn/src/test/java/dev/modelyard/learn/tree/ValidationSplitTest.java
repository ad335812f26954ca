package dev.modelyard.learn.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValidationSplitTest {
    /** 900 rows of class 0, 90 of class 1, 10 of class 2. */
    static final Target SKEWED = new Target("y", Task.MULTICLASS,
            IntStream.range(0, 1000).mapToDouble(i -> i < 900 ? 0 : i < 990 ? 1 : 2).toArray(), List.of("a", "b", "c"));

    @Test
    void keepsClassSharesAndCoversEveryRowOnce() {
        ValidationSplit s = ValidationSplit.of(SKEWED, 0.1, 5);
        assertThat(s.validation()).hasSize(100);
        assertThat(Arrays.stream(s.validation()).filter(i -> i >= 990).count()).isEqualTo(1);
        assertThat(Arrays.stream(s.validation()).filter(i -> i >= 900 && i < 990).count()).isEqualTo(9);
        int[] all = IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.validation())).sorted().toArray();
        assertThat(all).isEqualTo(IntStream.range(0, 1000).toArray());
        assertThat(s.train()).isSorted();
        assertThat(s.validation()).isSorted();
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        assertThat(ValidationSplit.of(SKEWED, 0.2, 9).validation()).isEqualTo(ValidationSplit.of(SKEWED, 0.2, 9).validation());
        assertThat(ValidationSplit.of(SKEWED, 0.2, 9).validation()).isNotEqualTo(ValidationSplit.of(SKEWED, 0.2, 10).validation());
    }

    @Test
    void everyClassKeepsATrainingRowAndTinyDataIsNotSplit() {
        Target two = new Target("y", Task.BINARY, new double[] {0, 1}, List.of("n", "y"));
        ValidationSplit s = ValidationSplit.of(two, 0.9, 1);
        assertThat(s.hasValidation()).isFalse();
        assertThat(s.train()).containsExactly(0, 1);
        Target reg = new Target("y", Task.REGRESSION, new double[] {1, 2, 3}, List.of());
        assertThat(ValidationSplit.of(reg, 0.1, 1).hasValidation()).isFalse();
    }
}
