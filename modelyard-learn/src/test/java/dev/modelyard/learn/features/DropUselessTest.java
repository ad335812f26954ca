package dev.modelyard.learn.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.features.FittedDropUseless;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DropUselessTest {
    private static Frame frame(int n) {
        Random r = new Random(3);
        long[] constant = new long[n];
        long[] counter = new long[n];
        long[] shuffledId = new long[n];
        long[] age = new long[n];
        double[] x = new double[n];
        String[] name = new String[n];
        String[] review = new String[n];
        String[] color = new String[n];
        for (int i = 0; i < n; i++) {
            constant[i] = 7;
            counter[i] = 100 - i; // decreasing counts too
            shuffledId[i] = (i * 37L) % 101 + 5000;
            age[i] = 20 + r.nextInt(40);
            x[i] = r.nextGaussian();
            name[i] = "Passenger, Mr. Number " + i;
            review[i] = "review " + i + " says the product was fine but delivery took a long time";
            color[i] = i % 3 == 0 ? "red" : "blue";
        }
        return Frame.of(LongColumn.of("constant", constant), LongColumn.of("counter", counter),
                LongColumn.of("passenger_id", shuffledId), LongColumn.of("age", age), DoubleColumn.of("x", x),
                TextColumn.of("name", name), TextColumn.of("review", review), CategoricalColumn.fromStrings("color", color));
    }

    @Test
    void dropsConstantCounterAndIdsButKeepsFeatures() {
        FittedDropUseless t = DropUseless.defaults().fit(frame(100), null, FitContext.seeded(1));
        assertThat(t.reasons()).containsOnlyKeys("constant", "counter", "passenger_id", "name");
        assertThat(t.reasons().get("constant")).startsWith("constant");
        assertThat(t.reasons().get("counter")).startsWith("row counter");
        assertThat(t.reasons().get("passenger_id")).startsWith("ID-like");
        assertThat(t.reasons().get("name")).startsWith("ID-like");
        assertThat(t.transform(frame(100)).schema().names()).containsExactly("age", "x", "review", "color");
        assertThat(t.discards()).containsExactly("constant", "counter", "passenger_id", "name");
    }

    @Test
    void smallSamplesAreNotMistakenForIds() {
        FittedDropUseless t = DropUseless.defaults().fit(frame(40), null, FitContext.seeded(1));
        assertThat(t.reasons()).containsOnlyKeys("constant");
    }

    @Test
    void rulesCanBeSwitchedOffAndColumnsNamed() {
        DropUseless d = new DropUseless(new DropUseless.Params(false, false, true, List.of("x")));
        FittedDropUseless t = d.fit(frame(100), null, FitContext.seeded(1));
        assertThat(t.reasons()).containsOnlyKeys("counter", "x");
        assertThat(t.reasons().get("x")).isEqualTo("named by the user");
    }

    @Test
    void allMissingColumnIsConstant() {
        Frame f = frame(60).with(DoubleColumn.of("empty", new double[60]).select(new int[60]))
                .with(TextColumn.of("nothing", new String[60]));
        FittedDropUseless t = DropUseless.defaults().fit(f, null, FitContext.seeded(1));
        assertThat(t.reasons().get("nothing")).contains("every value is missing");
    }

    @Test
    void misspeltNameIsAClearError() {
        assertThatThrownBy(() -> DropUseless.dropping(List.of("agee")).fit(frame(60), null, FitContext.seeded(1)))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("agee").hasMessageContaining("age");
    }

    @Test
    void droppedColumnMayArriveAsAnotherCompatibleType() {
        Frame train = frame(100);
        FittedDropUseless t = DropUseless.defaults().fit(train, null, FitContext.seeded(1));
        // "name" was text; at predict time it comes dictionary-encoded: still accepted and dropped.
        String[] names = new String[100];
        for (int i = 0; i < 100; i++) {
            names[i] = train.column("name").getString(i);
        }
        Frame later = train.with(CategoricalColumn.fromStrings("name", names));
        assertThat(t.transform(later).has("name")).isFalse();
        assertThat(RowPath.apply(t, later, 0).schema().names()).containsExactly("age", "x", "review", "color");
    }
}
