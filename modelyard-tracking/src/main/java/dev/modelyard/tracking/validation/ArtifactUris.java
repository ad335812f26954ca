package dev.modelyard.tracking.validation;

import dev.modelyard.core.error.ModelyardException;

import java.util.Locale;

/**
 * Which artifact locations and model sources are accepted. Only server-relative schemes: {@code mlflow-artifacts:/},
 * {@code runs:/} and {@code models:/} — never {@code file:}, local paths or other hosts, which were MLflow's
 * file-read and SSRF holes.
 */
public final class ArtifactUris {
    public static final String SCHEME = "mlflow-artifacts:";

    private ArtifactUris() {}

    /** An experiment's artifact location: null/blank (default) or {@code mlflow-artifacts:/…} without traversal. */
    public static String experimentLocation(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        if (!location.startsWith(SCHEME + "/") || location.startsWith(SCHEME + "//")) {
            throw ModelyardException.invalid("artifact_location '" + location + "' is not allowed: artifacts are served by this server"
                    + " (leave it empty, or use mlflow-artifacts:/<path>); local paths, file: and remote URIs are rejected");
        }
        noTraversal("artifact_location", location.substring(SCHEME.length() + 1));
        return location;
    }

    /** A model version source: {@code runs:/<run_id>/path}, {@code models:/…} or {@code mlflow-artifacts:/…}. */
    public static String modelSource(String source) {
        if (source == null || source.isBlank()) {
            throw ModelyardException.invalid("source must be a non-empty URI such as runs:/<run_id>/model");
        }
        String lower = source.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("runs:/")) {
            rest = source.substring("runs:/".length());
        } else if (lower.startsWith("models:/")) {
            rest = source.substring("models:/".length());
        } else if (lower.startsWith(SCHEME + "/")) {
            rest = source.substring(SCHEME.length() + 1);
        } else {
            throw ModelyardException.invalid("source '" + source + "' is not allowed: use runs:/<run_id>/<path>, models:/<name>/<version>"
                    + " or mlflow-artifacts:/<path>; local paths, file: and remote URIs are rejected");
        }
        if (rest.startsWith("/")) {
            throw ModelyardException.invalid("source '" + source + "' is not allowed: no host or absolute path after the scheme");
        }
        noTraversal("source", rest);
        return source;
    }

    private static void noTraversal(String what, String path) {
        String decoded = path;
        try {
            for (int i = 0; i < 3 && decoded.contains("%"); i++) {
                decoded = java.net.URLDecoder.decode(decoded.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (IllegalArgumentException e) {
            throw ModelyardException.invalid(what + " '" + path + "' has a malformed percent-escape");
        }
        if (decoded.contains("\\") || decoded.indexOf('\0') >= 0 || decoded.contains("#") || decoded.contains("?")) {
            throw ModelyardException.invalid(what + " '" + path + "' contains a backslash, NUL, '#' or '?'");
        }
        for (String segment : decoded.split("/")) {
            if (segment.equals("..")) {
                throw ModelyardException.invalid(what + " '" + path + "' contains a '..' segment");
            }
        }
    }
}
