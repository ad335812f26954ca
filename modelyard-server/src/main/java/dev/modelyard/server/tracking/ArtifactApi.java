package dev.modelyard.server.tracking;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.server.http.Access;
import dev.modelyard.server.http.Routes;
import dev.modelyard.server.tracking.wire.MlflowJson;
import dev.modelyard.tracking.api.ArtifactInfo;
import dev.modelyard.tracking.api.ArtifactStore;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;

import java.io.InputStream;
import java.util.List;

/**
 * MLflow's proxied artifact API, {@code /api/2.0/mlflow-artifacts/artifacts[/<path>]}: PUT uploads (streamed to the
 * store, size-limited), GET downloads a file, GET without a path lists {@code ?path=}. Paths are relative to the
 * store's root {@code mlflow-artifacts:/}, which is where runs' {@code mlflow-artifacts:/<exp>/<run>/artifacts} point.
 */
final class ArtifactApi {
    static final String ROOT_URI = "mlflow-artifacts:/";
    private static final List<String> PREFIXES = List.of("/api/2.0/mlflow-artifacts/artifacts", "/ajax-api/2.0/mlflow-artifacts/artifacts");

    private ArtifactApi() {}

    static void register(HttpRouting.Builder routing, Routes routes, ArtifactStore store, long maxUploadBytes) {
        for (String prefix : PREFIXES) {
            Handler upload = routes.raw(Access.WRITE, (req, res) -> {
                String path = pathOf(req, prefix);
                if (path.isEmpty() || path.endsWith("/")) {
                    throw ModelyardException.invalid("an artifact upload needs a file path after " + prefix + "/");
                }
                try (InputStream in = Routes.body(req, maxUploadBytes)) {
                    store.put(ROOT_URI, path, in);
                }
                routes.send(res, 200, Json.object());
            });
            Handler download = routes.raw(Access.READ, (req, res) -> {
                String path = pathOf(req, prefix);
                InputStream in = store.open(ROOT_URI, path);
                res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
                res.header(HeaderNames.CONTENT_DISPOSITION, "attachment");
                Routes.stream(res, "application/octet-stream", in);
            });
            Handler list = routes.raw(Access.READ, (req, res) -> {
                String dir = ArtifactPaths.screen(req.query().first("path").orElse(""));
                ArrayNode files = Json.array();
                for (ArtifactInfo f : store.list(ROOT_URI, dir)) {
                    String p = f.path();
                    int slash = p.lastIndexOf('/');
                    files.add(MlflowJson.fileInfo(slash < 0 ? p : p.substring(slash + 1), f));
                }
                ObjectNode n = Json.object();
                n.set("files", files);
                routes.send(res, 200, n);
            });
            // Helidon matches in order and "prefix/*" also matches the bare prefix: the listing goes first.
            routing.route(Method.GET, prefix, list);
            routing.route(Method.PUT, prefix + "/*", upload);
            routing.route(Method.GET, prefix + "/*", download);
        }
    }

    private static String pathOf(ServerRequest req, String prefix) {
        return ArtifactPaths.fromRaw(req.prologue().uriPath().rawPathNoParams(), prefix + "/");
    }
}
