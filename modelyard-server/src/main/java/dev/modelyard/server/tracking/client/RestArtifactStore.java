package dev.modelyard.server.tracking.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.server.tracking.wire.MlflowEntities;
import dev.modelyard.tracking.api.ArtifactInfo;
import dev.modelyard.tracking.api.ArtifactStore;
import dev.modelyard.tracking.artifacts.ArtifactPaths;
import dev.modelyard.tracking.validation.ArtifactUris;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ArtifactStore} over MLflow's proxied artifact API: a root {@code mlflow-artifacts:/<exp>/<run>/artifacts}
 * maps to {@code /api/2.0/mlflow-artifacts/artifacts/<exp>/<run>/artifacts/<path>}. Uploads are streamed (PUT,
 * chunked); the server enforces its own size limit. Paths are checked here too, so a bad one fails before any request.
 */
final class RestArtifactStore implements ArtifactStore {
    private final MlflowHttp http;

    RestArtifactStore(MlflowHttp http) {
        this.http = http;
    }

    @Override
    public ArtifactInfo put(String rootUri, String relativePath, InputStream data) {
        List<String> rel = ArtifactPaths.segments(relativePath);
        if (rel.isEmpty()) {
            throw ModelyardException.invalid("an artifact upload needs a file path under " + rootUri);
        }
        Counting counted = new Counting(data);
        http.rawNoContent("PUT", encoded(base(rootUri), rel), BodyPublishers.ofInputStream(() -> counted));
        return new ArtifactInfo(String.join("/", rel), false, counted.bytes);
    }

    @Override
    public InputStream open(String rootUri, String relativePath) {
        return http.raw("GET", encoded(base(rootUri), ArtifactPaths.segments(relativePath)), null).body();
    }

    @Override
    public List<ArtifactInfo> list(String rootUri, String relativeDir) {
        List<String> dir = ArtifactPaths.segments(relativeDir);
        List<String> all = new ArrayList<>(base(rootUri));
        all.addAll(dir);
        JsonNode n;
        try (InputStream in = http.raw("GET", "?path=" + MlflowHttp.encode(String.join("/", all)), null).body()) {
            n = Json.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ModelyardException.invalid("cannot read the artifact listing of " + rootUri + " from " + http.base() + ": " + e.getMessage());
        }
        String prefix = dir.isEmpty() ? "" : String.join("/", dir) + "/";
        return MlflowEntities.list(n.path("files"), f -> MlflowEntities.fileInfo(prefix + f.path("path").asText(), f));
    }

    /** MLflow's DELETE on the proxied artifact API; servers that do not offer it answer with a clear error. */
    @Override
    public void deleteAll(String rootUri) {
        http.rawNoContent("DELETE", encoded(base(rootUri), List.of()), null);
    }

    /** Unknown on the client side: the server checks its limit and answers 413 past it. */
    @Override
    public long maxUploadBytes() {
        return Long.MAX_VALUE;
    }

    /** The segments of {@code mlflow-artifacts:/a/b} or {@code mlflow-artifacts://host:port/a/b}; the host is ignored (always this server). */
    private List<String> base(String rootUri) {
        if (rootUri == null || !rootUri.startsWith(ArtifactUris.SCHEME)) {
            throw ModelyardException.invalid("artifact root '" + rootUri + "' is not served through " + http.base()
                    + " (expected mlflow-artifacts:/…; start the server with proxied artifacts)");
        }
        String path = rootUri.substring(ArtifactUris.SCHEME.length());
        if (path.startsWith("//")) {
            int slash = path.indexOf('/', 2);
            path = slash < 0 ? "" : path.substring(slash);
        }
        return ArtifactPaths.segments(path.replaceFirst("^/+", ""));
    }

    private static String encoded(List<String> base, List<String> rel) {
        StringBuilder sb = new StringBuilder();
        for (List<String> part : List.of(base, rel)) {
            for (String segment : part) {
                sb.append('/').append(MlflowHttp.encode(segment));
            }
        }
        return sb.toString();
    }

    /** Counts the bytes the upload read, for the returned {@link ArtifactInfo}. */
    private static final class Counting extends FilterInputStream {
        long bytes;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                bytes += n;
            }
            return n;
        }
    }
}
