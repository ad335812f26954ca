package dev.modelyard.cli.command.tracking;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.TrackingBackend;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Which tracking store a command reads: {@code --backend-store-uri}, else env MODELYARD_TRACKING_URI, else the local default. */
public final class StoreOptions {
    static final String ENV = "MODELYARD_TRACKING_URI";

    @Option(names = "--backend-store-uri", paramLabel = "URI",
            description = "sqlite:<path> or postgresql://user@host:port/db (default: $MODELYARD_TRACKING_URI, else sqlite:./modelyard-data/modelyard.db).")
    String backendUri;

    @Option(names = "--artifacts-root", paramLabel = "DIR", description = "Artifact folder (default: modelyard-data/artifacts).")
    Path artifactsRoot;

    /** The store URI in effect; an http(s) tracking URI names a server, which these commands do not read through. */
    public String uri() {
        String uri = backendUri != null ? backendUri : System.getenv(ENV);
        if (uri == null || uri.isBlank()) {
            return TrackingBackend.DEFAULT_URI;
        }
        String lower = uri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
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

    /** Opens the store in effect. */
    public TrackingBackend open() {
        return TrackingBackend.open(uri(), artifacts());
    }
}
