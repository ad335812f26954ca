package dev.modelyard.monitoring.retrain;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.evaluate.track.TrainingRunLog;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.evaluate.train.Trainer;
import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.Tracker;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/** Generated regression data and a champion trained on it (linear learner, 2 folds: fast). */
final class Fixtures {
    static final String MODEL = "demo";

    private Fixtures() {}

    /** {@code y = slope·x1 + x2 + (c = "b" ? 1 : 0) + N(0, 0.3²)}, with a row counter {@code t} that is not a feature. */
    static Frame data(int n, double slope, long seed, long firstT) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        String[] c = new String[n];
        double[] y = new double[n];
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            x1[i] = r.nextDouble() * 4 - 2;
            x2[i] = r.nextGaussian();
            c[i] = r.nextBoolean() ? "a" : "b";
            y[i] = slope * x1[i] + x2[i] + (c[i].equals("b") ? 1 : 0) + 0.3 * r.nextGaussian();
            t[i] = firstT + i;
        }
        return Frame.of(DoubleColumn.of("x1", x1), DoubleColumn.of("x2", x2), CategoricalColumn.fromStrings("c", c),
                DoubleColumn.of("y", y), LongColumn.of("t", t));
    }

    /** The same rows with the target shuffled: nothing left to learn. */
    static Frame shuffledTarget(Frame f, long seed) {
        double[] y = ((DoubleColumn) f.column("y")).toArray();
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = y.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            double v = y[i];
            y[i] = y[j];
            y[j] = v;
        }
        return f.with(DoubleColumn.of("y", y));
    }

    static TrainRequest request() {
        return TrainRequest.of("y").withLearners(List.of("linear")).withFolds(2);
    }

    /** Trains the champion on {@code data} without its {@code t} column and writes it to {@code out}. */
    static TrainResult champion(Frame data, Path out) {
        TrainResult r = Trainer.train(data.without("t"), request(), Progress.NONE, new Cancellation());
        r.save(out);
        return r;
    }

    /** Logs and registers the champion as version 1 of {@link #MODEL} with alias {@code champion}. */
    static void register(TrackingBackend b, TrainResult champion, Path bundle) {
        try (Tracker.ActiveRun run = Tracker.of(b.tracking(), b.artifacts()).start("champion")) {
            TrainingRunLog.log(run, request(), champion, null, bundle, null);
            String v = TrainingRunLog.register(b.registry(), MODEL, run, champion).version();
            b.registry().setAlias(MODEL, "champion", v);
        }
    }
}
