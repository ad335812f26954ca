package dev.modelyard.evaluate.train;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.data.split.Fold;
import dev.modelyard.evaluate.metrics.Metrics;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.pipeline.PipelineSpec;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cross-validates one pipeline: fit on each training fold, score its validation fold. Small data runs
 * several folds at once with one learner thread each: on few cores that beats one fold with several
 * threads, whose serial parts (feature steps, scoring) leave cores idle. Results are in fold order
 * and do not depend on the schedule: each fold has its own seed.
 */
final class FoldRunner {
    /** Above this many cells, folds run one at a time to bound memory. */
    static final long MAX_CELLS_FOR_PARALLEL_FOLDS = 20_000_000L;

    private FoldRunner() {}

    /** Per-fold metrics in fold order, the summed fit seconds, and each fold's model output on its validation rows. */
    record Result(List<Map<String, Double>> perFold, double fitSeconds, List<Frame> outputs) {}

    /** One fold's metrics and its model output on the validation rows (kept for out-of-fold profiles). */
    private record FoldOutcome(Map<String, Double> metrics, Frame output) {}

    static Result run(String name, PipelineSpec spec, Frame features, Target target, List<Fold> folds, FitContext ctx,
                      long seed, Progress progress, AtomicLong done, long total) {
        long cells = (long) features.rowCount() * Math.max(1, features.columnCount());
        int parallel = cells <= MAX_CELLS_FOR_PARALLEL_FOLDS ? Math.min(ctx.threads(), folds.size()) : 1;
        FitContext perFold = ctx.withThreads(Math.max(1, ctx.threads() / parallel));
        List<FoldOutcome> outcomes = new ArrayList<>();
        double[] seconds = new double[folds.size()];
        if (parallel == 1) {
            for (int f = 0; f < folds.size(); f++) {
                outcomes.add(one(name, spec, features, target, folds, f, perFold.withSeed(seed + f), seconds, progress, done, total));
            }
            return result(outcomes, seconds);
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<FoldOutcome>> futures = new ArrayList<>();
            for (int f = 0; f < folds.size(); f++) {
                int fold = f;
                futures.add(pool.submit(() -> one(name, spec, features, target, folds, fold, perFold.withSeed(seed + fold), seconds, progress, done, total)));
            }
            for (Future<FoldOutcome> fu : futures) {
                outcomes.add(fu.get());
            }
            return result(outcomes, seconds);
        } catch (ExecutionException e) {
            ctx.cancellation().cancel(); // stop the other folds early
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelyardException(ErrorCode.CANCELLED, "interrupted during cross-validation");
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result result(List<FoldOutcome> outcomes, double[] seconds) {
        return new Result(outcomes.stream().map(FoldOutcome::metrics).toList(), sum(seconds),
                outcomes.stream().map(FoldOutcome::output).toList());
    }

    private static FoldOutcome one(String name, PipelineSpec spec, Frame features, Target target, List<Fold> folds,
                                           int f, FitContext ctx, double[] seconds, Progress progress, AtomicLong done, long total) {
        ctx.cancellation().check();
        String stage = "cv " + name + " fold " + (f + 1) + "/" + folds.size();
        progress.update(stage, done.get(), total);
        Fold fold = folds.get(f);
        long t0 = System.nanoTime();
        FittedPipeline p = spec.fit(features.select(fold.train()), target.select(fold.train()), ctx);
        seconds[f] = (System.nanoTime() - t0) / 1e9;
        Frame out = p.predict(features.select(fold.test()), ctx.threads());
        Map<String, Double> m = Metrics.all(target.task(), target.select(fold.test()), PredictionFrames.toPredictions(out, target.task()));
        progress.update(stage, done.incrementAndGet(), total);
        return new FoldOutcome(m, out);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
