package dev.modelyard.serving.predict;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.serving.input.Batch;
import dev.modelyard.serving.input.InputError;
import dev.modelyard.serving.input.InputTable;
import dev.modelyard.serving.input.RowTyper;
import dev.modelyard.serving.log.PredictionLog;
import dev.modelyard.serving.metrics.ServingMetrics;
import dev.modelyard.serving.model.LoadedModel;
import dev.modelyard.serving.model.ServedModel;
import dev.modelyard.serving.model.ServedModels;
import dev.modelyard.serving.routing.ShadowScorer;

/**
 * Scores requests: picks the model version (explicit, or by the name's routing with its sticky key), decodes
 * and types the rows, scores them with a pooled compiled scorer, records metrics and the prediction log, and
 * hands a copy to the shadow version when one is configured. Thread-safe; one per server.
 */
public final class ServingEngine implements AutoCloseable {
    /** Default limit of rows per request. */
    public static final int DEFAULT_MAX_ROWS = 10_000;

    private final ServedModels models;
    private final int maxRows;
    private final PredictionLog log;
    private final ServingMetrics metrics;
    private final ShadowScorer shadow;
    private final long timeoutNanos;

    /** {@code log} may be null (no prediction log); no request timeout. */
    public ServingEngine(ServedModels models, int maxRows, PredictionLog log, ServingMetrics metrics) {
        this(models, maxRows, log, metrics, null);
    }

    /** As above, with a request timeout counted from {@link PredictRequest#startNanos()} (null = none). */
    public ServingEngine(ServedModels models, int maxRows, PredictionLog log, ServingMetrics metrics, java.time.Duration timeout) {
        this.timeoutNanos = timeout == null ? 0 : timeout.toNanos();
        this.models = models;
        this.maxRows = maxRows;
        this.log = log;
        this.metrics = metrics;
        this.shadow = new ShadowScorer(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), 1024);
        if (log != null) {
            metrics.countFrom("modelyard.log.dropped", "Prediction/feedback log entries dropped (queue full or write failed)", log,
                    PredictionLog::dropped);
            metrics.countFrom("modelyard.log.written", "Prediction/feedback log entries written", log, PredictionLog::written);
        }
    }

    public ServedModels models() { return models; }

    public ServingMetrics metrics() { return metrics; }

    public int maxRows() { return maxRows; }

    /** Scores a request; bad input is an {@link InputError}, an unknown model or version NOT_FOUND. */
    public Prediction predict(PredictRequest request) {
        ServedModel served = models.get(request.model());
        LoadedModel model = request.version() != null ? served.version(request.version()) : served.route(request.routingKey());
        InputTable table = request.decode().apply(model);
        Batch batch = RowTyper.type(table, model, maxRows);
        double[] out = timeoutNanos > 0
                ? Scoring.score(model, batch, request.startNanos() + timeoutNanos, timeoutNanos / 1_000_000)
                : Scoring.score(model, batch);
        long latency = System.nanoTime() - request.startNanos();
        Prediction p = new Prediction(RequestIds.next(), model.name(), model.version(), model.version(), false,
                System.currentTimeMillis(), latency, model.isClassification() ? model.classes() : java.util.List.of(), batch, out);
        metrics.answered(model.name(), model.version(), p.variant(), batch.rows(), latency);
        if (log != null) {
            log.record(p);
        }
        LoadedModel challenger = request.version() == null ? served.shadow() : null;
        if (challenger != null && challenger != model) {
            shadow(challenger, request, p.requestId());
        }
        return p;
    }

    private void shadow(LoadedModel challenger, PredictRequest request, String requestId) {
        boolean queued = shadow.submit(() -> {
            try {
                long t0 = System.nanoTime();
                Batch batch = RowTyper.type(request.decode().apply(challenger), challenger, maxRows);
                double[] out = Scoring.score(challenger, batch);
                Prediction p = new Prediction(requestId, challenger.name(), challenger.version(), "shadow", true,
                        System.currentTimeMillis(), System.nanoTime() - t0,
                        challenger.isClassification() ? challenger.classes() : java.util.List.of(), batch, out);
                if (log != null) {
                    log.record(p);
                }
                metrics.answered(challenger.name(), challenger.version(), "shadow", batch.rows(), p.latencyNanos());
                metrics.shadow("scored");
            } catch (RuntimeException e) {
                metrics.shadow("failed");
            }
        });
        if (!queued) {
            metrics.shadow("dropped");
        }
    }

    /** Records a delayed label for a request id in the feedback log. */
    public void feedback(JsonNode body) {
        JsonNode id = body == null ? null : body.get("request_id");
        if (id == null || !id.isTextual() || id.textValue().isBlank()) {
            throw new InputError("request_id", "feedback needs 'request_id': the id of the answered request (a string)");
        }
        JsonNode actual = body.get("actual");
        if (actual == null || actual.isNull()) {
            throw new InputError("actual", "feedback needs 'actual': the observed outcome (a value, or a list with one per row)");
        }
        if (log == null) {
            throw new InputError(null, "this server keeps no prediction log, so feedback cannot be recorded (start it with --log-dir)");
        }
        log.feedback(id.textValue(), actual, System.currentTimeMillis());
    }

    /** Finishes queued shadow work, then flushes and closes the logs. */
    @Override
    public void close() {
        shadow.close();
        if (log != null) {
            log.close();
        }
    }
}
