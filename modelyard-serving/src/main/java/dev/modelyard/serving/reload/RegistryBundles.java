package dev.modelyard.serving.reload;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.serving.model.LoadedModel;
import dev.modelyard.tracking.api.ArtifactStore;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.TrackingStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Loads the bundle of a registered model version. Its {@code source} is {@code runs:/<run_id>/<path>} (the
 * path under that run's artifact root) or {@code mlflow-artifacts:/<path>}; the file is read through the
 * {@link ArtifactStore} (which checks the path stays inside the store) into a temporary file, then read and
 * verified by {@link ModelBundle#read}. A source naming a folder (an MLflow model directory) is read as its
 * {@code model.zip}.
 */
public final class RegistryBundles {
    private static final String RUNS = "runs:/";
    private static final String ARTIFACTS = "mlflow-artifacts:/";

    private final TrackingStore tracking;
    private final ArtifactStore artifacts;

    public RegistryBundles(TrackingStore tracking, ArtifactStore artifacts) {
        this.tracking = tracking;
        this.artifacts = artifacts;
    }

    /** The loaded version, named as the registered model with the registry's version number. */
    public LoadedModel load(ModelVersion v) {
        return new LoadedModel(v.name(), v.version(), "registry " + v.name() + " version " + v.version() + " (" + v.source() + ")",
                read(v.source()));
    }

    ModelBundle read(String source) {
        String root;
        String path;
        if (source.startsWith(RUNS)) {
            String rest = source.substring(RUNS.length());
            int slash = rest.indexOf('/');
            if (slash <= 0 || slash == rest.length() - 1) {
                throw ModelyardException.invalid("model source '" + source + "' must be runs:/<run_id>/<path to the bundle>");
            }
            root = tracking.getRun(rest.substring(0, slash)).info().artifactUri();
            path = rest.substring(slash + 1);
        } else if (source.startsWith(ARTIFACTS)) {
            root = ARTIFACTS;
            path = source.substring(ARTIFACTS.length());
        } else {
            throw ModelyardException.invalid("model source '" + source + "' is not served: use runs:/<run_id>/<path> or mlflow-artifacts:/<path>");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("modelyard-bundle-", ".zip");
            try (InputStream in = open(root, path)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return ModelBundle.read(tmp);
        } catch (IOException e) {
            throw ModelyardException.invalid("cannot copy the bundle of '" + source + "': " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    private InputStream open(String root, String path) {
        boolean isDir = !artifacts.list(root, path).isEmpty();
        return artifacts.open(root, isDir ? path.replaceAll("/+$", "") + "/model.zip" : path);
    }
}
