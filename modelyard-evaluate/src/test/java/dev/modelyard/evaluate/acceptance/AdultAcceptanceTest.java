package dev.modelyard.evaluate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.Modelyard;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.testing.Datasets;
import dev.modelyard.evaluate.train.Evaluation;
import dev.modelyard.evaluate.train.LeaderboardEntry;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import dev.modelyard.scoring.pipeline.RowScorer;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Adult: the whole slice on real data: CV leaderboard, bundle, test-set AUC, batch/row parity. */
@Tag("realdata")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdultAcceptanceTest {
    private TrainResult result;
    private Path bundle;

    @BeforeAll
    void train() throws java.io.IOException {
        Path dir = java.nio.file.Files.createTempDirectory("adult-acceptance");
        Frame data = Modelyard.read(Datasets.require("adult/adult_train.csv.gz"));
        long t0 = System.nanoTime();
        result = Modelyard.train(data).target("income").folds(5).seed(42).run();
        System.out.printf("adult: 5-fold CV in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (LeaderboardEntry e : result.leaderboard()) {
            System.out.printf("adult: %-6s auc %s  (%.2f s/fold)%n", e.learner(), e.score().format(), e.fitSecondsPerFold());
        }
        bundle = dir.resolve("adult.zip");
        result.save(bundle);
        bundle.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
    }

    @Test
    void bestLearnerReachesCvAuc0927() {
        assertThat(result.metric()).isEqualTo("auc");
        assertThat(result.leaderboard()).hasSize(3);
        assertThat(result.leaderboard().get(0).score().mean()).isGreaterThanOrEqualTo(0.927);
    }

    @Test
    void bundleScoresTheTestSetAtAuc0925() {
        FittedPipeline p = ModelBundle.read(bundle).pipeline();
        Frame test = Modelyard.read(Datasets.require("adult/adult_test.csv.gz"));
        Evaluation.Result r = Evaluation.evaluate(p, test, 2);
        System.out.printf("adult: test AUC %.4f on %d rows%n", r.metrics().get("auc"), r.rows());
        assertThat(r.rows()).isEqualTo(16_281);
        assertThat(r.metrics().get("auc")).isGreaterThanOrEqualTo(0.925);
    }

    @Test
    void batchAndRowPredictionsAgreeOn10000Rows() {
        FittedPipeline p = ModelBundle.read(bundle).pipeline();
        Frame rows = Modelyard.read(Datasets.require("adult/adult_train.csv.gz")).head(10_000);
        Frame batch = p.predict(rows);
        Frame aligned = p.signature().align(rows, new ArrayList<>());
        RowScorer scorer = p.compile();
        RowBuffer in = scorer.input();
        double maxDiff = 0;
        for (int i = 0; i < aligned.rowCount(); i++) {
            aligned.rowInto(i, in);
            double[] s = scorer.score();
            for (int k = 0; k < s.length; k++) {
                maxDiff = Math.max(maxDiff, Math.abs(s[k] - batch.column(k).getDouble(i)));
            }
        }
        System.out.printf("adult: max |batch - row| over 10,000 rows = %.3e%n", maxDiff);
        assertThat(maxDiff).isLessThanOrEqualTo(1e-12);
    }

    @Test
    void bundleRecordsProvenanceAndEvaluation() {
        ModelBundle b = ModelBundle.read(bundle);
        assertThat(b.manifest().path("provenance").path("dataFingerprint").asText()).hasSize(64);
        assertThat(b.manifest().path("provenance").path("seed").asLong()).isEqualTo(42);
        assertThat(b.evaluation().path("chosen").asText()).isEqualTo(result.chosen());
        assertThat(b.evaluation().path("leaderboard")).hasSize(3);
        assertThat(b.manifest().path("input").path("columns")).hasSize(14);
    }
}
