package dev.modelyard.server.tracking;

import dev.modelyard.server.http.HttpServerOptions;
import dev.modelyard.tracking.TrackingBackend;

import java.nio.file.Path;
import java.util.List;

/**
 * Options of {@code modelyard server}. Nulls take the defaults: host 127.0.0.1, the default SQLite store and
 * artifact root under {@code ./modelyard-data/}, 1 GiB per uploaded file. {@code port} 0 picks a free port.
 */
public record TrackingServerOptions(String host, int port, String backendStoreUri, Path artifactsRoot, String authToken,
                                    List<String> readTokens, boolean insecure, long maxUploadBytes) {
    public static final int DEFAULT_PORT = 5000;

    public TrackingServerOptions {
        host = host == null || host.isBlank() ? HttpServerOptions.DEFAULT_HOST : host;
        backendStoreUri = backendStoreUri == null || backendStoreUri.isBlank() ? TrackingBackend.DEFAULT_URI : backendStoreUri;
        artifactsRoot = artifactsRoot == null ? TrackingBackend.DEFAULT_ARTIFACTS_ROOT : artifactsRoot;
        readTokens = readTokens == null ? List.of() : List.copyOf(readTokens);
        maxUploadBytes = maxUploadBytes <= 0 ? TrackingBackend.DEFAULT_MAX_UPLOAD_BYTES : maxUploadBytes;
    }

    /** Local defaults on {@code port} with the given store and artifact root. */
    public static TrackingServerOptions local(int port, String backendStoreUri, Path artifactsRoot) {
        return new TrackingServerOptions(null, port, backendStoreUri, artifactsRoot, null, List.of(), false, 0);
    }

    public TrackingServerOptions withAuth(String token, List<String> readOnlyTokens) {
        return new TrackingServerOptions(host, port, backendStoreUri, artifactsRoot, token, readOnlyTokens, insecure, maxUploadBytes);
    }

    public TrackingServerOptions withMaxUploadBytes(long bytes) {
        return new TrackingServerOptions(host, port, backendStoreUri, artifactsRoot, authToken, readTokens, insecure, bytes);
    }
}
