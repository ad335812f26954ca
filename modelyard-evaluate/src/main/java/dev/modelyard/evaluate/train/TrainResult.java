package dev.modelyard.evaluate.train;

import dev.modelyard.core.provenance.Provenance;
import dev.modelyard.evaluate.leakage.LeakageFinding;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.util.List;

/**
 * The outcome of {@link Trainer#train}: the chosen pipeline refitted on all rows, the leaderboard
 * (best first), the leakage findings, and how the data was split.
 */
public record TrainResult(FittedPipeline pipeline, String chosen, Task task, String metric,
                          List<LeaderboardEntry> leaderboard, List<LeakageFinding> leakage,
                          int rows, int droppedRows, String split, Provenance provenance, double seconds) {
    public TrainResult {
        leaderboard = List.copyOf(leaderboard);
        leakage = List.copyOf(leakage);
    }

    /** Writes the chosen pipeline as a bundle, with this run's report as its evaluation section. */
    public void save(java.nio.file.Path out) {
        dev.modelyard.scoring.bundle.ModelBundle.write(out, pipeline, provenance, TrainReport.toJson(this));
    }
}
