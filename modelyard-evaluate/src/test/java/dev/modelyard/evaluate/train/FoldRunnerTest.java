package dev.modelyard.evaluate.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.api.Target;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** Folds run in parallel give exactly the results of folds run one by one, in fold order. */
class FoldRunnerTest {
    private static Frame data() {
        Frame mixed = TestData.mixed(600, 21).without("note");
        Target y = TestData.binary(mixed, 21);
        String[] label = new String[y.size()];
        for (int i = 0; i < label.length; i++) {
            label[i] = y.classes().get(y.classOf(i));
        }
        return mixed.with(TextColumn.of("label", label));
    }

    private static TrainRequest request(int threads) {
        TrainRequest r = TrainRequest.of("label").withLearners(List.of("gbdt", "linear")).withFolds(4);
        return new TrainRequest(r.target(), r.task(), r.metric(), r.learners(), r.folds(), r.holdout(), r.timeColumn(),
                r.groupColumn(), r.seed(), r.strict(), threads);
    }

    @Test
    void parallelFoldsMatchSequentialFolds() {
        Frame d = data();
        ConcurrentLinkedQueue<String> stages = new ConcurrentLinkedQueue<>();
        Progress p = (stage, done, total) -> stages.add(stage);
        TrainResult one = Trainer.train(d, request(1), Progress.NONE, new Cancellation());
        TrainResult two = Trainer.train(d, request(2), p, new Cancellation());
        for (int i = 0; i < one.leaderboard().size(); i++) {
            LeaderboardEntry a = one.leaderboard().get(i);
            LeaderboardEntry b = two.leaderboard().get(i);
            assertThat(b.learner()).isEqualTo(a.learner());
            assertThat(b.score().values()).containsExactly(a.score().values());
        }
        assertThat(stages).contains("cv gbdt fold 1/4", "cv gbdt fold 4/4", "cv linear fold 3/4");
    }
}
