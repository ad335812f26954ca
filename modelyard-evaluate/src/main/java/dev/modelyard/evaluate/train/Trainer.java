package dev.modelyard.evaluate.train;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.Names;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.core.provenance.Fingerprint;
import dev.modelyard.core.provenance.Provenance;
import dev.modelyard.data.sketch.ReferenceProfile;
import dev.modelyard.data.split.Fold;
import dev.modelyard.data.split.Splits;
import dev.modelyard.evaluate.leakage.LeakageChecks;
import dev.modelyard.evaluate.leakage.LeakageFinding;
import dev.modelyard.evaluate.leakage.LeakageOptions;
import dev.modelyard.evaluate.metrics.Metric;
import dev.modelyard.evaluate.metrics.MetricSummary;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.pipeline.PipelineSpec;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The train job: leakage checks, cross-validation of every requested learner on the same folds
 * (features fitted inside each training fold only), a leaderboard, and the winner refitted on all rows.
 */
public final class Trainer {
    private Trainer() {}

    public static TrainResult train(Frame data, TrainRequest req, Progress progress, Cancellation cancel) {
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        if (req.holdout() < 0 || req.holdout() >= 1) {
            throw ModelyardException.invalid("--holdout must be a fraction between 0 and 1 (got " + req.holdout() + ")");
        }
        if (req.holdout() == 0 && req.folds() < 2) {
            throw ModelyardException.invalid("--folds must be at least 2 (got " + req.folds() + ")");
        }
        if (req.learners().isEmpty()) {
            throw ModelyardException.invalid("no learners given; choose from " + String.join(", ", LearnerCatalog.names()));
        }
        List<PipelineSpec> specs = new ArrayList<>();
        for (String name : req.learners()) {
            specs.add(LearnerCatalog.pipeline(name));
        }
        for (String c : new String[] {req.timeColumn(), req.groupColumn()}) {
            if (c != null && !data.has(c)) {
                throw ModelyardException.notFound("column '" + c + "' not found" + Names.suggestion(c, data.schema().names()));
            }
        }
        if (req.target().equals(req.timeColumn()) || req.target().equals(req.groupColumn())) {
            throw ModelyardException.invalid("the target column '" + req.target() + "' cannot also be the time or group column");
        }
        TargetExtraction.Result extracted = TargetExtraction.extract(data, req.target(), req.task());
        Target target = extracted.target();
        Frame features = extracted.data();
        Column groups = null;
        if (req.groupColumn() != null) {
            groups = features.column(req.groupColumn());
            features = features.without(req.groupColumn());
        }
        if (features.columnCount() == 0) {
            throw ModelyardException.invalid("no feature columns left besides the target '" + req.target() + "'");
        }
        Metric metric = req.metric() == null ? Metric.defaultFor(target.task()) : Metric.parse(req.metric(), target.task());

        List<LeakageFinding> leakage = new ArrayList<>(LeakageChecks.run(features, target,
                new LeakageOptions(req.timeColumn(), 0.98, 0.95, req.seed())));
        Split split = folds(features, target, groups, req);
        LeakageChecks.duplicatesAcross(features, split.folds().get(0).train(), split.folds().get(0).test()).ifPresent(leakage::add);
        if (req.strict() && !leakage.isEmpty()) {
            StringBuilder sb = new StringBuilder("leakage found (--strict):");
            leakage.forEach(f -> sb.append("\n  - ").append(f.message()));
            throw new ModelyardException(ErrorCode.LEAKAGE, sb.toString());
        }

        long total = (long) specs.size() * split.folds().size() + 1;
        AtomicLong done = new AtomicLong();
        FitContext ctx = new FitContext(req.seed(), Math.max(1, req.threads()), Progress.NONE, cancel);
        List<LeaderboardEntry> board = new ArrayList<>();
        Map<String, List<Frame>> outputs = new LinkedHashMap<>();
        for (int s = 0; s < specs.size(); s++) {
            String name = req.learners().get(s);
            FoldRunner.Result cv = FoldRunner.run(name, specs.get(s), features, target, split.folds(), ctx, req.seed(), progress, done, total);
            List<Map<String, Double>> perFold = cv.perFold();
            outputs.put(name, cv.outputs());
            double fitSeconds = cv.fitSeconds();
            Map<String, MetricSummary> summaries = new LinkedHashMap<>();
            for (String m : perFold.get(0).keySet()) {
                summaries.put(m, MetricSummary.of(perFold.stream().mapToDouble(x -> x.get(m)).toArray()));
            }
            board.add(new LeaderboardEntry(name, metric.label(), summaries.get(metric.label()), summaries, fitSeconds / split.folds().size()));
        }
        Comparator<LeaderboardEntry> byScore = Comparator.comparingDouble(e -> e.score().mean());
        board.sort(metric.greaterIsBetter() ? byScore.reversed() : byScore);
        String chosen = board.get(0).learner();
        progress.update("refit " + chosen + " on all " + features.rowCount() + " rows", done.get(), total);
        cancel.check();
        FittedPipeline best = LearnerCatalog.pipeline(chosen).fit(features, target, ctx);
        ReferenceProfile reference = OutOfFoldProfile.of(features, target, split.folds(), outputs.get(chosen), req.seed());
        progress.update("done", done.incrementAndGet(), total);
        Provenance prov = Provenance.capture(Fingerprint.of(data), data.rowCount(), req.seed(), start, null);
        return new TrainResult(best, chosen, target.task(), metric.label(), board, leakage, features.rowCount(),
                extracted.droppedRows(), split.description(), prov, (System.nanoTime() - t0) / 1e9, reference);
    }

