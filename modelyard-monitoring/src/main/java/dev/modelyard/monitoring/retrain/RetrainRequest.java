package dev.modelyard.monitoring.retrain;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.tracking.api.TrackingConnection;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code modelyard retrain} was asked for.
 *
 * @param champion     the model to challenge
 * @param data         new labelled data to train the challenger on
 * @param evalData     labelled data to compare both on; null to hold out the most recent {@code evalFraction} of
 *                     {@code data} (not used for training then)
 * @param evalFraction share of {@code data} held out when {@code evalData} is null, in (0, 1)
 * @param timeColumn   orders {@code data} for that hold-out (null: file order)
 * @param margin       relative improvement the challenger must reach to be promoted (0.01 = 1 %)
 * @param alpha        significance level of the paired bootstrap
 * @param bootstrap    bootstrap resamples
 * @param seed         seed for training and resampling
 * @param dryRun       decide and report, but register nothing and move no alias
 * @param tracking     tracking store and registry to resolve the champion, record runs and register the
 *                     challenger; null for none (the caller opens and closes it)
 * @param experiment   tracking experiment of the runs (null: Default)
 * @param out          where the challenger bundle is written
 * @param threads      threads for training and scoring
 */
public record RetrainRequest(ChampionRef champion, Frame data, Frame evalData, double evalFraction, String timeColumn,
                             double margin, double alpha, int bootstrap, long seed, boolean dryRun,
                             TrackingConnection tracking, String experiment, Path out, int threads) {
    public RetrainRequest {
        Objects.requireNonNull(champion, "champion");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(out, "out");
        if (!(evalFraction > 0 && evalFraction < 1)) {
            throw ModelyardException.invalid("--eval-fraction must be between 0 and 1 (got " + evalFraction + ")");
        }
        if (!(margin >= 0) || Double.isInfinite(margin)) {
            throw ModelyardException.invalid("--margin must be a relative improvement of 0 or more, e.g. 0.01 for 1 % (got " + margin + ")");
        }
        if (!(alpha > 0 && alpha <= 1)) {
            throw ModelyardException.invalid("--alpha must be in (0, 1] (got " + alpha + ")");
        }
        if (bootstrap < 1) {
            throw ModelyardException.invalid("--bootstrap must be at least 1 (got " + bootstrap + ")");
        }
        if (threads < 1) {
            throw ModelyardException.invalid("--threads must be at least 1 (got " + threads + ")");
        }
        out = out.toAbsolutePath().normalize();
    }

    /** Defaults: hold out the last 20 %, margin 1 %, alpha 0.05, 1000 resamples, seed 42, no tracking, {@code challenger.zip}. */
    public static RetrainRequest of(ChampionRef champion, Frame data) {
        return new RetrainRequest(champion, data, null, 0.2, null, 0.01, 0.05, 1000, 42L, false, null, null,
                Path.of("challenger.zip"), Runtime.getRuntime().availableProcessors());
    }

    public RetrainRequest withEvalData(Frame f) {
        return new RetrainRequest(champion, data, f, evalFraction, timeColumn, margin, alpha, bootstrap, seed, dryRun, tracking, experiment, out, threads);
    }

    public RetrainRequest withEvalFraction(double f) {
        return new RetrainRequest(champion, data, evalData, f, timeColumn, margin, alpha, bootstrap, seed, dryRun, tracking, experiment, out, threads);
    }

    public RetrainRequest withTimeColumn(String c) {
        return new RetrainRequest(champion, data, evalData, evalFraction, c, margin, alpha, bootstrap, seed, dryRun, tracking, experiment, out, threads);
    }

    public RetrainRequest withMargin(double m) {
        return new RetrainRequest(champion, data, evalData, evalFraction, timeColumn, m, alpha, bootstrap, seed, dryRun, tracking, experiment, out, threads);
    }

    public RetrainRequest withAlpha(double a) {
        return new RetrainRequest(champion, data, evalData, evalFraction, timeColumn, margin, a, bootstrap, seed, dryRun, tracking, experiment, out, threads);
    }

    public RetrainRequest withBootstrap(int b) {
        return new RetrainRequest(champion, data, evalData, evalFraction, timeColumn, margin, alpha, b, seed, dryRun, tracking, experiment, out, threads);
    }

    public RetrainRequest withSeed(long s) {
        return new RetrainRequest(champion, data, evalData, evalFraction, timeColumn, margin, alpha, bootstrap, s, dryRun, tracking, experiment, out, threads);
    }

    public RetrainRequest withDryRun(boolean d) {
        return new RetrainRequest(champion, data, evalData, evalFraction, timeColumn, margin, alpha, bootstrap, seed, d, tracking, experiment, out, threads);
    }

    public RetrainRequest withTracking(TrackingConnection t, String experimentName) {
        return new RetrainRequest(champion, data, evalData, evalFraction, timeColumn, margin, alpha, bootstrap, seed, dryRun, t, experimentName, out, threads);
    }

    public RetrainRequest withOut(Path p) {
        return new RetrainRequest(champion, data, evalData, evalFraction, timeColumn, margin, alpha, bootstrap, seed, dryRun, tracking, experiment, p, threads);
    }

    public RetrainRequest withThreads(int t) {
        return new RetrainRequest(champion, data, evalData, evalFraction, timeColumn, margin, alpha, bootstrap, seed, dryRun, tracking, experiment, out, t);
    }
}
