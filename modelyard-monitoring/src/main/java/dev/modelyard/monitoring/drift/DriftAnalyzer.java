package dev.modelyard.monitoring.drift;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.data.sketch.CategoricalProfile;
import dev.modelyard.data.sketch.FeatureProfile;
import dev.modelyard.data.sketch.NumericProfile;
import dev.modelyard.data.sketch.ReferenceProfile;
import dev.modelyard.monitoring.result.DomainDrift;
import dev.modelyard.monitoring.result.FeatureDrift;
import dev.modelyard.monitoring.result.WindowDrift;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Compares a window of data with a model's reference profile: one {@link FeatureDrift} per profiled feature
 * (see {@link NumericDrift} and {@link CategoricalDrift} for the statistics), the share of drifted features,
 * the drift of the model's predictions, and the {@link DomainClassifier}'s multivariate verdict. Features
 * are analysed in parallel on {@link DriftOptions#threads()} threads; the result depends only on the inputs
 * and the seed.
 */
public final class DriftAnalyzer {
    private DriftAnalyzer() {}

    /**
     * Drift of {@code window} against {@code reference}.
     *
     * @param window     at least every profiled feature (other columns are ignored); numeric features must be
     *                   numeric columns, categorical ones may be of any type (compared by their text)
     * @param prediction the model's output on the window (score of the positive class or predicted value for a
     *                   numeric prediction profile, predicted label for a categorical one), or null; ignored
     *                   when the reference has no prediction profile
     * @throws ModelyardException when the window is empty, lacks a profiled column, has a text column where
     *                            numbers were profiled, or the prediction is of the other kind than profiled
     */
    public static WindowDrift analyze(ReferenceProfile reference, Frame window, Column prediction, DriftOptions options) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(options, "options");
        WindowCheck.check(reference, window, prediction);
        List<Callable<FeatureDrift>> tasks = new ArrayList<>();
        for (FeatureProfile f : reference.features()) {
            Column c = window.column(f.name());
            tasks.add(() -> feature(f, c, options));
        }
        boolean predicted = prediction != null && reference.prediction() != null;
        if (predicted) {
            tasks.add(() -> feature(reference.prediction(), prediction, options));
        }
        FeatureDrift[] done = run(tasks, options.threads());
        List<FeatureDrift> features = Arrays.asList(done).subList(0, reference.features().size());
        long drifted = features.stream().filter(FeatureDrift::drifted).count();
        double share = features.isEmpty() ? 0 : (double) drifted / features.size();
        DomainDrift domain = options.domainClassifier() && DomainClassifier.applicable(reference, window)
                ? DomainClassifier.run(reference, window, options) : null;
        return new WindowDrift(features, share, options.shareThreshold(), share >= options.shareThreshold(),
                predicted ? done[done.length - 1] : null, domain);
    }

    /** Drift of one column against its profile. */
    static FeatureDrift feature(FeatureProfile profile, Column current, DriftOptions options) {
        return switch (profile) {
            case NumericProfile n -> NumericDrift.analyze(n, current, options);
            case CategoricalProfile c -> CategoricalDrift.analyze(c, current, options);
        };
    }

    private static FeatureDrift[] run(List<Callable<FeatureDrift>> tasks, int threads) {
        FeatureDrift[] out = new FeatureDrift[tasks.size()];
        int t = Math.min(threads, tasks.size());
        if (t <= 1) {
            for (int i = 0; i < out.length; i++) {
                out[i] = call(tasks.get(i));
            }
            return out;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "modelyard-drift");
            th.setDaemon(true);
            return th;
        })) {
            List<Future<FeatureDrift>> futures = pool.invokeAll(tasks);
            for (int i = 0; i < out.length; i++) {
                out[i] = futures.get(i).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelyardException(ErrorCode.INTERNAL, "drift analysis was interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
        return out;
    }

    private static FeatureDrift call(Callable<FeatureDrift> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new ModelyardException(ErrorCode.INTERNAL, "drift analysis failed: " + t, t);
    }
}
