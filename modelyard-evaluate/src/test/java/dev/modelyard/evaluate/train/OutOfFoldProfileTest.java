package dev.modelyard.evaluate.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.data.sketch.NumericProfile;
import dev.modelyard.data.sketch.ProfileCodec;
import dev.modelyard.data.sketch.ReferenceProfile;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.bundle.ModelBundle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training saves a reference profile of its features and of the chosen learner's out-of-fold scores. */
class OutOfFoldProfileTest {
    @TempDir Path dir;

    private static Frame data(int n) {
        Frame mixed = TestData.mixed(n, 5).without("note");
        Target y = TestData.binary(mixed, 5);
        String[] label = new String[y.size()];
        for (int i = 0; i < label.length; i++) {
            label[i] = y.classes().get(y.classOf(i));
        }
        return mixed.with(TextColumn.of("label", label));
    }

    @Test
    void theBundleCarriesFeaturesOutOfFoldScoresAndASample() {
        Frame d = data(800);
        TrainResult r = Trainer.train(d, TrainRequest.of("label").withLearners(List.of("linear")).withFolds(4), Progress.NONE, new Cancellation());
        Path out = dir.resolve("m.zip");
        r.save(out);
        ModelBundle b = ModelBundle.read(out);
        ReferenceProfile p = ProfileCodec.fromBytes(b.section(ProfileCodec.SECTION).orElseThrow(), out.toString());
        assertThat(p.rows()).isEqualTo(800);
        assertThat(p.target()).isEqualTo("label");
        assertThat(p.featureNames()).containsExactlyElementsOf(b.pipeline().signature().schema().names());
        NumericProfile pred = (NumericProfile) p.prediction();
        assertThat(pred.count()).isEqualTo(800);
        assertThat(pred.sketch().min()).isGreaterThanOrEqualTo(0);
        assertThat(pred.sketch().max()).isLessThanOrEqualTo(1);
        Frame s = p.sample();
        assertThat(s.rowCount()).isEqualTo(800);
        String positive = b.pipeline().classes().get(1);
        Column oof = s.column(ReferenceProfile.OOF_PREFIX + "proba_" + positive);
        // Out-of-fold, not in-sample: the refit model's scores on the same rows differ.
        Frame inSample = b.pipeline().predict(s.selectColumns(p.featureNames()));
        double diff = 0;
        for (int i = 0; i < s.rowCount(); i++) {
            assertThat(oof.getDouble(i)).isBetween(0.0, 1.0);
            diff += Math.abs(oof.getDouble(i) - inSample.column("proba_" + positive).getDouble(i));
        }
        assertThat(diff / s.rowCount()).isGreaterThan(1e-4);
        assertThat(s.column("label").getString(0)).isIn(b.pipeline().classes());
        assertThat(pred.mean()).isCloseTo(mean(oof), within(1e-9));
    }

    @Test
    void holdOutProfilesOnlyTheValidationRowsPredictions() {
        Frame d = data(600);
        TrainResult r = Trainer.train(d, TrainRequest.of("label").withLearners(List.of("linear")).withHoldout(0.25), Progress.NONE, new Cancellation());
        ReferenceProfile p = r.reference();
        assertThat(p.rows()).isEqualTo(600);
        // Stratification rounds per class: about a quarter of the rows, not exactly 150.
        assertThat(p.prediction().count()).isBetween(145L, 155L);
        assertThat(p.sample().rowCount()).isEqualTo((int) p.prediction().count());
        assertThat(p.feature(p.featureNames().get(0)).orElseThrow().count()
                + p.feature(p.featureNames().get(0)).orElseThrow().missing()).isEqualTo(600);
    }

    private static double mean(Column c) {
        double s = 0;
        for (int i = 0; i < c.size(); i++) {
            s += c.getDouble(i);
        }
        return s / c.size();
    }
}
