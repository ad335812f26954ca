package dev.modelyard.serving.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serving meters on a Micrometer registry (Prometheus in the server): {@code modelyard_requests_total} and the
 * {@code modelyard_request_latency_seconds} histogram per model, version and variant,
 * {@code modelyard_predictions_total} (rows) per model and variant, {@code modelyard_errors_total} by kind,
 * {@code modelyard_shadow_total} by outcome and the prediction log's dropped entries. Meters are looked up once
 * per label set and cached, so recording allocates nothing on the hot path.
 */
public final class ServingMetrics {
    private final MeterRegistry registry;
    private final Map<String, Timer> latency = new ConcurrentHashMap<>();
    private final Map<String, Counter> rows = new ConcurrentHashMap<>();
    private final Map<String, Counter> errors = new ConcurrentHashMap<>();
    private final Map<String, Counter> shadows = new ConcurrentHashMap<>();

    public ServingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() { return registry; }

    /** One answered request of {@code n} rows. */
    public void answered(String model, String version, String variant, int n, long latencyNanos) {
        String key = model + '\u0000' + version + '\u0000' + variant;
        // get first: computeIfAbsent with a capturing lambda allocates the lambda on every request
        Timer timer = latency.get(key);
        if (timer == null) {
            timer = latency.computeIfAbsent(key, k -> Timer.builder("modelyard.request.latency")
                    .description("Scoring latency of answered requests (decode, score, answer)")
                    .tags("model", model, "version", version, "variant", variant)
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofNanos(10_000))
                    .maximumExpectedValue(Duration.ofSeconds(10))
                    .register(registry));
        }
        timer.record(latencyNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        Counter counter = rows.get(key);
        if (counter == null) {
            counter = rows.computeIfAbsent(key, k -> Counter.builder("modelyard.predictions")
                    .description("Rows scored").tags("model", model, "version", version, "variant", variant)
                    .register(registry));
        }
        counter.increment(n);
    }

    /** A failed request; {@code kind} is e.g. bad_input, not_found, too_large, internal. */
    public void error(String kind) {
        errors.computeIfAbsent(kind, k -> Counter.builder("modelyard.errors").description("Failed requests by kind")
                .tag("kind", k).register(registry)).increment();
    }

    /** A shadow scoring outcome: scored, failed or dropped (its queue was full). */
    public void shadow(String outcome) {
        shadows.computeIfAbsent(outcome, k -> Counter.builder("modelyard.shadow").description("Shadow scorings by outcome")
                .tag("outcome", k).register(registry)).increment();
    }

    /**
     * Exposes a monotonically growing count read from {@code source} on scrape, e.g. the log's dropped entries.
     * Micrometer holds {@code source} weakly: pass the long-lived object itself, not a lambda over it.
     */
    public <T> void countFrom(String name, String description, T source, java.util.function.ToDoubleFunction<T> count) {
        io.micrometer.core.instrument.FunctionCounter.builder(name, source, count).description(description).register(registry);
    }
}
