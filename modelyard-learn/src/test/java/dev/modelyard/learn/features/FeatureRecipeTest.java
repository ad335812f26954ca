package dev.modelyard.learn.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.learn.pipeline.PipelineSpec;
import dev.modelyard.learn.tree.GbdtLearner;
import dev.modelyard.learn.tree.GbdtParams;
import dev.modelyard.scoring.api.RowTransform;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Transformer;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import dev.modelyard.scoring.pipeline.RowScorer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureRecipeTest {
    @Test
    void treeRecipeLeavesOnlyNumericColumns() {
        Frame out = check(FeatureRecipe.forTrees()).output();
        assertThat(out.schema().names()).contains("when__year", "note__h0", "color", "city__freq", "city__te")
                .doesNotContain("x2__missing", "color=red");
        assertThat(out.schema().field(out.schema().require("color")).type()).isEqualTo(ColumnType.DOUBLE);
    }

    @Test
    void treeRecipeLeavesMissingValuesMissing() {
        Frame train = TestData.mixed(300, 1);
        Frame out = check(FeatureRecipe.forTrees()).output();
        // Numbers are not imputed and a missing category has no code: the trees route NaN themselves.
        for (String name : List.of("x2", "n", "color")) {
            Column in = train.column(name);
            Column enc = out.column(name);
            for (int i = 0; i < train.rowCount(); i++) {
                assertThat(Double.isNaN(enc.getDouble(i))).as("%s row %d", name, i).isEqualTo(in.isNull(i));
            }
            assertThat(in.nullCount()).as("test data has missing %s", name).isPositive();
        }
    }

    @Test
    void treePipelineTakesBooleanAndLongColumnsWithMissingValuesAsTheyAre() {
        Frame train = TestData.mixed(300, 1);
        boolean[] flag = new boolean[train.rowCount()];
        BitSet missing = new BitSet();
        for (int i = 0; i < flag.length; i++) {
            flag[i] = train.column("x1").getDouble(i) > 0;
            if (i % 7 == 0) {
                missing.set(i);
            }
        }
        Frame data = train.with(BooleanColumn.of("flag", flag, missing));
        GbdtParams p = GbdtParams.defaults().withMaxRounds(10).withEarlyStopping(0, 0);
        FittedPipeline fitted = new PipelineSpec(FeatureRecipe.forTrees(), new GbdtLearner(p))
                .fit(data, TestData.binary(data, 2), FitContext.seeded(3));
        assertThat(fitted.model().featureNames()).contains("flag", "n", "x2");
        // Batch and row scoring agree on every row, those with a missing flag, n or x2 included.
        Frame batch = fitted.predict(data);
        RowScorer row = fitted.compile();
        Frame aligned = fitted.signature().align(data, new ArrayList<>());
        for (int i = 0; i < data.rowCount(); i++) {
            aligned.rowInto(i, row.input());
            assertThat(row.score()[1]).as("row %d", i).isEqualTo(batch.column(1).getDouble(i));
        }
    }

    @Test
    void linearRecipeImputesOneHotEncodesAndScales() {
        Fitted f = check(FeatureRecipe.forLinear());
        assertThat(f.output().schema().names()).contains("when__year", "note__h0", "color=red", "city__freq", "city__te", "x2__missing");
        assertThat(f.steps().get(f.steps().size() - 1).kind()).isEqualTo("scale");
        for (Column c : f.output().columns()) {
            assertThat(c.nullCount()).as("column %s", c.name()).isZero();
        }
    }

    @Test
    void recipeOrder() {
        assertThat(FeatureRecipe.forTrees().stream().map(Estimator::kind).toList())
                .containsExactly("drop_columns", "datetime", "tfidf", "ordinal", "frequency", "target_encode");
        assertThat(FeatureRecipe.forLinear().stream().map(Estimator::kind).toList())
                .containsExactly("drop_columns", "datetime", "tfidf", "impute", "one_hot", "frequency", "target_encode", "scale");
    }

    /** The fitted steps of a recipe and their output on the training frame. */
    private record Fitted(List<Transformer> steps, Frame output) {}

    /** Fits the steps in turn on the training frame, then runs new data through them in batch and row form. */
    private static Fitted check(List<Estimator<?>> recipe) {
        Frame train = TestData.mixed(300, 1);
        Target y = TestData.binary(train, 2);
        List<Transformer> steps = new ArrayList<>();
        Frame cur = train;
        for (Estimator<?> e : recipe) {
            Estimator.Fitted<?> f = e.fitTransform(cur, y, FitContext.seeded(9));
            steps.add(f.transformer());
            cur = f.output();
        }
        assertAllNumeric(cur);

        Frame fresh = TestData.mixed(60, 2);
        Frame batch = fresh;
        Schema schema = fresh.schema();
        List<RowTransform> compiled = new ArrayList<>();
        List<Schema> outs = new ArrayList<>();
        for (Transformer t : steps) {
            batch = t.transform(batch);
            compiled.add(t.compile(schema));
            schema = t.outputSchema(schema);
            outs.add(schema);
        }
        assertAllNumeric(batch);
        assertThat(batch.schema()).isEqualTo(cur.schema());
        for (int i = 0; i < fresh.rowCount(); i++) {
            RowBuffer in = new RowBuffer(fresh.schema());
            fresh.rowInto(i, in);
            for (int s = 0; s < compiled.size(); s++) {
                RowBuffer out = new RowBuffer(outs.get(s));
                compiled.get(s).apply(in, out);
                in = out;
            }
            for (int j = 0; j < batch.columnCount(); j++) {
                double b = batch.column(j).getDouble(i);
                assertThat(Double.compare(in.num[j], b)).as("row %d column %s: row %s batch %s", i, batch.column(j).name(), in.num[j], b).isZero();
            }
        }
        return new Fitted(steps, cur);
    }

    private static void assertAllNumeric(Frame f) {
        for (Column c : f.columns()) {
            Field field = c.field();
            assertThat(field.type().isNumericSlot() && field.type() != ColumnType.TIMESTAMP)
                    .as("column %s is %s", field.name(), field.type()).isTrue();
        }
    }
}
