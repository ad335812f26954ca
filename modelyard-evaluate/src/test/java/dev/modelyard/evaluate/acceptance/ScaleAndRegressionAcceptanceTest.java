package dev.modelyard.evaluate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.Modelyard;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.testing.Datasets;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.evaluate.train.Trainer;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Covertype at scale, California regression, and a time-ordered split on bike sharing. */
@Tag("realdata")
class ScaleAndRegressionAcceptanceTest {

    @Test
    void covertypeGbdtHoldoutAucAtLeast097() {
        Frame data = Modelyard.read(Datasets.require("covertype/covertype_binary_full.csv.gz"));
        assertThat(data.rowCount()).isEqualTo(581_012);
        long t0 = System.nanoTime();
        TrainRequest req = TrainRequest.of("is_lodgepole_pine").withLearners(List.of("gbdt")).withHoldout(0.2).withSeed(7);
        TrainResult r = Trainer.train(data, req, Progress.NONE, new Cancellation());
        double auc = r.leaderboard().get(0).score().mean();
        System.out.printf("covertype: gbdt hold-out AUC %.4f, %s, total %.1f s%n", auc, r.split(), (System.nanoTime() - t0) / 1e9);
        assertThat(r.split()).contains("hold-out");
        assertThat(auc).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void californiaHousingCvR2AtLeast083() {
        Frame data = Modelyard.read(Datasets.require("california-housing/housing.csv"));
        TrainResult r = Modelyard.train(data).target("median_house_value").learners("gbdt", "linear").metric("r2").folds(5).run();
        double r2 = r.leaderboard().get(0).score().mean();
        System.out.printf("california: best %s R² %s, rmse %.0f%n", r.chosen(), r.leaderboard().get(0).score().format(),
                r.leaderboard().get(0).metrics().get("rmse").mean());
        assertThat(r.task().label()).isEqualTo("regression");
        assertThat(r2).isGreaterThanOrEqualTo(0.83);
    }

    @Test
    void bikeSharingTimeOrderedSplitReportsRmse() {
        Frame data = Modelyard.read(Datasets.require("bike-sharing/hour.csv"));
        // casual + registered = cnt: drop them so the split, not the leak, is what is measured.
        Frame features = data.without("casual", "registered");
        TrainResult r = Modelyard.train(features).target("cnt").learners("gbdt").timeColumn("dteday").folds(4).run();
        double rmse = r.leaderboard().get(0).metrics().get("rmse").mean();
        System.out.printf("bike-sharing: %s, gbdt RMSE %s%n", r.split(), r.leaderboard().get(0).metrics().get("rmse").format(1));
        assertThat(r.split()).startsWith("time-ordered");
        assertThat(r.metric()).isEqualTo("rmse");
        assertThat(rmse).isPositive().isLessThan(200); // cnt has std ≈ 181: the model must beat the mean
    }
}
