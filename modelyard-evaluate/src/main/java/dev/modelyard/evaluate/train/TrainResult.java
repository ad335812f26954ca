package dev.modelyard.evaluate.train;

import dev.modelyard.core.provenance.Provenance;
import dev.modelyard.data.sketch.ProfileCodec;
import dev.modelyard.data.sketch.ReferenceProfile;
import dev.modelyard.evaluate.leakage.LeakageFinding;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.util.List;

/**
 * The outcome of {@link Trainer#train}: the chosen pipeline refitted on all rows, the leaderboard
 * (best first), the leakage findings, how the data was split, and the reference profile of the training
 * data and out-of-fold predictions that monitoring compares new data with (null only when built by hand).
 */
public record TrainResult(FittedPipeline pipeline, String chosen, Task task, String metric,
                          List<LeaderboardEntry> leaderboard, List<LeakageFinding> leakage,
                          int rows, int droppedRows, String split, Provenance provenance, double seconds,
                          ReferenceProfile reference) {
    public TrainResult {
        leaderboard = List.copyOf(leaderboard);
        leakage = List.copyOf(leakage);
    }

    /** Writes the chosen pipeline as a bundle, with this run's report as its evaluation section and the reference profile. */
    public void save(java.nio.file.Path out) {
        java.util.Map<String, byte[]> sections = reference == null ? java.util.Map.of()
                : java.util.Map.of(ProfileCodec.SECTION, ProfileCodec.toBytes(reference));
        dev.modelyard.scoring.bundle.ModelBundle.write(out, pipeline, provenance, TrainReport.toJson(this), sections);
    }
}
