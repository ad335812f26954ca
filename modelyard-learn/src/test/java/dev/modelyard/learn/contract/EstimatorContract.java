package dev.modelyard.learn.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.core.json.Json;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.api.RowTransform;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Transformer;
import dev.modelyard.scoring.bundle.StepCodecs;
import dev.modelyard.scoring.bundle.StepState;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The test kit every learner and feature step passes (in the manner of scikit-learn's
 * check_estimator): parameters round-trip, the same seed gives the identical model, a schema
 * mismatch is rejected with a clear error, the bundle state round-trips, and batch and row outputs
 * agree. Use from a {@code @TestFactory}: {@code return EstimatorContract.check(() -> new X(params), data, target);}
 */
public final class EstimatorContract {
    private EstimatorContract() {}

    /** Runs every check on a fresh estimator from {@code factory}, fitted on {@code data} ({@code target} may be null). */
    public static Stream<DynamicTest> check(Supplier<? extends Estimator<?>> factory, Frame data, Target target) {
        String name = factory.get().kind();
        return Stream.of(
                DynamicTest.dynamicTest(name + ": params round-trip through JSON", () -> paramsRoundTrip(factory.get())),
                DynamicTest.dynamicTest(name + ": same seed gives the identical model", () -> sameSeedSameModel(factory, data, target)),
                DynamicTest.dynamicTest(name + ": schema mismatch is rejected clearly", () -> schemaMismatchRejected(factory.get(), data, target)),
                DynamicTest.dynamicTest(name + ": bundle state round-trips", () -> stateRoundTrip(factory.get(), data, target)),
                DynamicTest.dynamicTest(name + ": batch and row outputs agree", () -> batchRowParity(factory.get(), data, target)));
    }

    static void paramsRoundTrip(Estimator<?> est) throws Exception {
        Record params = est.params();
        assertThat(params).as("params() of %s", est.kind()).isNotNull();
        String json = Json.mapper().writeValueAsString(params);
        Object back = Json.mapper().readValue(json, params.getClass());
        assertThat(back).as("params after JSON round-trip: %s", json).isEqualTo(params);
    }

    static void sameSeedSameModel(Supplier<? extends Estimator<?>> factory, Frame data, Target target) {
        Transformer a = factory.get().fit(data, target, FitContext.seeded(7));
        Transformer b = factory.get().fit(data, target, FitContext.seeded(7));
        assertSameState(a.save(), b.save());
        assertFramesEqual(a.transform(data), b.transform(data), 0.0);
    }

    static void schemaMismatchRejected(Estimator<?> est, Frame data, Target target) {
        Transformer t = est.fit(data, target, FitContext.seeded(1));
        Schema needed = t.inputSchema();
        assertThat(needed.size()).as("a fitted step must declare the columns it needs").isPositive();
        Field first = needed.field(0);
        // 1. the column is absent
        Frame missing = data.without(first.name());
        assertThatThrownBy(() -> t.transform(missing)).isInstanceOf(ModelyardException.class).hasMessageContaining(first.name());
        assertThatThrownBy(() -> t.compile(missing.schema())).isInstanceOf(ModelyardException.class).hasMessageContaining(first.name());
        // 2. a numeric column arrives as text
        Field numeric = needed.fields().stream().filter(f -> f.type().isNumericSlot()).findFirst().orElse(null);
        if (numeric != null) {
            String[] txt = new String[data.rowCount()];
            Arrays.fill(txt, "abc");
            Frame wrong = data.with(TextColumn.of(numeric.name(), txt));
            assertThatThrownBy(() -> t.transform(wrong)).isInstanceOf(ModelyardException.class).hasMessageContaining(numeric.name());
        }
    }

    static void stateRoundTrip(Estimator<?> est, Frame data, Target target) throws Exception {
        Transformer t = est.fit(data, target, FitContext.seeded(3));
        StepState state = t.save();
        assertThat(state.kind()).isEqualTo(t.kind());
        // Through text, as a bundle stores it.
        ObjectNode params = (ObjectNode) Json.read(Json.write(state.params()));
        Transformer back = StepCodecs.standard().load(new StepState(state.kind(), params, state.payloads()));
        assertThat(back.inputSchema()).isEqualTo(t.inputSchema());
        assertFramesEqual(back.transform(data), t.transform(data), 0.0);
        assertSameState(back.save(), state);
    }

    static void batchRowParity(Estimator<?> est, Frame data, Target target) {
        Transformer t = est.fit(data, target, FitContext.seeded(5));
        Frame batch = t.transform(data);
        RowTransform row = t.compile(data.schema());
        Schema outSchema = t.outputSchema(data.schema());
        assertThat(outSchema.names()).isEqualTo(batch.schema().names());
        RowBuffer in = new RowBuffer(data.schema());
        RowBuffer out = new RowBuffer(outSchema);
        for (int i = 0; i < data.rowCount(); i++) {
            data.rowInto(i, in);
            out.clear();
            row.apply(in, out);
            for (int j = 0; j < outSchema.size(); j++) {
                Column c = batch.column(j);
                if (c.type().isNumericSlot()) {
                    double expected = c.getDouble(i);
                    double actual = out.num[j];
                    if (!(Double.isNaN(expected) && Double.isNaN(actual)) && Math.abs(expected - actual) > 1e-12) {
                        fail("row %d column '%s': batch %s, row %s", i, c.name(), expected, actual);
                    }
                } else {
                    assertThat(out.str[j]).as("row %d column '%s'", i, c.name()).isEqualTo(c.getString(i));
                }
            }
        }
    }

    /** Two step states are the same fitted object: same kind, same parameters, same payload bytes. */
    public static void assertSameState(StepState a, StepState b) {
        assertThat(a.kind()).isEqualTo(b.kind());
        assertThat(a.params()).isEqualTo(b.params());
        assertThat(a.payloads().keySet()).isEqualTo(b.payloads().keySet());
        for (Map.Entry<String, byte[]> e : a.payloads().entrySet()) {
            assertThat(Arrays.equals(e.getValue(), b.payloads().get(e.getKey()))).as("payload '%s' identical", e.getKey()).isTrue();
        }
    }

    /** Same names, types and values (numbers within {@code tol}, NaN equal to NaN). */
    public static void assertFramesEqual(Frame actual, Frame expected, double tol) {
        assertThat(actual.schema()).isEqualTo(expected.schema());
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
        List<Column> ac = actual.columns();
        for (int j = 0; j < ac.size(); j++) {
            Column a = ac.get(j);
            Column e = expected.column(j);
            for (int i = 0; i < a.size(); i++) {
                if (a.type().isNumericSlot()) {
                    double x = a.getDouble(i);
                    double y = e.getDouble(i);
                    if (!(Double.isNaN(x) && Double.isNaN(y)) && !(Math.abs(x - y) <= tol)) {
                        fail("column '%s' row %d: %s vs %s", a.name(), i, x, y);
                    }
                } else if (!java.util.Objects.equals(a.getString(i), e.getString(i))) {
                    fail("column '%s' row %d: %s vs %s", a.name(), i, a.getString(i), e.getString(i));
                }
            }
        }
    }
}
