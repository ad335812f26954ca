package dev.modelyard.server.serving;

import dev.modelyard.serving.model.ModelFile;
import dev.modelyard.serving.predict.ServingEngine;
import dev.modelyard.serving.reload.RegistryRef;
import dev.modelyard.serving.routing.Split;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to run the prediction server. {@code models} are bundle files; {@code registry} (may be null) is a
 * registered model followed through an alias in the store at {@code backendUri}/{@code artifactsRoot}, polled
 * every {@code pollInterval}. {@code splits} and {@code shadows} set A/B routing and shadow versions per model
 * name. {@code logDir} (null = no log) receives the prediction and feedback logs. Limits: {@code maxRows} per
 * request, {@code maxBodyBytes} per body (413 beyond), {@code requestTimeout} (503 beyond). Port 0 picks a free one.
 */
public record ServeOptions(String host, int port, List<ModelFile> models, RegistryRef registry, String backendUri,
                           Path artifactsRoot, Duration pollInterval, Path logDir, Map<String, List<Split>> splits,
                           Map<String, String> shadows, int maxRows, long maxBodyBytes, Duration requestTimeout,
                           String authToken, boolean insecure, Duration shutdownGrace) {
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 32L << 20;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(30);

    public ServeOptions {
        models = List.copyOf(models);
        splits = Map.copyOf(splits);
        shadows = Map.copyOf(shadows);
        pollInterval = pollInterval == null ? DEFAULT_POLL : pollInterval;
        requestTimeout = requestTimeout == null ? DEFAULT_TIMEOUT : requestTimeout;
        shutdownGrace = shutdownGrace == null ? Duration.ofSeconds(10) : shutdownGrace;
        maxRows = maxRows <= 0 ? ServingEngine.DEFAULT_MAX_ROWS : maxRows;
        maxBodyBytes = maxBodyBytes <= 0 ? DEFAULT_MAX_BODY_BYTES : maxBodyBytes;
    }

    /** Serving bundle files on loopback with every default (tests and embedding). */
    public static ServeOptions of(List<ModelFile> models, int port) {
        return new ServeOptions(null, port, models, null, null, null, null, null, Map.of(), Map.of(), 0, 0, null, null, false, null);
    }

    public ServeOptions withLogDir(Path dir) {
        return new ServeOptions(host, port, models, registry, backendUri, artifactsRoot, pollInterval, dir, splits, shadows, maxRows,
                maxBodyBytes, requestTimeout, authToken, insecure, shutdownGrace);
    }

    public ServeOptions withLimits(int rows, long bodyBytes, Duration timeout) {
        return new ServeOptions(host, port, models, registry, backendUri, artifactsRoot, pollInterval, logDir, splits, shadows, rows,
                bodyBytes, timeout, authToken, insecure, shutdownGrace);
    }

    public ServeOptions withRouting(Map<String, List<Split>> split, Map<String, String> shadow) {
        return new ServeOptions(host, port, models, registry, backendUri, artifactsRoot, pollInterval, logDir, split, shadow, maxRows,
                maxBodyBytes, requestTimeout, authToken, insecure, shutdownGrace);
    }

    public ServeOptions withAuthToken(String token) {
        return new ServeOptions(host, port, models, registry, backendUri, artifactsRoot, pollInterval, logDir, splits, shadows, maxRows,
                maxBodyBytes, requestTimeout, token, insecure, shutdownGrace);
    }

    /** How long {@link PredictionServer#close()} lets in-flight requests (and idle keep-alive connections) finish. */
    public ServeOptions withShutdownGrace(Duration grace) {
        return new ServeOptions(host, port, models, registry, backendUri, artifactsRoot, pollInterval, logDir, splits, shadows, maxRows,
                maxBodyBytes, requestTimeout, authToken, insecure, grace);
    }
}
