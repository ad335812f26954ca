package dev.modelyard.monitoring.retrain;

import dev.modelyard.evaluate.track.TrainingRunLog;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.tracking.Tracker;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.TrackingConnection;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a retraining in the tracking store: a "retrain" run with the comparison (params, metrics, decision
 * tags) and, nested under it ({@code mlflow.parentRunId}), the challenger's training run logged exactly as
 * {@code modelyard train --track} logs one. A registered champion's challenger becomes a new version of the same
 * model, and the alias moves to it when it won.
 *
 * <p>A dry run still records both runs, tagged {@code dry_run=true}: recording changes nothing that is served,
 * and the evidence (what would have happened, on which data) is the point of a dry run. It registers no version
 * and moves no alias.
 */
final class RetrainRuns {
    private RetrainRuns() {}

    /** The retrain run's id and the challenger's new version (null when not registered). */
    record Recorded(String runId, String newVersion) {}

    static Recorded record(TrackingConnection tracking, RetrainRequest request, Champion champion, TrainRequest trainRequest,
                           TrainResult challenger, Path bundle, RetrainDecision decision, long started, long trainStarted) {
        Tracker tracker = Tracker.of(tracking.tracking(), tracking.artifacts());
        if (request.experiment() != null) {
            tracker = tracker.experiment(request.experiment());
        }
        try (Tracker.ActiveRun run = tracker.start("retrain " + champion.ref().label(), started)) {
            try {
                String version = null;
                try (Tracker.ActiveRun child = tracker.start("challenger of " + champion.ref().label(), trainStarted)) {
                    TrainingRunLog.log(child, trainRequest, challenger, null, bundle, null);
                    child.tags(Map.of("mlflow.parentRunId", run.runId(), "mlflow.source.name", "modelyard retrain"));
                    if (champion.registered() && !request.dryRun()) {
                        version = TrainingRunLog.register(tracking.registry(), champion.name(), child, challenger).version();
                    }
                }
                run.params(params(request, champion, decision));
                long now = System.currentTimeMillis();
                run.metrics(List.of(
                        new Metric("champion_" + decision.metric(), decision.championValue(), now, 0),
                        new Metric("challenger_" + decision.metric(), decision.challengerValue(), now, 0),
                        new Metric("improvement", decision.improvement(), now, 0),
                        new Metric("p_value", decision.pValue(), now, 0)));
                Map<String, String> tags = new LinkedHashMap<>();
                tags.put("mlflow.source.name", "modelyard retrain");
                tags.put("decision", decision.promoted() ? "promoted" : "kept");
                tags.put("dry_run", String.valueOf(request.dryRun()));
                tags.put("modelyard.retrain.reason", decision.reason());
                if (version != null) {
                    tags.put("modelyard.challenger.version", version);
                }
                run.tags(tags);
                if (version != null && decision.promoted() && champion.ref() instanceof ChampionRef.Registered r) {
                    tracking.registry().setAlias(champion.name(), r.ref().alias(), version);
                }
                return new Recorded(run.runId(), version);
            } catch (RuntimeException e) {
                run.failed(e);
                throw e;
            }
        }
    }

    private static Map<String, Object> params(RetrainRequest request, Champion champion, RetrainDecision d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("champion", champion.ref().label());
        if (champion.version() != null) {
            p.put("champion_version", champion.version());
        }
        p.put("metric", d.metric());
        p.put("margin", request.margin());
        p.put("alpha", request.alpha());
        p.put("bootstrap", request.bootstrap());
        p.put("seed", request.seed());
        p.put("train_rows", d.trainRows());
        p.put("eval_rows", d.evalRows());
        p.put("evaluation", d.evaluation());
        return p;
    }
}
