package dev.modelyard.serving.predict;

import dev.modelyard.serving.input.InputTable;
import dev.modelyard.serving.model.LoadedModel;
import java.util.function.Function;

/**
 * One scoring request: the model name, an explicit version (null = let routing choose), the sticky routing
 * key (null = random assignment), when the request arrived ({@link System#nanoTime()}, for latency) and how to
 * decode its body for a given model version (some shapes, e.g. value lists, depend on the model's inputs).
 */
public record PredictRequest(String model, String version, String routingKey, long startNanos,
                             Function<LoadedModel, InputTable> decode) {}
