package dev.modelyard.tracking.api;

import java.io.InputStream;
import java.util.List;

/**
 * Artifact files under a root URI such as a run's {@code mlflow-artifacts:/<exp>/<run>/artifacts} (or
 * {@code mlflow-artifacts:/} for the whole store, which is what the proxied {@code /mlflow-artifacts/} API uses).
 * Relative paths are normalised and checked: absolute paths, {@code ..}, backslashes, NUL, anything that ends
 * up outside the root (including through symlinks) is INVALID_INPUT. Shaped so an S3 store can implement it.
 */
public interface ArtifactStore {

    /** Writes (replaces) one file; fails with INVALID_INPUT past {@link #maxUploadBytes()}. */
    ArtifactInfo put(String rootUri, String relativePath, InputStream data);

    /** Opens one file for reading; NOT_FOUND when absent or a directory. */
    InputStream open(String rootUri, String relativePath);

    /** Direct children of a directory ({@code relativeDir} null/empty = the root); empty when absent. Paths are relative to {@code rootUri}. */
    List<ArtifactInfo> list(String rootUri, String relativeDir);

    /** Removes everything under {@code rootUri} (a no-op when absent). */
    void deleteAll(String rootUri);

    /** Largest accepted upload in bytes. */
    long maxUploadBytes();
}
