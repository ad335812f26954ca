package dev.modelyard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.data.io.DataWriter;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import dev.modelyard.scoring.pipeline.RowScorer;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example, step by step, on files: read, train, save, load, batch and row scoring. */
class ModelyardApiTest {
    @TempDir
    Path dir;

    @Test
    void readTrainSaveLoadAndScore() {
        Frame mixed = TestData.mixed(400, 9).without("note");
        Target y = TestData.binary(mixed, 9);
        String[] label = new String[y.size()];
        for (int i = 0; i < label.length; i++) {
            label[i] = y.classes().get(y.classOf(i));
        }
        Path csv = dir.resolve("train.csv");
        DataWriter.write(mixed.with(TextColumn.of("label", label)), csv);

        Frame data = Modelyard.read(csv);
        TrainResult result = Modelyard.train(data).target("label").learners("linear", "gbdt").folds(3).seed(42).run();
        assertThat(result.leaderboard()).extracting(e -> e.learner()).containsExactlyInAnyOrder("linear", "gbdt");
        assertThat(result.leaderboard().get(0).score().mean()).isGreaterThan(0.85);
        result.save(dir.resolve("model.zip"));

        FittedPipeline model = Modelyard.load(dir.resolve("model.zip")).pipeline();
        Frame probabilities = model.predict(Modelyard.read(csv));
        assertThat(probabilities.schema().names()).containsExactly("proba_no", "proba_yes");

        RowScorer scorer = model.compile();
        RowBuffer in = scorer.input();
        model.signature().align(data, new ArrayList<>()).rowInto(0, in);
        double[] p = scorer.score();
        assertThat(p[0] + p[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(p[1]).isEqualTo(probabilities.column(1).getDouble(0));

        in.clear();
        in.set("x1", 2.5).set("color", "never-seen");   // everything else missing, an unseen category: still a score
        double[] q = scorer.score();
        assertThat(q[0] + q[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }
}
