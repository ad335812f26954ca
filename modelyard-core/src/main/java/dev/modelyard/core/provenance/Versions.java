package dev.modelyard.core.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Versions of Modelyard and the libraries it was built with, as recorded in bundles and printed by --version. */
public final class Versions {
    private Versions() {}

    /** Library name → version, read from the build-filtered {@code version.properties}. */
    public static Map<String, String> libraries() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/dev/modelyard/core/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Versions are informational; a missing file must not stop training.
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put(k.toString(), v.toString()));
        out.put("java", System.getProperty("java.version"));
        return out;
    }

    /** This build's version, e.g. 0.1.0-SNAPSHOT. */
    public static String modelyard() {
        return libraries().getOrDefault("modelyard", "unknown");
    }
}
