package dev.modelyard.evaluate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.Modelyard;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.testing.Datasets;
import dev.modelyard.evaluate.leakage.LeakageFinding;
import dev.modelyard.evaluate.train.TrainResult;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Titanic: PassengerId is ID-like; a noisy copy of the target is a leak; --strict makes it an error. */
@Tag("realdata")
class TitanicLeakageAcceptanceTest {

    private static Frame withNoisyTarget(Frame data) {
        Random r = new Random(3);
        double[] copy = new double[data.rowCount()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = data.column("Survived").getDouble(i) + r.nextGaussian() * 0.05;
        }
        return data.with(DoubleColumn.of("survived_score", copy));
    }

    @Test
    void passengerIdAndNoisyTargetCopyAreFlagged() {
        Frame data = withNoisyTarget(Modelyard.read(Datasets.require("titanic/titanic_train.csv")));
        TrainResult r = Modelyard.train(data).target("Survived").learners("linear").folds(3).run();
        r.leakage().forEach(f -> System.out.println("titanic: " + f.kind() + " " + f.column() + ": " + f.message()));
        assertThat(r.leakage()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(LeakageFinding.ID_LIKE);
            assertThat(f.column()).isEqualTo("PassengerId");
        });
        assertThat(r.leakage()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(LeakageFinding.TARGET_PROXY);
            assertThat(f.column()).isEqualTo("survived_score");
        });
        assertThat(r.leakage()).noneSatisfy(f -> assertThat(f.column()).isEqualTo("Pclass"));
    }

    @Test
    void strictTurnsLeakageIntoAnError() {
        Frame data = withNoisyTarget(Modelyard.read(Datasets.require("titanic/titanic_train.csv")));
        assertThatThrownBy(() -> Modelyard.train(data).target("Survived").learners("linear").folds(3).strict(true).run())
                .isInstanceOf(ModelyardException.class)
                .hasMessageContaining("survived_score")
                .satisfies(e -> assertThat(((ModelyardException) e).code()).isEqualTo(ErrorCode.LEAKAGE));
    }
}
