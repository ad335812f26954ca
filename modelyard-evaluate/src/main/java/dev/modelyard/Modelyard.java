package dev.modelyard;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.data.io.DataReader;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.evaluate.train.Trainer;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.bundle.ModelBundle;
import java.nio.file.Path;
import java.util.List;

/**
 * The Java entry point: read data, train with cross-validation, save and load bundles.
 *
 * <pre>{@code
 * Frame data = Modelyard.read(Path.of("train.csv"));
 * TrainResult result = Modelyard.train(data).target("income").learners("linear", "gbdt").folds(5).run();
 * result.save(Path.of("model.zip"));
 * Frame scores = Modelyard.load(Path.of("model.zip")).pipeline().predict(Modelyard.read(Path.of("new.csv")));
 * }</pre>
 */
public final class Modelyard {
    private Modelyard() {}

    /** Reads CSV (plain or .gz), Parquet or JSON lines, inferring column types. */
    public static Frame read(Path file) {
        return DataReader.read(file);
    }

    /** Loads and verifies a saved bundle. */
    public static ModelBundle load(Path bundle) {
        return ModelBundle.read(bundle);
    }

    /** Starts a training job on {@code data}. */
    public static TrainJob train(Frame data) {
        return new TrainJob(data, null);
    }

    /** A training job being configured; each call returns a new job. */
    public record TrainJob(Frame data, TrainRequest request) {
        public TrainJob target(String column) { return new TrainJob(data, TrainRequest.of(column)); }
        public TrainJob task(Task task) { return new TrainJob(data, req().withTask(task)); }
        public TrainJob metric(String metric) { return new TrainJob(data, req().withMetric(metric)); }
        public TrainJob learners(String... names) { return new TrainJob(data, req().withLearners(List.of(names))); }
        public TrainJob folds(int k) { return new TrainJob(data, req().withFolds(k)); }
        public TrainJob timeColumn(String c) { return new TrainJob(data, req().withTimeColumn(c)); }
        public TrainJob groupColumn(String c) { return new TrainJob(data, req().withGroupColumn(c)); }
        public TrainJob seed(long seed) { return new TrainJob(data, req().withSeed(seed)); }
        public TrainJob strict(boolean strict) { return new TrainJob(data, req().withStrict(strict)); }

        /** Runs cross-validation and the final refit. */
        public TrainResult run() {
            return Trainer.train(data, req(), Progress.NONE, new Cancellation());
        }

        /** As {@link #run()}, reporting progress and polling {@code cancel}. */
        public TrainResult run(Progress progress, Cancellation cancel) {
            return Trainer.train(data, req(), progress, cancel);
        }

        private TrainRequest req() {
            if (request == null) {
                throw new IllegalStateException("call target(column) first");
            }
            return request;
        }
    }
}
