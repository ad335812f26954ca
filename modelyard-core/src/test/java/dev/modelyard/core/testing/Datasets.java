package dev.modelyard.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the shared real datasets for acceptance tests: the {@code MODELYARD_DATASETS} environment
 * variable, else the {@code modelyard.datasets} system property (set by the build to
 * {@code ../shared/datasets}). A test asking for an absent file is skipped with a message saying where
 * it looked.
 */
public final class Datasets {
    private Datasets() {}

    /** The root folder, or null when none is configured or it does not exist. */
    public static Path root() {
        String env = System.getenv("MODELYARD_DATASETS");
        String prop = System.getProperty("modelyard.datasets");
        String dir = env != null && !env.isBlank() ? env : prop;
        if (dir == null) {
            return null;
        }
        Path p = Path.of(dir).toAbsolutePath().normalize();
        return Files.isDirectory(p) ? p : null;
    }

    /** The file at {@code relative} under the root; skips the calling test when it is absent. */
    public static Path require(String relative) {
        Path root = root();
        Assumptions.assumeTrue(root != null,
                "real-data test skipped: datasets folder not found (set MODELYARD_DATASETS or -Dmodelyard.datasets; default ../shared/datasets)");
        Path f = root.resolve(relative).normalize();
        Assumptions.assumeTrue(Files.isRegularFile(f), "real-data test skipped: " + f + " is absent");
        return f;
    }
}
