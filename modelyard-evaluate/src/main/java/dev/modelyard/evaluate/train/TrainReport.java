package dev.modelyard.evaluate.train;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.evaluate.leakage.LeakageFinding;
import dev.modelyard.evaluate.metrics.MetricSummary;
import java.util.Map;

/** The JSON form of a training run: what {@code --report-json} writes and what the bundle keeps as {@code evaluation}. */
public final class TrainReport {
    private TrainReport() {}

    public static ObjectNode toJson(TrainResult r) {
        ObjectNode o = Json.object();
        o.put("task", r.task().label());
        o.put("metric", r.metric());
        o.put("chosen", r.chosen());
        o.put("split", r.split());
        o.put("rows", r.rows());
        o.put("droppedRowsMissingTarget", r.droppedRows());
        o.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        ArrayNode board = o.putArray("leaderboard");
        for (LeaderboardEntry e : r.leaderboard()) {
            ObjectNode b = board.addObject();
            b.put("learner", e.learner());
            b.put("metric", e.metric());
            b.put("mean", e.score().mean());
            b.put("std", e.score().std());
            b.set("folds", Json.doubles(e.score().values()));
            b.put("fitSecondsPerFold", e.fitSecondsPerFold());
            b.set("params", Json.mapper().valueToTree(LearnerCatalog.learner(e.learner()).params()));
            ObjectNode all = b.putObject("metrics");
            for (Map.Entry<String, MetricSummary> m : e.metrics().entrySet()) {
                ObjectNode x = all.putObject(m.getKey());
                x.put("mean", m.getValue().mean());
                x.put("std", m.getValue().std());
            }
        }
        ObjectNode cv = o.putObject("cvMetrics");
        r.leaderboard().get(0).metrics().forEach((k, v) -> cv.put(k, v.mean()));
        ArrayNode leak = o.putArray("leakage");
        for (LeakageFinding f : r.leakage()) {
            leak.add(f.toJson());
        }
        return o;
    }
}
