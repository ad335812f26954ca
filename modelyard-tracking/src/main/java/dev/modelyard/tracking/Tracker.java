package dev.modelyard.tracking;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.ArtifactStore;
import dev.modelyard.tracking.api.Dataset;
import dev.modelyard.tracking.api.DatasetInput;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.RunInfo;
import dev.modelyard.tracking.api.RunStatus;
import dev.modelyard.tracking.api.Tag;
import dev.modelyard.tracking.api.TrackingStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small fluent API for users' own code:
 * <pre>{@code
 * try (Tracker.ActiveRun run = Tracker.of(store, artifacts).experiment("churn").start("xgb-baseline")) {
 *     run.param("max_depth", "6").metric("auc", 0.91, 0).tag("team", "risk");
 *     run.artifact("model.zip", Path.of("model.zip"));
 * }   // FINISHED, or FAILED after run.failed(e)
 * }</pre>
 */
public final class Tracker {
    private final TrackingStore store;
    private final ArtifactStore artifacts;
    private final String experiment;
    private final String userId;

    private Tracker(TrackingStore store, ArtifactStore artifacts, String experiment, String userId) {
        this.store = store;
        this.artifacts = artifacts;
        this.experiment = experiment;
        this.userId = userId;
    }

    /** A tracker logging into the Default experiment; {@code artifacts} may be null when no artifacts are logged. */
    public static Tracker of(TrackingStore store, ArtifactStore artifacts) {
        return new Tracker(store, artifacts, null, System.getProperty("user.name"));
    }

    /** The same tracker logging into the experiment of this name (created on first start). */
    public Tracker experiment(String name) {
        return new Tracker(store, artifacts, name, userId);
    }

    public Tracker user(String user) {
        return new Tracker(store, artifacts, experiment, user);
    }

    /** Starts a run now (status RUNNING); {@code runName} null gets a generated name. */
    public ActiveRun start(String runName) {
        return start(runName, System.currentTimeMillis());
    }

    /** Starts a run that began at {@code startTime} (epoch ms), e.g. a job recorded once it has finished. */
    public ActiveRun start(String runName, long startTime) {
        String experimentId = experiment == null ? "0" : experimentId(experiment);
        RunInfo info = store.createRun(experimentId, userId, runName, startTime, List.of());
        return new ActiveRun(info);
    }

    private String experimentId(String name) {
        try {
            return store.getExperimentByName(name).experimentId();
        } catch (ModelyardException e) {
            if (e.code() != dev.modelyard.core.error.ErrorCode.NOT_FOUND) {
                throw e;
            }
            try {
                return store.createExperiment(name, null, List.of());
            } catch (ModelyardException raced) {
                if (raced.code() == dev.modelyard.core.error.ErrorCode.ALREADY_EXISTS) {
                    return store.getExperimentByName(name).experimentId(); // another process created it meanwhile
                }
                throw raced;
            }
        }
    }

    /** Value {@code i} of {@code values} as the point at step {@code i} of metric {@code key}. */
    public static List<Metric> curvePoints(String key, double[] values, long timestamp) {
        List<Metric> points = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            points.add(new Metric(key, values[i], timestamp, i));
        }
        return points;
    }

    /** A started run; closing it ends it FINISHED, or FAILED when {@link #failed} was called. */
    public final class ActiveRun implements AutoCloseable {
        private final RunInfo info;
        private RunStatus endStatus = RunStatus.FINISHED;
        private boolean ended;

        private ActiveRun(RunInfo info) {
            this.info = info;
        }

        public String runId() { return info.runId(); }

        public RunInfo info() { return info; }

        public ActiveRun param(String key, Object value) {
            store.logParam(info.runId(), new Param(key, String.valueOf(value)));
            return this;
        }

        /** Logs many params, 100 per write (MLflow's log-batch limit). */
        public ActiveRun params(Map<String, ?> params) {
            List<Param> list = new ArrayList<>();
            params.forEach((k, v) -> list.add(new Param(k, String.valueOf(v))));
            for (int i = 0; i < list.size(); i += 100) {
                store.logBatch(info.runId(), List.of(), list.subList(i, Math.min(list.size(), i + 100)), List.of());
            }
            return this;
        }

        /** Logs many metric points, 1000 per write (MLflow's log-batch limit), e.g. to a remote server. */
        public ActiveRun metrics(List<Metric> points) {
            for (int i = 0; i < points.size(); i += 1000) {
                store.logBatch(info.runId(), points.subList(i, Math.min(points.size(), i + 1000)), List.of(), List.of());
            }
            return this;
        }

        /** Sets many tags, 100 per write (MLflow's log-batch limit). */
        public ActiveRun tags(Map<String, String> tags) {
            List<Tag> list = new ArrayList<>();
            tags.forEach((k, v) -> list.add(new Tag(k, v)));
            for (int i = 0; i < list.size(); i += 100) {
                store.logBatch(info.runId(), List.of(), List.of(), list.subList(i, Math.min(list.size(), i + 100)));
            }
            return this;
        }

        public ActiveRun metric(String key, double value, long step) {
            store.logMetric(info.runId(), new Metric(key, value, System.currentTimeMillis(), step));
            return this;
        }

        /** Logs a whole curve (value i at step i) in batches of 1000 points. */
        public ActiveRun curve(String key, double[] values) {
            return metrics(curvePoints(key, values, System.currentTimeMillis()));
        }

        public ActiveRun tag(String key, String value) {
            store.setTag(info.runId(), new Tag(key, value));
            return this;
        }

        /** Records a dataset the run used, e.g. the bundle's data fingerprint as digest, with context train/eval. */
        public ActiveRun input(String name, String digest, String source, String schema, String context) {
            List<Tag> tags = context == null ? List.of() : List.of(new Tag("mlflow.data.context", context));
            store.logInputs(info.runId(), List.of(new DatasetInput(tags, new Dataset(name, digest, "local", source, schema, null))));
            return this;
        }

        /** Uploads a file under the run's artifact root at {@code relativePath}. */
        public ActiveRun artifact(String relativePath, Path file) {
            if (artifacts == null) {
                throw ModelyardException.invalid("this tracker has no artifact store");
            }
            try (InputStream in = Files.newInputStream(file)) {
                artifacts.put(info.artifactUri(), relativePath, in);
            } catch (IOException e) {
                throw ModelyardException.invalid("cannot read artifact file " + file + ": " + e.getMessage());
            }
            return this;
        }

        /** Marks the run failed: closing ends it FAILED and records the reason as a tag. */
        public ActiveRun failed(Throwable cause) {
            endStatus = RunStatus.FAILED;
            String message = String.valueOf(cause.getMessage());
            tag("modelyard.failure", message.length() > 8000 ? message.substring(0, 8000) : message);
            return this;
        }

        /** Ends the run now with this status. */
        public void end(RunStatus status) {
            if (!ended) {
                ended = true;
                store.updateRun(info.runId(), status, System.currentTimeMillis(), null);
            }
        }

        @Override
        public void close() {
            end(endStatus);
        }
    }
}
