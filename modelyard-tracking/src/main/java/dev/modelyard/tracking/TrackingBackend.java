package dev.modelyard.tracking;

import dev.modelyard.tracking.api.ArtifactStore;
import dev.modelyard.tracking.api.ModelRegistry;
import dev.modelyard.tracking.api.TrackingConnection;
import dev.modelyard.tracking.api.TrackingStore;
import dev.modelyard.tracking.artifacts.LocalArtifactStore;
import dev.modelyard.tracking.store.BackendUri;
import dev.modelyard.tracking.store.Database;
import dev.modelyard.tracking.store.JdbcModelRegistry;
import dev.modelyard.tracking.store.JdbcTrackingStore;
import java.nio.file.Path;

/**
 * The three stores behind one backend URI: {@code sqlite:<path>} / {@code sqlite:///abs/path} (default
 * {@value #DEFAULT_URI}) or {@code postgresql://user[:pw]@host:port/db}, with artifacts in a local folder.
 * Close it to stop the writer and release connections.
 */
public final class TrackingBackend implements TrackingConnection {
    /** The default backend store: an SQLite file under {@code ./modelyard-data/}. */
    public static final String DEFAULT_URI = "sqlite:./modelyard-data/modelyard.db";
    /** The default artifact root. */
    public static final Path DEFAULT_ARTIFACTS_ROOT = Path.of("modelyard-data", "artifacts");
    /** Default upload limit: 1 GiB per file. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 1L << 30;

    private final Database database;
    private final JdbcTrackingStore tracking;
    private final JdbcModelRegistry registry;
    private final LocalArtifactStore artifacts;

    private TrackingBackend(Database database, LocalArtifactStore artifacts) {
        this.database = database;
        this.artifacts = artifacts;
        this.tracking = new JdbcTrackingStore(database);
        this.registry = new JdbcModelRegistry(database);
    }

    /** Opens (creating and migrating when needed) the store at {@code uri} with artifacts under {@code artifactsRoot}. */
    public static TrackingBackend open(String uri, Path artifactsRoot) {
        return open(uri, artifactsRoot, DEFAULT_MAX_UPLOAD_BYTES);
    }

    /** As {@link #open(String, Path)} with an upload size limit per artifact file. */
    public static TrackingBackend open(String uri, Path artifactsRoot, long maxUploadBytes) {
        LocalArtifactStore artifacts = new LocalArtifactStore(artifactsRoot, maxUploadBytes);
        return new TrackingBackend(Database.open(BackendUri.parse(uri)), artifacts);
    }

    @Override
    public TrackingStore tracking() { return tracking; }

    @Override
    public ModelRegistry registry() { return registry; }

    @Override
    public ArtifactStore artifacts() { return artifacts; }

    @Override
    public void close() {
        database.close();
    }
}