    /** The folds used for every learner, and a description for reports. */
    record Split(List<Fold> folds, String description) {}

    static Split folds(Frame features, Target target, Column groups, TrainRequest req) {
        if (req.holdout() > 0) {
            return holdout(features, target, groups, req);
        }
        int k = req.folds();
        if (req.timeColumn() != null) {
            return new Split(Splits.timeSeriesSplit(features.column(req.timeColumn()), k), "time-ordered " + k + "-fold on '" + req.timeColumn() + "'");
        }
        if (groups != null) {
            return new Split(Splits.groupKFold(groups, k, req.seed()), "grouped " + k + "-fold on '" + req.groupColumn() + "'");
        }
        if (target.task().isClassification()) {
            return new Split(Splits.stratifiedKFold(classIndex(target), k, req.seed()), "stratified " + k + "-fold");
        }
        return new Split(Splits.kFold(target.size(), k, req.seed()), k + "-fold");
    }

    private static Split holdout(Frame features, Target target, Column groups, TrainRequest req) {
        double f = req.holdout();
        String pct = Math.round(f * 100) + "%";
        if (req.timeColumn() != null) {
            return new Split(List.of(Splits.timeHoldout(features.column(req.timeColumn()), f)), "time-ordered hold-out (last " + pct + " by '" + req.timeColumn() + "')");
        }
        if (groups != null) {
            int k = Math.max(2, (int) Math.round(1 / f));
            return new Split(List.of(Splits.groupKFold(groups, k, req.seed()).get(0)), "grouped hold-out (1/" + k + " of groups in '" + req.groupColumn() + "')");
        }
        if (target.task().isClassification()) {
            return new Split(List.of(Splits.stratifiedHoldout(classIndex(target), f, req.seed())), "stratified hold-out " + pct);
        }
        return new Split(List.of(Splits.holdout(target.size(), f, req.seed())), "hold-out " + pct);
    }

    private static int[] classIndex(Target target) {
        int[] cls = new int[target.size()];
        for (int i = 0; i < cls.length; i++) {
            cls[i] = target.classOf(i);
        }
        return cls;
    }
}
