package dev.modelyard.tracking.artifacts;

import dev.modelyard.core.error.ModelyardException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a user-supplied relative artifact path and splits it into segments. Everything MLflow's path-traversal
 * CVEs used is rejected: absolute paths and drive letters, {@code ..} and {@code .} segments, backslashes, NUL
 * and control characters, {@code #} and {@code ?}, and percent-escapes that still decode to a separator, a dot or
 * another escape (the server has decoded once already; a second layer is an attack, not a file name).
 */
public final class ArtifactPaths {
    private static final Pattern ESCAPE = Pattern.compile("%([0-9A-Fa-f]{2})");

    private ArtifactPaths() {}

    /** The segments of {@code path}; empty for null, "" or "/"-free root forms such as "" and ".". */
    public static List<String> segments(String path) {
        if (path == null || path.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < path.length(); i++) {
            char ch = path.charAt(i);
            if (ch < 0x20 || ch == 0x7f) {
                throw reject(path, "a NUL or control character");
            }
            if (ch == '\\') {
                throw reject(path, "a backslash");
            }
            if (ch == '#' || ch == '?') {
                throw reject(path, "'" + ch + "'");
            }
        }
        Matcher m = ESCAPE.matcher(path);
        while (m.find()) {
            char decoded = (char) Integer.parseInt(m.group(1), 16);
            if (decoded == '.' || decoded == '/' || decoded == '\\' || decoded == '%' || decoded < 0x20) {
                throw reject(path, "a percent-encoded '" + (decoded < 0x20 ? "control character" : String.valueOf(decoded)) + "'");
            }
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.startsWith("~")) {
            throw reject(path, "an absolute path");
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        List<String> out = new ArrayList<>();
        for (String segment : trimmed.split("/", -1)) {
            if (segment.isEmpty()) {
                throw reject(path, "an empty path segment ('//')");
            }
            if (segment.equals("..") || segment.equals(".")) {
                throw reject(path, "a '" + segment + "' segment");
            }
            if (segment.length() > 255) {
                throw reject(path, "a segment longer than 255 characters");
            }
            out.add(segment);
        }
        return out;
    }

    private static ModelyardException reject(String path, String what) {
        String shown = path.length() > 200 ? path.substring(0, 200) + "…" : path;
        return ModelyardException.invalid("invalid artifact path '" + shown.replaceAll("\\p{Cntrl}", "?") + "': it contains " + what
                + "; paths must be relative and stay inside the artifact root");
    }
}
