package dev.modelyard.monitoring.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.core.testing.Datasets;
import dev.modelyard.data.io.DataReader;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.evaluate.train.Trainer;
import dev.modelyard.monitoring.result.WindowPerformance;
import dev.modelyard.scoring.bundle.ModelBundle;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance on adult: without labels, the confidence-based estimate of AUC matches the AUC the labels later show. */
class AdultEstimationAcceptanceTest {
    @TempDir Path dir;

    @Test
    void estimatedAucOnTheOtherHalfIsCloseToTheRealisedAuc() {
        Frame adult = DataReader.read(Datasets.require("adult/adult_train.csv.gz"));
        SplittableRandom r = new SplittableRandom(5);
        boolean[] first = new boolean[adult.rowCount()];
        for (int i = 0; i < first.length; i++) {
            first[i] = r.nextBoolean();
        }
        Frame train = adult.select(IntStream.range(0, first.length).filter(i -> first[i]).toArray());
        Frame window = adult.select(IntStream.range(0, first.length).filter(i -> !first[i]).toArray());
        Path bundleFile = dir.resolve("adult.zip");
        Trainer.train(train, TrainRequest.of("income").withLearners(List.of("gbdt")).withFolds(3), Progress.NONE, new Cancellation())
                .save(bundleFile);
        ModelBundle bundle = ModelBundle.read(bundleFile);
        PerformanceBaseline baseline = PerformanceBaseline.of(bundle);
        assertThat(baseline.canEstimate()).isTrue();

        Frame scores = bundle.pipeline().predict(window);
        WindowPerformance unlabelled = PerformanceAnalyzer.analyze(baseline, scores, null, PerformanceOptions.defaults());
        WindowPerformance labelled = PerformanceAnalyzer.analyze(baseline, scores, window.column("income"), PerformanceOptions.defaults());
        System.out.printf(Locale.ROOT, "adult: cv auc %.4f ± %.4f, window %d rows: estimated %.4f, realised %.4f, band [%.4f, %.4f]%n",
                baseline.cvMean(), baseline.cvStd(), labelled.labelled(), unlabelled.estimated(), labelled.realised(),
                labelled.lower(), labelled.upper());
        assertThat(unlabelled.realised()).isNaN();
        assertThat(unlabelled.estimated()).isEqualTo(labelled.estimated());
        assertThat(unlabelled.estimated()).isCloseTo(labelled.realised(), within(0.02));
        assertThat(unlabelled.degraded()).isFalse();
        assertThat(labelled.degraded()).isFalse();
    }
}
