package dev.modelyard.monitoring.retrain;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.evaluate.metrics.Metric;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.evaluate.train.Trainer;
import dev.modelyard.monitoring.performance.LabelledScores;
import java.util.Locale;

/**
 * Champion/challenger retraining: trains a challenger with the champion's recipe on new data, scores both on the
 * same most-recent labelled rows, and promotes the challenger only when it is better by at least the margin and
 * a paired bootstrap says the gain is not chance.
 */
public final class Retrainer {
    private Retrainer() {}

    /**
     * Runs a retraining. The challenger bundle is always written to {@code request.out()}; with tracking, runs are
     * recorded and (registered champion, not a dry run) the challenger is registered and, when promoted, the
     * champion's alias moved to it (see {@link RetrainRuns}).
     */
    public static RetrainDecision retrain(RetrainRequest request, Progress progress, Cancellation cancel) {
        long started = System.currentTimeMillis();
        progress.update("load champion " + request.champion().label(), 0, 1);
        Champion champion = Champion.resolve(request.champion(), request.tracking());
        Recipe recipe = Recipe.of(champion.bundle());
        recipe.trainingColumns(request.data(), "the new data");
        if (request.evalData() != null) {
            recipe.trainingColumns(request.evalData(), "the evaluation data");
        }
        EvaluationSplit split = EvaluationSplit.of(request.data(), request.evalData(), request.evalFraction(), request.timeColumn());
        Frame train = recipe.trainingColumns(split.train(), "the new data");
        TrainRequest trainRequest = recipe.request(request.seed(), request.threads());
        cancel.check();
        long trainStarted = System.currentTimeMillis();
        TrainResult challenger = Trainer.train(train, trainRequest, progress, cancel);
        challenger.save(request.out());

        progress.update("compare champion and challenger on " + split.evaluation().rowCount() + " rows", 0, 1);
        cancel.check();
        LabelledScores a = LabelledScores.score(champion.bundle().pipeline(), split.evaluation(), request.threads());
        LabelledScores b = LabelledScores.score(challenger.pipeline(), split.evaluation(), request.threads());
        Metric metric = Metric.parse(recipe.metric(), recipe.task());
        PairedBootstrap.Result test = PairedBootstrap.test(metric, a, b, request.bootstrap(), request.seed());
        boolean promoted = test.improvement() >= request.margin() && test.pValue() < request.alpha();
        RetrainDecision decision = new RetrainDecision(request.champion().label(), champion.version(), metric.label(),
                metric.greaterIsBetter(), test.champion(), test.challenger(), test.improvement(), test.pValue(), promoted,
                reason(metric, test, promoted, request), request.dryRun(), request.out(), null, null, challenger.rows(),
                a.size(), split.description());
        if (request.tracking() != null) {
            progress.update("record runs", 0, 1);
            RetrainRuns.Recorded r = RetrainRuns.record(request.tracking(), request, champion, trainRequest, challenger,
                    request.out(), decision, started, trainStarted);
            decision = decision.recorded(r.newVersion(), r.runId());
        }
        progress.update("done", 1, 1);
        return decision;
    }

    /** One sentence saying what was decided and why. */
    static String reason(Metric metric, PairedBootstrap.Result t, boolean promoted, RetrainRequest request) {
        String m = metric.label();
        if (Double.isNaN(t.champion()) || Double.isNaN(t.challenger()) || Double.isNaN(t.pValue())) {
            return String.format(Locale.ROOT, "%s is undefined on the evaluation rows (champion %s, challenger %s): champion kept",
                    m, fmt(t.champion()), fmt(t.challenger()));
        }
        String compared = String.format(Locale.ROOT, "challenger %s %s vs champion %s: %s", m, fmt(t.challenger()),
                fmt(t.champion()), change(t.improvement()));
        String margin = String.format(Locale.ROOT, "%.2f%%", request.margin() * 100);
        String p = String.format(Locale.ROOT, "p = %.4f", t.pValue());
        if (promoted) {
            return String.format(Locale.ROOT, "%s, at least the %s margin, and %s < alpha %s: %s", compared, margin, p,
                    request.alpha(), request.dryRun() ? "would be promoted (dry run: nothing moved)" : "promoted");
        }
        if (t.improvement() < request.margin()) {
            return String.format(Locale.ROOT, "%s, short of the %s margin (%s): champion kept", compared, margin, p);
        }
        return String.format(Locale.ROOT, "%s, but %s is not below alpha %s (could be chance): champion kept", compared, p,
                request.alpha());
    }

    private static String change(double relative) {
        if (Double.isInfinite(relative)) {
            return relative > 0 ? "better" : "worse";
        }
        return String.format(Locale.ROOT, "%.2f%% %s", Math.abs(relative) * 100, relative >= 0 ? "better" : "worse");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
