package dev.modelyard.learn.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.api.RowTransform;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Transformer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureRecipeTest {
    @Test
    void treeRecipeLeavesOnlyNumericColumns() {
        check(FeatureRecipe.forTrees());
    }

    @Test
    void linearRecipeLeavesOnlyNumericColumns() {
        List<Transformer> steps = check(FeatureRecipe.forLinear());
        assertThat(steps.get(steps.size() - 1).kind()).isEqualTo("scale");
    }

    @Test
    void recipeOrder() {
        assertThat(FeatureRecipe.forTrees().stream().map(Estimator::kind).toList())
                .containsExactly("drop_columns", "datetime", "tfidf", "impute", "one_hot", "frequency", "target_encode");
        assertThat(FeatureRecipe.forLinear().stream().map(Estimator::kind).toList()).endsWith("target_encode", "scale");
    }

    /** Fits the steps in turn on the training frame, then runs new data through them in batch and row form. */
    private static List<Transformer> check(List<Estimator<?>> recipe) {
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
        assertThat(cur.schema().names()).contains("when__year", "note__h0", "color=red", "city__freq", "city__te", "x2__missing");

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
        return steps;
    }

    private static void assertAllNumeric(Frame f) {
        for (Column c : f.columns()) {
            Field field = c.field();
            assertThat(field.type().isNumericSlot() && field.type() != dev.modelyard.core.frame.ColumnType.TIMESTAMP)
                    .as("column %s is %s", field.name(), field.type()).isTrue();
        }
    }
}
