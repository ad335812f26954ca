package dev.modelyard.server.tracking;

import dev.modelyard.core.error.ModelyardException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The artifact path of a proxied-artifact request: taken from the RAW request path (so the server's own path
 * normalisation cannot hide a {@code ..}), percent-decoded exactly once, then screened. The artifact store
 * checks again against its root, including symlinks; this screen gives clear errors early.
 */
final class ArtifactPaths {
    private ArtifactPaths() {}

    /** The relative path after {@code prefix} in {@code rawPath}; "" for the root. */
    static String fromRaw(String rawPath, String prefix) {
        String raw = rawPath.length() > prefix.length() ? rawPath.substring(prefix.length()) : "";
        return screen(decodeOnce(raw));
    }

    /** Screens an already-decoded relative path (e.g. the {@code path} query parameter). */
    static String screen(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            throw invalid(path, "contains a NUL or backslash");
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            throw invalid(path, "is absolute");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                throw invalid(path, "contains a '.' or '..' segment");
            }
            if (segment.contains("%")) {
                throw invalid(path, "still contains percent-escapes after decoding (double encoding)");
            }
        }
        return path;
    }

    static String decodeOnce(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
                    throw invalid(s, "has a malformed percent-escape");
                }
                out.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ModelyardException invalid(String path, String why) {
        return ModelyardException.invalid("Invalid artifact path '" + path.replace("\0", "\\0") + "': it " + why);
    }
}
