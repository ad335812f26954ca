package dev.modelyard.monitoring.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.Names;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the champion was trained, read back from its bundle so a challenger can be trained the same way: target,
 * task, selection metric, the chosen learner, the validation split and the input features.
 *
 * <p>Learners are built by name from the learner catalog with their default parameters; that is also how the
 * champion's were built (its leaderboard params are the catalog defaults), so the recipe is the same.
 *
 * @param target      target column
 * @param task        task
 * @param metric      selection metric name
 * @param learner     the chosen learner's name
 * @param folds       k of k-fold cross-validation (when {@code holdout} is 0)
 * @param holdout     validation share of a single hold-out split, or 0
 * @param timeColumn  the column splits were time-ordered on, or null
 * @param groupColumn the column splits were grouped by, or null
 * @param features    the champion's input columns
 */
record Recipe(String target, Task task, String metric, String learner, int folds, double holdout, String timeColumn,
              String groupColumn, List<String> features) {
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");
    private static final Pattern ONE_IN = Pattern.compile("1/(\\d+)");

    Recipe {
        features = List.copyOf(features);
    }

    static Recipe of(ModelBundle bundle) {
        ObjectNode eval = bundle.evaluation();
        FittedPipeline p = bundle.pipeline();
        String learner = eval.path("chosen").asText("");
        String metric = eval.path("metric").asText("");
        if (learner.isEmpty() || metric.isEmpty()) {
            throw ModelyardException.invalid("the champion bundle does not record how it was trained (no chosen learner or"
                    + " metric in its evaluation); retrain it once with modelyard train");
        }
        String split = eval.path("split").asText("");
        JsonNode board = eval.path("leaderboard");
        int folds = board.isArray() && !board.isEmpty() ? board.get(0).path("folds").size() : 0;
        double holdout = split.contains("hold-out") ? holdoutShare(split) : 0;
        String quoted = quoted(split);
        String time = split.startsWith("time-ordered") ? quoted : null;
        String group = split.startsWith("grouped") ? quoted : null;
        return new Recipe(p.targetName(), p.task(), metric, learner, folds >= 2 ? folds : 5, holdout, time, group,
                p.signature().schema().names());
    }

    /** The training request for a challenger. */
    TrainRequest request(long seed, int threads) {
        return new TrainRequest(target, task, metric, List.of(learner), folds, holdout, timeColumn, groupColumn, seed, false,
                threads);
    }

    /**
     * The columns of {@code data} the challenger trains on: the champion's features, the target and the group
     * column. A missing one is an error naming it; other columns are left out, as they were for the champion.
     */
    Frame trainingColumns(Frame data, String what) {
        Set<String> wanted = new LinkedHashSet<>(features);
        wanted.add(target);
        if (groupColumn != null) {
            wanted.add(groupColumn);
        }
        List<String> missing = new ArrayList<>();
        for (String c : wanted) {
            if (!data.has(c)) {
                missing.add(c);
            }
        }
        if (missing.contains(target)) {
            throw ModelyardException.invalid(what + " has no target column '" + target + "' (the champion predicts it)"
                    + Names.suggestion(target, data.schema().names()));
        }
        if (!missing.isEmpty()) {
            throw ModelyardException.invalid(what + " lacks column(s) the champion was trained on: " + String.join(", ", missing)
                    + Names.suggestion(missing.get(0), data.schema().names()));
        }
        return data.selectColumns(wanted);
    }

    private static double holdoutShare(String split) {
        Matcher pct = PERCENT.matcher(split);
        if (pct.find()) {
            return Double.parseDouble(pct.group(1)) / 100;
        }
        Matcher one = ONE_IN.matcher(split);
        return one.find() ? 1.0 / Integer.parseInt(one.group(1)) : 0.2;
    }

    private static String quoted(String split) {
        Matcher m = QUOTED.matcher(split);
        return m.find() ? m.group(1) : null;
    }
}
