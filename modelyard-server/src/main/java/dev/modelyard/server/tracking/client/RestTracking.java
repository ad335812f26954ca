package dev.modelyard.server.tracking.client;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.server.tracking.wire.ExperimentMessages;
import dev.modelyard.tracking.api.ArtifactStore;
import dev.modelyard.tracking.api.ModelRegistry;
import dev.modelyard.tracking.api.TrackingConnection;
import dev.modelyard.tracking.api.TrackingStore;

import java.util.List;
import java.util.Locale;

/**
 * The tracking SPIs of a remote MLflow-compatible tracking server ({@code modelyard server} or MLflow's own) at an
 * {@code http(s)://host:port} tracking URI, over its REST API:
 * <pre>{@code
 * try (RestTracking remote = RestTracking.connect("http://127.0.0.1:5000", System.getenv("MODELYARD_TRACKING_TOKEN"))) {
 *     Tracker.of(remote.tracking(), remote.artifacts()).experiment("churn").start("xgb") ...
 * }
 * }</pre>
 * Errors come back as the server's {@code ModelyardException}s (NOT_FOUND, ALREADY_EXISTS, … with its message).
 */
public final class RestTracking implements TrackingConnection {
    private final MlflowHttp http;
    private final RestTrackingStore tracking;
    private final RestModelRegistry registry;
    private final RestArtifactStore artifacts;

    private RestTracking(MlflowHttp http) {
        this.http = http;
        this.tracking = new RestTrackingStore(http);
        this.registry = new RestModelRegistry(http);
        this.artifacts = new RestArtifactStore(http);
    }

    /** True for the tracking URIs this client handles: {@code http://} and {@code https://}. */
    public static boolean handles(String uri) {
        String lower = uri == null ? "" : uri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * Connects to the server at {@code uri} with an optional bearer {@code token} and checks, with one read, that it
     * answers and accepts the token, so a wrong URI or token fails at once rather than after a long job.
     */
    public static RestTracking connect(String uri, String token) {
        if (!handles(uri)) {
            throw ModelyardException.invalid("tracking URI '" + uri + "' is not an http(s) server URL");
        }
        RestTracking remote = new RestTracking(new MlflowHttp(uri, token));
        try {
            remote.http.call("GET", "experiments/search", new ExperimentMessages.Search(1, null, null, List.of(), null));
            return remote;
        } catch (RuntimeException e) {
            remote.close();
            throw e;
        }
    }

    /** The server URL as given. */
    public String uri() { return http.base(); }

    @Override
    public TrackingStore tracking() { return tracking; }

    @Override
    public ModelRegistry registry() { return registry; }

    @Override
    public ArtifactStore artifacts() { return artifacts; }

    @Override
    public void close() {
        http.close();
    }
}
