package dev.modelyard.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.HttpRouting;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * One Prometheus registry per server, scraped at {@code GET /metrics}, and optionally a filter that times
 * every request as {@code modelyard_http_requests_seconds{method, route, status}}. {@code route} comes from
 * a server-given function that folds variable paths (artifact paths) into a bounded set, so a caller cannot
 * grow the number of series; 404s all share one route for the same reason. (The prediction server times
 * requests per model and variant itself and uses only the endpoint.)
 */
public final class HttpMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /** The registry, for the server's own meters. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Adds the filter that times every request; {@code route} maps a request path to its metrics label. */
    public void timeRequests(HttpRouting.Builder r, UnaryOperator<String> route) {
        r.addFilter(timing(route));
    }

    /** Adds the {@code /metrics} endpoint (readable with a read or write token). */
    public void endpoint(HttpRouting.Builder r, Routes routes) {
        r.get("/metrics", routes.raw(Access.READ, (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
            res.send(registry.scrape().getBytes(StandardCharsets.UTF_8));
        }));
    }

    private Filter timing(UnaryOperator<String> route) {
        return (chain, req, res) -> {
            long start = System.nanoTime();
            try {
                chain.proceed();
            } finally {
                int status = res.status().code();
                String path = status == 404 ? "(not found)" : route.apply(req.path().path());
                String method = req.prologue().method().text();
                timers.computeIfAbsent(method + ' ' + path + ' ' + status, k -> Timer.builder("modelyard.http.requests")
                                .description("HTTP requests by route and status")
                                .tag("method", method).tag("route", path).tag("status", Integer.toString(status)).register(registry))
                        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
        };
    }
}
