package dev.modelyard.monitoring.retrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.Run;
import dev.modelyard.tracking.api.Tag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Champion/challenger on generated data where the relation changed (slope 1 → 3): the challenger should win. */
class RetrainerTest {
    @TempDir Path dir;
    private Path championBundle;
    private TrainResult championResult;
    private Frame changed;

    @BeforeEach
    void champion() {
        championBundle = dir.resolve("champion.zip");
        championResult = Fixtures.champion(Fixtures.data(600, 1.0, 1, 0), championBundle);
        changed = Fixtures.data(600, 3.0, 2, 600);
    }

    @Test
    void aBetterChallengerIsPromotedAndTheAliasMoves() {
        try (TrackingBackend b = backend()) {
            Fixtures.register(b, championResult, championBundle);
            RetrainDecision d = Retrainer.retrain(request(registered()).withTracking(b, "retraining").withTimeColumn("t"),
                    Progress.NONE, new Cancellation());
            assertThat(d.promoted()).isTrue();
            assertThat(d.metric()).isEqualTo("rmse");
            assertThat(d.challengerValue()).isLessThan(d.championValue());
            assertThat(d.improvement()).isGreaterThan(0.3);
            assertThat(d.pValue()).isLessThan(0.01);
            assertThat(d.championVersion()).isEqualTo("1");
            assertThat(d.newVersion()).isEqualTo("2");
            assertThat(d.reason()).contains("promoted").doesNotContain("dry run");
            assertThat(d.trainRows()).isEqualTo(480);
            assertThat(d.evalRows()).isEqualTo(120);
            assertThat(d.evaluation()).contains("most recent").contains("'t'");
            assertThat(b.registry().getModelVersionByAlias(Fixtures.MODEL, "champion").version()).isEqualTo("2");

            Run run = b.tracking().getRun(d.runId());
            assertThat(tags(run)).containsEntry("decision", "promoted").containsEntry("dry_run", "false");
            assertThat(params(run)).containsEntry("champion", "demo@champion").containsEntry("champion_version", "1")
                    .containsEntry("margin", "0.01").containsEntry("train_rows", "480");
            assertThat(metrics(run)).containsEntry("champion_rmse", d.championValue())
                    .containsEntry("challenger_rmse", d.challengerValue()).containsKeys("improvement", "p_value");
            String childRun = b.registry().getModelVersion(Fixtures.MODEL, "2").runId();
            assertThat(tags(b.tracking().getRun(childRun))).containsEntry("mlflow.parentRunId", d.runId());
            assertThat(metrics(b.tracking().getRun(childRun))).containsKey("rmse"); // logged as modelyard train logs
        }
    }

