package dev.modelyard.server.tracking;

import dev.modelyard.core.provenance.Versions;
import dev.modelyard.server.http.Access;
import dev.modelyard.server.http.BindPolicy;
import dev.modelyard.server.http.HttpMetrics;
import dev.modelyard.server.http.HttpServer;
import dev.modelyard.server.http.HttpServerOptions;
import dev.modelyard.server.http.Routes;
import dev.modelyard.server.http.TokenAuth;
import dev.modelyard.tracking.TrackingBackend;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * The MLflow-compatible tracking server: opens the backend store, serves the MLflow REST API, the proxied
 * artifact API, {@code /health} and {@code /version}. {@link #close()} stops accepting requests, lets in-flight
 * ones finish, then closes the store.
 */
public final class TrackingServer implements AutoCloseable {
    /** Largest JSON request body (a full log-batch with long param values fits many times over). */
    public static final long MAX_JSON_BODY_BYTES = 16L << 20;
    private static final String ARTIFACTS = "/mlflow-artifacts/artifacts";

    private final TrackingBackend backend;
    private final HttpServer http;
    private final String host;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private TrackingServer(TrackingBackend backend, HttpServer http, String host) {
        this.backend = backend;
        this.http = http;
        this.host = host;
    }

    /** Starts the server; fails with INVALID_INPUT for a bad store URI, bad tokens or an unsafe bind address. */
    public static TrackingServer start(TrackingServerOptions options) {
        TokenAuth auth = TokenAuth.of(options.authToken(), options.readTokens());
        HttpServerOptions httpOptions = new HttpServerOptions(options.host(), options.port(), auth, options.insecure(), null);
        // Check the bind policy before touching the store, so a refused start leaves no files behind.
        BindPolicy.check(httpOptions.host(), auth, options.insecure());
        TrackingBackend backend = TrackingBackend.open(options.backendStoreUri(), options.artifactsRoot(), options.maxUploadBytes());
        try {
            Routes routes = new Routes(new MlflowErrorMapper(), auth, MAX_JSON_BODY_BYTES);
            HttpServer http = HttpServer.start(httpOptions, routes, r -> routes(r, routes, backend, options));
            return new TrackingServer(backend, http, httpOptions.host());
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    private static void routes(HttpRouting.Builder r, Routes routes, TrackingBackend backend, TrackingServerOptions options) {
        HttpMetrics metrics = new HttpMetrics();
        metrics.timeRequests(r, TrackingServer::route);
        metrics.endpoint(r, routes);
        r.get("/health", routes.raw(Access.PUBLIC, (req, res) -> text(res, "OK")));
        r.get("/version", routes.raw(Access.READ, (req, res) -> text(res, Versions.modelyard())));
        MlflowEndpoints api = new MlflowEndpoints(r, routes);
        ExperimentApi.register(api, backend.tracking());
        RunApi.register(api, backend.tracking());
        RegistryApi.register(api, backend.registry(), backend.tracking());
        ArtifactApi.register(r, routes, backend.artifacts(), options.maxUploadBytes());
    }

    /** The metrics label of a path: artifact paths fold into their endpoint; MLflow endpoints are a fixed set. */
    static String route(String path) {
        int at = path.indexOf(ARTIFACTS);
        return at >= 0 ? path.substring(0, at + ARTIFACTS.length()) : path;
    }

    private static void text(io.helidon.webserver.http.ServerResponse res, String body) {
        res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        res.send(body.getBytes(StandardCharsets.UTF_8));
    }

    public int port() { return http.port(); }

    /** {@code http://host:port}, the tracking URI clients use. */
    public String uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port();
    }

    /** The stores behind the server (for in-process callers and tests). */
    public TrackingBackend backend() { return backend; }

    /** Blocks until {@link #close()} runs, e.g. from a shutdown hook on Ctrl-C. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        try {
            http.close();
        } finally {
            backend.close();
            stopped.countDown();
        }
    }
}
