package dev.modelyard.tracking.api;

/**
 * The three stores behind one tracking URI, whatever carries them: a local database (TrackingBackend) or a
 * tracking server over MLflow's REST API. Closing it releases connections.
 */
public interface TrackingConnection extends AutoCloseable {

    TrackingStore tracking();

    ModelRegistry registry();

    ArtifactStore artifacts();

    @Override
    void close();
}
