package dev.modelyard.learn.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.api.Learner;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.tree.TreeEnsembleModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the learners beyond the common kit: quality, early stopping, progress, cancellation, errors. */
class TreeLearnerTest {
    static final Frame TRAIN = TestData.numeric(2000, 5, 21);
    static final Frame TEST = TestData.numeric(1000, 5, 22);

    static double testAuc(Learner learner) {
        Target y = TestData.binary(TRAIN, 5);
        var model = learner.fit(TRAIN, y, FitContext.seeded(1));
        Frame out = model.transform(TEST);
        double[] score = new double[TEST.rowCount()];
        for (int i = 0; i < score.length; i++) {
            score[i] = out.column("proba_yes").getDouble(i);
        }
        return TreeTestData.auc(score, TestData.binary(TEST, 6).values());
    }

    @Test
    void gbdtRanksWell() {
        double auc = testAuc(new GbdtLearner(GbdtParams.defaults().withMaxRounds(200).withLearningRate(0.1)));
        System.out.printf("gbdt held-out AUC %.4f%n", auc);
        assertThat(auc).isGreaterThan(0.9);
    }

    @Test
    void forestRanksWell() {
        double auc = testAuc(new RandomForestLearner(RandomForestParams.defaults().withTrees(100)));
        System.out.printf("rf held-out AUC %.4f%n", auc);
        assertThat(auc).isGreaterThan(0.9);
    }

    @Test
    void learningCurveEndsPatienceRoundsAfterItsMinimum() {
        GbdtParams p = GbdtParams.defaults().withMaxRounds(500).withLearningRate(0.5).withEarlyStopping(15, 0.2);
        TreeEnsembleModel m = new GbdtLearner(p).fit(TRAIN, TestData.binary(TRAIN, 5), FitContext.seeded(3));
        double[] curve = m.validationCurve();
        int argmin = 0;
        for (int i = 1; i < curve.length; i++) {
            if (curve[i] < curve[argmin]) {
                argmin = i;
            }
        }
        assertThat(m.metric()).isEqualTo("logloss");
        assertThat(m.bestIteration()).isEqualTo(argmin);
        assertThat(curve).hasSize(argmin + 16);
        assertThat(m.treeCount()).isEqualTo(argmin + 1);
        assertThat(curve[argmin]).isLessThan(curve[0]);
    }

    @Test
    void withoutEarlyStoppingAllRoundsAreKept() {
        GbdtParams p = GbdtParams.defaults().withMaxRounds(25).withEarlyStopping(0, 0.0);
        TreeEnsembleModel m = new GbdtLearner(p).fit(TRAIN, TestData.regression(TRAIN, 5), FitContext.seeded(3));
        assertThat(m.treeCount()).isEqualTo(25);
        assertThat(m.bestIteration()).isEqualTo(24);
        assertThat(m.validationCurve()).isEmpty();
    }

    @Test
    void differentSeedsGiveDifferentModels() {
        GbdtLearner l = new GbdtLearner(GbdtParams.defaults().withMaxRounds(20));
        Target y = TestData.binary(TRAIN, 5);
        var a = l.fit(TRAIN, y, FitContext.seeded(1)).save().payloads().get("tree.leaf");
        var b = l.fit(TRAIN, y, FitContext.seeded(2)).save().payloads().get("tree.leaf");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void reportsProgressPerRound() {
        List<Long> done = Collections.synchronizedList(new ArrayList<>());
        FitContext ctx = new FitContext(1, 1, (stage, d, total) -> done.add(d), new Cancellation());
        new GbdtLearner(GbdtParams.defaults().withMaxRounds(12).withEarlyStopping(0, 0)).fit(TRAIN, TestData.binary(TRAIN, 5), ctx);
        assertThat(done).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    }

    @Test
    void stopsWhenCancelledBetweenRounds() {
        Cancellation cancel = new Cancellation();
        List<Long> done = new ArrayList<>();
        FitContext ctx = new FitContext(1, 1, (stage, d, total) -> {
            done.add(d);
            if (d == 3) {
                cancel.cancel();
            }
        }, cancel);
        GbdtLearner l = new GbdtLearner(GbdtParams.defaults().withMaxRounds(100));
        assertThatThrownBy(() -> l.fit(TRAIN, TestData.binary(TRAIN, 5), ctx))
                .isInstanceOfSatisfying(ModelyardException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CANCELLED));
        assertThat(done).hasSize(3);
    }

    @Test
    void rejectsBadInputClearly() {
        GbdtLearner l = GbdtLearner.defaults();
        assertThatThrownBy(() -> l.fit(TRAIN, null, FitContext.seeded(1)))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("needs a target");
        Target shortTarget = TestData.binary(TRAIN.head(10), 1);
        assertThatThrownBy(() -> l.fit(TRAIN, shortTarget, FitContext.seeded(1)))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("10 values for 2000 rows");
        Frame mixed = TestData.mixed(50, 1);
        assertThatThrownBy(() -> l.fit(mixed, TestData.binary(mixed, 1), FitContext.seeded(1)))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("color");
        assertThatThrownBy(() -> new GbdtParams(0, 0.1, 6, 1, 0.8, 0.8, 1, 0, 50, 0.1, 256))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("maxRounds");
        assertThatThrownBy(() -> new RandomForestParams(100, 12, 1, 1.5, 0, 1, 256))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("subsample");
    }
}
