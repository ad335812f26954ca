package dev.modelyard.monitoring.retrain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import java.nio.file.Path;

/**
 * The outcome of a retraining: both models' metric on the same evaluation rows, the test, and what was done.
 *
 * @param champion         how the champion was named ({@code NAME@ALIAS} or the bundle path)
 * @param championVersion  its registry version (null for a bundle file)
 * @param metric           the selection metric both were compared on
 * @param greaterIsBetter  its direction
 * @param championValue    the champion's metric on the evaluation rows
 * @param challengerValue  the challenger's
 * @param improvement      relative improvement of the challenger (positive: better)
 * @param pValue           paired-bootstrap p-value of "the challenger is not better"
 * @param promoted         whether the challenger won (improvement ≥ margin and p-value &lt; alpha); in a dry run,
 *                         whether it would have
 * @param reason           the decision in one sentence
 * @param dryRun           nothing was registered or moved
 * @param challengerBundle where the challenger bundle was written
 * @param newVersion       the challenger's new registry version (null when not registered)
 * @param runId            the tracking run recording the decision (null without tracking)
 * @param trainRows        rows the challenger was trained on
 * @param evalRows         rows both were evaluated on
 * @param evaluation       how the evaluation rows were chosen
 */
public record RetrainDecision(String champion, String championVersion, String metric, boolean greaterIsBetter,
                              double championValue, double challengerValue, double improvement, double pValue,
                              boolean promoted, String reason, boolean dryRun, Path challengerBundle, String newVersion,
                              String runId, int trainRows, int evalRows, String evaluation) {

    /** This decision with what tracking recorded. */
    RetrainDecision recorded(String version, String run) {
        return new RetrainDecision(champion, championVersion, metric, greaterIsBetter, championValue, challengerValue,
                improvement, pValue, promoted, reason, dryRun, challengerBundle, version, run, trainRows, evalRows, evaluation);
    }

    /** The decision as JSON, for {@code --report-json}. */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("champion", champion);
        o.put("championVersion", championVersion);
        o.put("metric", metric);
        o.put("greaterIsBetter", greaterIsBetter);
        o.put("championValue", championValue);
        o.put("challengerValue", challengerValue);
        o.put("improvement", improvement);
        o.put("pValue", pValue);
        o.put("promoted", promoted);
        o.put("decision", promoted ? "promoted" : "kept");
        o.put("reason", reason);
        o.put("dryRun", dryRun);
        o.put("challengerBundle", challengerBundle.toString());
        o.put("newVersion", newVersion);
        o.put("runId", runId);
        o.put("trainRows", trainRows);
        o.put("evalRows", evalRows);
        o.put("evaluation", evaluation);
        return o;
    }
}
