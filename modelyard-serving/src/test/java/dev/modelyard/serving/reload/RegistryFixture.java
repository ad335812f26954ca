package dev.modelyard.serving.reload;

import dev.modelyard.serving.Golden;
import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.api.RunInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real SQLite tracking store in a folder with registered model {@code churn}: version 1 = the golden GBDT
 * ({@code runs:/<id>/model.zip}), 2 = the golden linear model (an MLflow-style folder {@code runs:/<id>/model}),
 * 3 = the GBDT again; alias {@code champion} → 1.
 */
public final class RegistryFixture implements AutoCloseable {
    private final Path dir;
    private final TrackingBackend backend;

    public RegistryFixture(Path dir) {
        this.dir = dir;
        this.backend = TrackingBackend.open(uri(), artifactsRoot());
        backend.registry().createRegisteredModel("churn", "test", List.of());
        register(Golden.GBDT, "model.zip");
        register(Golden.LINEAR, "model/model.zip");
        register(Golden.GBDT, "bundle.zip");
        backend.registry().setAlias("churn", "champion", "1");
    }

    public String uri() { return "sqlite:" + dir.resolve("t.db"); }

    public Path artifactsRoot() { return dir.resolve("artifacts"); }

    public TrackingBackend backend() { return backend; }

    public void moveAlias(String version) {
        backend.registry().setAlias("churn", "champion", version);
    }

    private void register(String golden, String path) {
        RunInfo run = backend.tracking().createRun("0", "test", null, System.currentTimeMillis(), List.of());
        try (InputStream in = Files.newInputStream(Golden.bundleFile(golden, dir))) {
            backend.artifacts().put(run.artifactUri(), path, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String source = "runs:/" + run.runId() + "/" + (path.startsWith("model/") ? "model" : path);
        backend.registry().createModelVersion("churn", source, run.runId(), List.of(), null);
    }

    @Override
    public void close() {
        backend.close();
    }
}
