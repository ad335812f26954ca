package dev.modelyard.monitoring.retrain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.core.testing.Datasets;
import dev.modelyard.data.io.DataReader;
import dev.modelyard.evaluate.track.TrainingRunLog;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.evaluate.train.Trainer;
import dev.modelyard.monitoring.performance.PerformanceAnalyzer;
import dev.modelyard.monitoring.performance.PerformanceBaseline;
import dev.modelyard.monitoring.performance.PerformanceOptions;
import dev.modelyard.monitoring.result.WindowPerformance;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.Tracker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance on bike-sharing hourly rentals: a model of 2011 decays through 2012 (rentals grew), and a challenger
 * trained on recent months wins on the next month and is promoted through the registry.
 */
class BikeSharingAcceptanceTest {
    private static final String TARGET = "cnt";
    @TempDir static Path dir;
    private static Frame all;
    private static Path championBundle;
    private static TrainRequest recipe;
    private static TrainResult champion;

    @BeforeAll
    static void trainOn2011() {
        Path file = Datasets.require("bike-sharing/hour.csv");
        // casual + registered = cnt (leaky); instant is a row number; the date itself is covered by season/mnth/weekday
        all = DataReader.read(file).without("instant", "casual", "registered");
        recipe = TrainRequest.of(TARGET).withLearners(List.of("gbdt")).withFolds(3);
        championBundle = dir.resolve("champion.zip");
        champion = Trainer.train(rows(all, null, day(2012, 1)).without("dteday"), recipe, Progress.NONE, new Cancellation());
        champion.save(championBundle);
    }

    @Test
    void rmseDecaysMonthByMonthIn2012() {
        ModelBundle bundle = ModelBundle.read(championBundle);
        PerformanceBaseline baseline = PerformanceBaseline.of(bundle);
        int degraded = 0;
        int above = 0;
        StringBuilder table = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            Frame month = rows(all, day(2012, m), m == 12 ? day(2013, 1) : day(2012, m + 1));
            WindowPerformance p = PerformanceAnalyzer.analyze(baseline, bundle.pipeline().predict(month), month.column(TARGET),
                    PerformanceOptions.defaults());
            table.append(String.format(Locale.ROOT, "2012-%02d rows %d rmse %.1f band [%.1f, %.1f] degraded %s%n", m, p.labelled(),
                    p.realised(), p.lower(), p.upper(), p.degraded()));
            if (p.degraded()) {
                degraded++;
            }
            if (p.realised() > p.upper()) {
                above++;
            }
        }
        System.out.print("reference rmse " + baseline.cvMean() + " ± " + baseline.cvStd() + "\n" + table);
        assertThat(above).as("months with RMSE above the band:%n%s", table).isGreaterThanOrEqualTo(6);
        assertThat(degraded).as("degraded months:%n%s", table).isGreaterThanOrEqualTo(7);
    }

    @Test
    void retrainingOnRecentMonthsWinsOnTheNextAndMovesTheAlias() {
        Frame recent = rows(all, day(2012, 1), day(2012, 6));
        Frame june = rows(all, day(2012, 6), day(2012, 7));
        try (TrackingBackend b = TrackingBackend.open("sqlite:" + dir.resolve("registry.db"), dir.resolve("artifacts"))) {
            try (Tracker.ActiveRun run = Tracker.of(b.tracking(), b.artifacts()).start("champion 2011")) {
                TrainingRunLog.log(run, recipe, champion, null, championBundle, null);
                String v = TrainingRunLog.register(b.registry(), "bikes", run, champion).version();
                b.registry().setAlias("bikes", "champion", v);
            }
            RetrainRequest req = RetrainRequest.of(ChampionRef.parse("bikes@champion"), recent).withEvalData(june)
                    .withTracking(b, null).withOut(dir.resolve("dry.zip")).withThreads(2);
            RetrainDecision dry = Retrainer.retrain(req.withDryRun(true), Progress.NONE, new Cancellation());
            System.out.println("dry run: " + dry.reason());
            assertThat(dry.promoted()).isTrue();
            assertThat(b.registry().getModelVersionByAlias("bikes", "champion").version()).isEqualTo("1");

            RetrainDecision d = Retrainer.retrain(req.withOut(dir.resolve("challenger.zip")), Progress.NONE, new Cancellation());
            System.out.println(d.reason());
            assertThat(d.metric()).isEqualTo("rmse");
            assertThat(d.challengerValue()).isLessThan(d.championValue());
            assertThat(d.pValue()).isLessThan(0.05);
            assertThat(d.promoted()).isTrue();
            assertThat(b.registry().getModelVersionByAlias("bikes", "champion").version()).isEqualTo(d.newVersion()).isEqualTo("2");
        }
    }

    private static long day(int year, int month) {
        return LocalDate.of(year, month, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Rows whose {@code dteday} is in [from, to); null bounds are open. */
    private static Frame rows(Frame f, Long from, Long to) {
        Column d = f.column("dteday");
        return f.select(IntStream.range(0, f.rowCount()).filter(i -> {
            double t = d.getDouble(i);
            return (from == null || t >= from) && (to == null || t < to);
        }).toArray());
    }
}
