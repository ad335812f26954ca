package dev.modelyard.bench.serving;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.Modelyard;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.json.Json;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.serving.input.JsonTables;
import dev.modelyard.serving.log.PredictionLog;
import dev.modelyard.serving.metrics.ServingMetrics;
import dev.modelyard.serving.model.LoadedModel;
import dev.modelyard.serving.model.ServedModel;
import dev.modelyard.serving.model.ServedModels;
import dev.modelyard.serving.predict.Prediction;
import dev.modelyard.serving.predict.PredictRequest;
import dev.modelyard.serving.predict.ServingEngine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Does the prediction log slow a request? One-row requests through the serving engine (decode, type, score,
 * metrics) on a GBDT trained on the bundled adult sample, with the asynchronous JSON-lines log off and on,
 * in the same run. The log's writer thread shares the machine, so on 2 cores it competes for CPU too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PredictionLogBenchmark {
    @Param({"off", "on"})
    public String log;

    private Path dir;
    private ServingEngine engine;
    private PredictionLog predictionLog;
    private ObjectNode body;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("modelyard-log-bench");
        Path sample = dir.resolve("adult_sample.csv");
        try (InputStream in = Modelyard.class.getResourceAsStream("/dev/modelyard/cli/samples/adult_sample.csv")) {
            Files.copy(in, sample);
        }
        Frame data = Modelyard.read(sample);
        TrainResult trained = Modelyard.train(data).target("income").learners("gbdt").folds(2).seed(1).run();
        Path bundle = dir.resolve("model.zip");
        trained.save(bundle);
        LoadedModel model = new LoadedModel("income", "1", bundle.toString(), ModelBundle.read(bundle));
        ServedModels models = new ServedModels();
        models.put(ServedModel.of(model));
        predictionLog = log.equals("on") ? new PredictionLog(dir.resolve("logs")) : null;
        engine = new ServingEngine(models, 1000, predictionLog, new ServingMetrics(new SimpleMeterRegistry()));
        body = Json.object();
        ArrayNode records = body.putArray("records");
        ObjectNode row = records.addObject();
        Frame features = data.without("income");
        RowBuffer first = new RowBuffer(features.schema());
        features.rowInto(0, first);
        for (int c = 0; c < features.columnCount(); c++) {
            String name = features.schema().fields().get(c).name();
            if (features.schema().fields().get(c).type().isNumericSlot()) {
                row.put(name, first.num[c]);
            } else {
                row.put(name, first.str[c]);
            }
        }
    }

    @Benchmark
    public Prediction oneRowRequest() {
        return engine.predict(new PredictRequest("income", null, null, System.nanoTime(), m -> JsonTables.of(body, m.signature())));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        engine.close();
        if (predictionLog != null) {
            predictionLog.close();
            if (predictionLog.written() == 0) {
                throw new IllegalStateException("the prediction log wrote nothing: the 'on' case measured nothing");
            }
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
