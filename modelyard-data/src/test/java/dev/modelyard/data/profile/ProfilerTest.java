package dev.modelyard.data.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TextColumn;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class ProfilerTest {
    private static Frame tiny() {
        BitSet nulls = new BitSet();
        nulls.set(4);
        return Frame.of(
                DoubleColumn.of("x", new double[] {1, 2, 3, 4, Double.NaN}),
                LongColumn.of("n", new long[] {10, 10, 20, 30, 0}, nulls),
                CategoricalColumn.fromStrings("c", new String[] {"a", "b", "a", null, "a"}),
                TextColumn.of("t", new String[] {"x y", "x y", "z", "w", null}));
    }

    @Test
    void numericStatistics() {
        DataProfile p = Profiler.profile(tiny());
        assertThat(p.rows()).isEqualTo(5);
        ColumnProfile x = p.columns().get(0);
        assertThat(x.type()).isEqualTo(ColumnType.DOUBLE);
        assertThat(x.count()).isEqualTo(4);
        assertThat(x.missing()).isEqualTo(1);
        assertThat(x.missingPercent()).isEqualTo(20.0);
        assertThat(x.distinct()).isEqualTo(4);
        NumericSummary s = x.numeric();
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(4);
        assertThat(s.mean()).isEqualTo(2.5);
        assertThat(s.std()).isCloseTo(Math.sqrt(5.0 / 3.0), within(1e-12));
        assertThat(s.p50()).isEqualTo(2.5);
        assertThat(s.p25()).isEqualTo(1.75);
        assertThat(s.p1()).isCloseTo(1.03, within(1e-12));
        assertThat(s.p99()).isCloseTo(3.97, within(1e-12));
        assertThat(x.histogram().counts()).hasSize(10);
        assertThat(x.histogram().counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        assertThat(x.histogram().counts().get(9)).isEqualTo(1);

        ColumnProfile n = p.columns().get(1);
        assertThat(n.distinct()).isEqualTo(3);
        assertThat(n.numeric().mean()).isEqualTo(17.5);
        assertThat(n.numeric().p50()).isEqualTo(15);
    }

    @Test
    void topValues() {
        DataProfile p = Profiler.profile(tiny());
        ColumnProfile c = p.columns().get(2);
        assertThat(c.distinct()).isEqualTo(2);
        assertThat(c.missing()).isEqualTo(1);
        assertThat(c.top()).containsExactly(new ValueCount("a", 3), new ValueCount("b", 1));
        assertThat(c.numeric()).isNull();
        ColumnProfile t = p.columns().get(3);
        assertThat(t.top().get(0)).isEqualTo(new ValueCount("x y", 2));
        assertThat(t.distinct()).isEqualTo(3);
    }

    @Test
    void renderAndJson() {
        DataProfile p = Profiler.profile(tiny());
        String text = p.render();
        assertThat(text).contains("5 rows, 4 columns", "x (double)", "missing 1 (20.0%)", "mean 2.5", "p50 2.5", "█", "top values", "a  3 (75.0%)");
        ObjectNode json = p.toJson();
        assertThat(json.get("rows").asInt()).isEqualTo(5);
        assertThat(json.get("columns").get(0).get("numeric").get("quantiles").get("p25").asDouble()).isEqualTo(1.75);
        assertThat(json.get("columns").get(2).get("top").get(0).get("value").asText()).isEqualTo("a");
    }

    @Test
    void allMissingAndConstantColumns() {
        Frame f = Frame.of(DoubleColumn.of("e", new double[] {Double.NaN, Double.NaN}), DoubleColumn.of("k", new double[] {7, 7}));
        DataProfile p = Profiler.profile(f);
        assertThat(p.columns().get(0).numeric()).isNull();
        assertThat(p.columns().get(0).missingPercent()).isEqualTo(100.0);
        assertThat(p.columns().get(1).histogram().counts()).containsExactly(2);
        assertThat(p.columns().get(1).numeric().std()).isZero();
        assertThat(p.render()).contains("e (double)", "k (double)");
    }
}