    @Test
    void aDryRunRegistersAndMovesNothing() {
        try (TrackingBackend b = backend()) {
            Fixtures.register(b, championResult, championBundle);
            RetrainDecision d = Retrainer.retrain(request(registered()).withTracking(b, null).withDryRun(true),
                    Progress.NONE, new Cancellation());
            assertThat(d.promoted()).as("it would have been").isTrue();
            assertThat(d.dryRun()).isTrue();
            assertThat(d.reason()).contains("would be promoted");
            assertThat(d.newVersion()).isNull();
            assertThat(b.registry().getModelVersionByAlias(Fixtures.MODEL, "champion").version()).isEqualTo("1");
            assertThatThrownBy(() -> b.registry().getModelVersion(Fixtures.MODEL, "2"))
                    .isInstanceOfSatisfying(ModelyardException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
            assertThat(tags(b.tracking().getRun(d.runId()))).containsEntry("dry_run", "true").containsEntry("decision", "promoted");
            assertThat(Files.exists(d.challengerBundle())).isTrue();
        }
    }

    @Test
    void aWorseChallengerIsKeptButRegistered() {
        try (TrackingBackend b = backend()) {
            Fixtures.register(b, championResult, championBundle);
            Frame noise = Fixtures.shuffledTarget(Fixtures.data(600, 1.0, 3, 600), 4);
            RetrainDecision d = Retrainer.retrain(RetrainRequest.of(registered(), noise).withEvalData(Fixtures.data(300, 1.0, 5, 1200))
                    .withOut(dir.resolve("c.zip")).withThreads(1).withTracking(b, null), Progress.NONE, new Cancellation());
            assertThat(d.promoted()).isFalse();
            assertThat(d.improvement()).isNegative();
            assertThat(d.pValue()).isGreaterThan(0.9);
            assertThat(d.reason()).contains("worse").contains("champion kept");
            assertThat(d.trainRows()).as("all new rows train when evaluation data is given").isEqualTo(600);
            assertThat(d.newVersion()).as("kept for the record").isEqualTo("2");
            assertThat(b.registry().getModelVersionByAlias(Fixtures.MODEL, "champion").version()).isEqualTo("1");
            assertThat(tags(b.tracking().getRun(d.runId()))).containsEntry("decision", "kept");
        }
    }

    @Test
    void aBundleFileChampionNeedsNoTracking() {
        RetrainDecision d = Retrainer.retrain(request(new ChampionRef.BundleFile(championBundle)), Progress.NONE, new Cancellation());
        assertThat(d.promoted()).isTrue();
        assertThat(d.runId()).isNull();
        assertThat(d.newVersion()).isNull();
        assertThat(d.champion()).isEqualTo(championBundle.toAbsolutePath().normalize().toString());
        ModelBundle challenger = ModelBundle.read(d.challengerBundle());
        assertThat(challenger.evaluation().path("chosen").asText()).isEqualTo("linear");
        assertThat(challenger.pipeline().signature().schema().names()).as("same features, not the extra 't'")
                .containsExactly("x1", "x2", "c");
        assertThat(d.toJson().path("decision").asText()).isEqualTo("promoted");
    }

    @Test
    void badInputIsAClearError() {
        ChampionRef file = new ChampionRef.BundleFile(championBundle);
        assertThatThrownBy(() -> Retrainer.retrain(RetrainRequest.of(file, changed.without("y")).withOut(dir.resolve("x.zip")),
                Progress.NONE, new Cancellation())).isInstanceOf(ModelyardException.class).hasMessageContaining("no target column 'y'");
        assertThatThrownBy(() -> Retrainer.retrain(RetrainRequest.of(file, changed.without("x2")).withOut(dir.resolve("x.zip")),
                Progress.NONE, new Cancellation())).isInstanceOf(ModelyardException.class).hasMessageContaining("x2");
        assertThatThrownBy(() -> Retrainer.retrain(request(file).withTimeColumn("when"), Progress.NONE, new Cancellation()))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("'when'");
        assertThatThrownBy(() -> Retrainer.retrain(request(registered()), Progress.NONE, new Cancellation()))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("tracking");
        try (TrackingBackend b = backend()) {
            assertThatThrownBy(() -> Retrainer.retrain(request(ChampionRef.parse("nope@champion")).withTracking(b, null),
                    Progress.NONE, new Cancellation()))
                    .isInstanceOfSatisfying(ModelyardException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                    .hasMessageContaining("nope@champion");
        }
        assertThatThrownBy(() -> Retrainer.retrain(request(new ChampionRef.BundleFile(dir.resolve("missing.zip"))),
                Progress.NONE, new Cancellation())).isInstanceOf(ModelyardException.class).hasMessageContaining("missing.zip");
        assertThatThrownBy(() -> request(file).withEvalFraction(1.5)).isInstanceOf(ModelyardException.class)
                .hasMessageContaining("--eval-fraction");
        assertThat(Files.exists(dir.resolve("x.zip"))).as("nothing trained").isFalse();
    }

    @Test
    void championReferencesParse() {
        assertThat(ChampionRef.parse("bikes@champion")).isInstanceOfSatisfying(ChampionRef.Registered.class,
                r -> assertThat(r.label()).isEqualTo("bikes@champion"));
        assertThat(ChampionRef.parse("models/bikes@2.zip")).isInstanceOf(ChampionRef.BundleFile.class);
        assertThat(ChampionRef.parse("model.zip")).isInstanceOf(ChampionRef.BundleFile.class);
        assertThatThrownBy(() -> ChampionRef.parse(" ")).isInstanceOf(ModelyardException.class);
    }

    private RetrainRequest request(ChampionRef ref) {
        return RetrainRequest.of(ref, changed).withOut(dir.resolve("challenger.zip")).withThreads(1);
    }

    private static ChampionRef registered() {
        return ChampionRef.parse(Fixtures.MODEL + "@champion");
    }

    private TrackingBackend backend() {
        return TrackingBackend.open("sqlite:" + dir.resolve("t.db"), dir.resolve("artifacts"));
    }

    private static Map<String, String> tags(Run r) {
        return r.data().tags().stream().collect(Collectors.toMap(Tag::key, Tag::value));
    }

    private static Map<String, String> params(Run r) {
        return r.data().params().stream().collect(Collectors.toMap(Param::key, Param::value));
    }

    private static Map<String, Double> metrics(Run r) {
        return r.data().metrics().stream().collect(Collectors.toMap(Metric::key, Metric::value, (a, b) -> b));
    }
}
