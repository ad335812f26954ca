package dev.modelyard.monitoring.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.error.ModelyardException;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void recoversTheTrueProbabilityOfAMiscalibratedScore() {
        Synthetic ref = Synthetic.draw(20_000, 0, 1);
        Calibration c = Calibration.fit(ref.scores(), ref.positive());
        // score = p², so the calibrated value at score s should be close to sqrt(s); a step fit is noisy point by
        // point, so the check is on the mean absolute error over a grid, and a loose bound at each point
        double sum = 0;
        int points = 0;
        for (double p = 0.05; p < 0.96; p += 0.01) {
            double error = Math.abs(c.apply(p * p) - p);
            assertThat(error).as("calibrated at p=%s", p).isLessThan(0.08);
            sum += error;
            points++;
        }
        assertThat(sum / points).isLessThan(0.02);
    }

    @Test
    void isMonotoneAndFlatOutsideTheFittedRange() {
        Synthetic ref = Synthetic.draw(2_000, 0, 2);
        Calibration c = Calibration.fit(ref.scores(), ref.positive());
        double previous = -1;
        for (double s = -0.5; s <= 1.5; s += 0.001) {
            double v = c.apply(s);
            assertThat(v).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
            previous = v;
        }
        assertThat(c.apply(-10)).isEqualTo(c.apply(-5));
        assertThat(c.blocks()).isGreaterThan(3).isLessThan(2_000);
        assertThat(c.apply(Double.NaN)).isNaN();
    }

    @Test
    void poolsTiedScoresAndViolators() {
        double[] s = new double[200];
        boolean[] y = new boolean[200];
        for (int i = 0; i < 200; i++) {
            s[i] = i < 100 ? 0.3 : 0.7;        // two tied groups
            y[i] = i < 100 ? i % 4 == 0 : i % 4 != 0; // 25 % and 75 % positive
        }
        Calibration c = Calibration.fit(s, y);
        assertThat(c.blocks()).isEqualTo(2);
        assertThat(c.apply(0.3)).isEqualTo(0.25);
        assertThat(c.apply(0.7)).isEqualTo(0.75);
        assertThat(c.apply(0.5)).isCloseTo(0.5, within(1e-12)); // interpolated between the blocks

        boolean[] reversed = new boolean[200];
        for (int i = 0; i < 200; i++) {
            reversed[i] = !y[i];
        }
        Calibration pooled = Calibration.fit(s, reversed);
        assertThat(pooled.blocks()).as("a decreasing relation pools into one block").isEqualTo(1);
        assertThat(pooled.apply(0.1)).isEqualTo(0.5);
    }

    @Test
    void tooFewRowsIsAClearError() {
        assertThatThrownBy(() -> Calibration.fit(new double[] {0.1, Double.NaN, 0.9}, new boolean[] {false, true, true}))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("at least 100").hasMessageContaining("got 2");
    }
}
