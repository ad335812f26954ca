package dev.modelyard.cli.command.tracking;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.server.tracking.client.RestTracking;
import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.api.TrackingConnection;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which tracking store a command reads: {@code --backend-store-uri}, else env MODELYARD_TRACKING_URI, else the local default. */
public final class StoreOptions {
    static final String ENV = "MODELYARD_TRACKING_URI";
    static final String TOKEN_ENV = "MODELYARD_TRACKING_TOKEN";

    @Option(names = {"--backend-store-uri", "--tracking-uri"}, paramLabel = "URI",
            description = "sqlite:<path> or postgresql://user@host:port/db; train also logs to an http(s):// tracking server (default: $MODELYARD_TRACKING_URI, else sqlite:./modelyard-data/modelyard.db).")
    String backendUri;

    @Option(names = "--artifacts-root", paramLabel = "DIR", description = "Artifact folder (default: modelyard-data/artifacts).")
    Path artifactsRoot;

    /** The tracking URI in effect: a store, or an http(s) tracking server. */
    public String trackingUri() {
        String uri = backendUri != null ? backendUri : System.getenv(ENV);
        return uri == null || uri.isBlank() ? TrackingBackend.DEFAULT_URI : uri;
    }

    /** The store URI in effect; an http(s) tracking URI names a server, which these commands do not read through. */
    public String uri() {
        String uri = trackingUri();
        if (RestTracking.handles(uri)) {
            throw ModelyardException.invalid("tracking URI '" + uri + "' is a server; this command reads a store directly:"
                    + " give --backend-store-uri sqlite:<path> or postgresql://…");
        }
        return uri;
    }

    /** True when a tracking store was named (option or environment), i.e. training should log to it. */
    public boolean configured() {
        String env = System.getenv(ENV);
        return backendUri != null || (env != null && !env.isBlank());
    }

    /** The artifact folder in effect. */
    public Path artifacts() {
        return artifactsRoot != null ? artifactsRoot : TrackingBackend.DEFAULT_ARTIFACTS_ROOT;
    }

    /**
     * Opens what the tracking URI names for logging: a tracking server over its REST API (bearer token from
     * $MODELYARD_TRACKING_TOKEN), or the store itself.
     */
    public TrackingConnection connect() {
        String uri = trackingUri();
        return RestTracking.handles(uri) ? RestTracking.connect(uri, System.getenv(TOKEN_ENV)) : TrackingBackend.open(uri, artifacts());
    }

    /** Opens the store in effect. */
    public TrackingBackend open() {
        return TrackingBackend.open(uri(), artifacts());
    }
}
