package dev.modelyard.tracking.gc;

import dev.modelyard.tracking.api.ArtifactStore;
import dev.modelyard.tracking.api.RunInfo;
import dev.modelyard.tracking.api.TrackingStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Permanently removes soft-deleted runs: first their artifact folders, then their rows (so a crash in between
 * leaves a deleted run without artifacts, which the next pass finishes — never artifacts without a row).
 * Backs {@code modelyard gc}.
 */
public final class GarbageCollector {
    private final TrackingStore store;
    private final ArtifactStore artifacts;

    public GarbageCollector(TrackingStore store, ArtifactStore artifacts) {
        this.store = store;
        this.artifacts = artifacts;
    }

    /** What one pass removed. */
    public record Result(List<String> purgedRunIds) {
        public Result {
            purgedRunIds = List.copyOf(purgedRunIds);
        }
    }

    /** The run's own folder: {@code …/<run_id>} when the artifact URI is MLflow's {@code …/<run_id>/artifacts}. */
    private static String runFolder(RunInfo run) {
        String uri = run.artifactUri();
        String suffix = "/" + run.runId() + "/artifacts";
        return uri.endsWith(suffix) ? uri.substring(0, uri.length() - "/artifacts".length()) : uri;
    }

    /** Removes every run deleted before {@code deletedBefore} (epoch ms; {@code Long.MAX_VALUE} = all deleted runs). */
    public Result collect(long deletedBefore) {
        List<String> purged = new ArrayList<>();
        for (RunInfo run : store.deletedRuns(deletedBefore)) {
            artifacts.deleteAll(runFolder(run));
            store.purgeRun(run.runId());
            purged.add(run.runId());
        }
        return new Result(purged);
    }
}
