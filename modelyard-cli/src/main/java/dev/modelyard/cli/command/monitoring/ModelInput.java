package dev.modelyard.cli.command.monitoring;

import dev.modelyard.data.sketch.ProfileCodec;
import dev.modelyard.monitoring.MonitoredModel;
import dev.modelyard.scoring.bundle.ModelBundle;
import java.nio.file.Path;

/** Loads the model a monitor command watches: the bundle, and its reference profile or an explicit one. */
final class ModelInput {
    private ModelInput() {}

    static MonitoredModel load(Path bundleFile, String name, Path reference) {
        ModelBundle bundle = ModelBundle.read(bundleFile);
        String n = name != null ? name : stem(bundleFile);
        String version = bundle.manifest().path("provenance").path("dataFingerprint").asText("");
        if (version.length() > 12) {
            version = version.substring(0, 12);
        }
        return MonitoredModel.of(bundle, n, version.isEmpty() ? "local" : version, reference == null ? null : ProfileCodec.read(reference));
    }

    /** The name a server gives a bundle served as {@code --model FILE}: its file name without {@code .zip}. */
    static String stem(Path file) {
        String s = file.getFileName().toString();
        return s.endsWith(".zip") ? s.substring(0, s.length() - 4) : s;
    }
}
