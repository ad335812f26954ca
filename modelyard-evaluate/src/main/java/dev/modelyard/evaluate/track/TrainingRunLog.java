package dev.modelyard.evaluate.track;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.evaluate.leakage.LeakageFinding;
import dev.modelyard.evaluate.metrics.MetricSummary;
import dev.modelyard.evaluate.train.LeaderboardEntry;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.scoring.bundle.StepState;
import dev.modelyard.scoring.tree.TreeModel;
import dev.modelyard.tracking.Tracker;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.ModelRegistry;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.Tag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a finished training job as a tracking run, the way {@code modelyard train --track} does:
 * the request and the chosen learner's hyperparameters as params; every learner's cross-validated
 * metrics (mean as the value, each fold as a step of {@code <learner>.<metric>.fold}); the boosting
 * learning curve as metric steps; leakage findings as tags; the data fingerprint as an input; the
 * bundle and report as artifacts.
 */
public final class TrainingRunLog {
    /** Artifact path of the bundle inside a run; registered versions point at it as {@code runs:/<id>/model.zip}. */
    public static final String BUNDLE_ARTIFACT = "model.zip";
    /** Artifact path of the training report. */
    public static final String REPORT_ARTIFACT = "report.json";

    private TrainingRunLog() {}

    /**
     * Logs {@code result} into {@code run}. {@code data} names the training file (for the input record);
     * {@code bundle} and {@code report} are uploaded when not null.
     */
    public static void log(Tracker.ActiveRun run, TrainRequest request, TrainResult result, Path data, Path bundle, Path report) {
        run.params(params(request, result));
        // Everything goes in a few batched writes: against a remote server each write is a round trip.
        long now = System.currentTimeMillis();
        List<Metric> points = new ArrayList<>();
        for (LeaderboardEntry e : result.leaderboard()) {
            for (Map.Entry<String, MetricSummary> m : e.metrics().entrySet()) {
                String key = e.learner() + "." + m.getKey();
                points.add(new Metric(key, m.getValue().mean(), now, 0));
                points.addAll(Tracker.curvePoints(key + ".fold", m.getValue().values(), now));
            }
            points.add(new Metric(e.learner() + ".fit_seconds_per_fold", e.fitSecondsPerFold(), now, 0));
        }
        LeaderboardEntry best = result.leaderboard().getFirst();
        for (Map.Entry<String, MetricSummary> m : best.metrics().entrySet()) {
            points.add(new Metric(m.getKey(), m.getValue().mean(), now, 0));
            points.add(new Metric(m.getKey() + "_std", m.getValue().std(), now, 0));
        }
        points.add(new Metric("train_seconds", result.seconds(), now, 0));
        if (result.pipeline().model() instanceof TreeModel trees && trees.validationCurve().length > 0) {
            points.addAll(Tracker.curvePoints("learning_curve." + trees.metric(), trees.validationCurve(), now));
        }
        run.metrics(points);
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("mlflow.source.name", "modelyard train");
        tags.put("modelyard.chosen", result.chosen());
        List<LeakageFinding> leakage = result.leakage();
        tags.put("modelyard.leakage.count", String.valueOf(leakage.size()));
        for (int i = 0; i < leakage.size(); i++) {
            LeakageFinding f = leakage.get(i);
            tags.put("modelyard.leakage." + i, f.kind() + " " + f.column() + ": " + f.message());
        }
        run.tags(tags);
        String fingerprint = result.provenance().dataFingerprint();
        String name = data == null ? "training-data" : String.valueOf(data.getFileName());
        run.input(name, fingerprint, data == null ? null : data.toAbsolutePath().normalize().toString(), null, "train");
        if (bundle != null) {
            run.artifact(BUNDLE_ARTIFACT, bundle);
        }
        if (report != null) {
            run.artifact(REPORT_ARTIFACT, report);
        }
    }

    /**
     * Registers the run's bundle as a new version of model {@code name} (created when absent); the
     * version's source is {@code runs:/<run id>/model.zip}.
     */
    public static ModelVersion register(ModelRegistry registry, String name, Tracker.ActiveRun run, TrainResult result) {
        try {
            registry.getRegisteredModel(name);
        } catch (ModelyardException e) {
            if (e.code() != ErrorCode.NOT_FOUND) {
                throw e;
            }
            try {
                registry.createRegisteredModel(name, null, List.of());
            } catch (ModelyardException raced) {
                // ALREADY_EXISTS: another process created it meanwhile, which is fine.
                if (raced.code() != ErrorCode.ALREADY_EXISTS) {
                    throw raced;
                }
            }
        }
        List<Tag> tags = List.of(new Tag("modelyard.learner", result.chosen()), new Tag("modelyard.metric", result.metric()));
        return registry.createModelVersion(name, "runs:/" + run.runId() + "/" + BUNDLE_ARTIFACT, run.runId(), tags,
                "Trained by modelyard train: " + result.chosen() + ", " + result.split());
    }

    static Map<String, Object> params(TrainRequest request, TrainResult result) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", request.target());
        p.put("task", result.task().label());
        p.put("metric", result.metric());
        p.put("learners", String.join(",", request.learners()));
        p.put("split", result.split());
        p.put("seed", request.seed());
        if (request.timeColumn() != null) {
            p.put("time_column", request.timeColumn());
        }
        if (request.groupColumn() != null) {
            p.put("group_column", request.groupColumn());
        }
        p.put("rows", result.rows());
        p.put("chosen", result.chosen());
        StepState model = result.pipeline().model().save();
        JsonNode hyper = model.params().has("learner_params") ? model.params().get("learner_params") : model.params().get("params");
        if (hyper != null && hyper.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = hyper.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                p.put(result.chosen() + "." + f.getKey(), f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString());
            }
        }
        return p;
    }
}
