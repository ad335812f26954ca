package dev.modelyard.server.tracking;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays MLflow's CVE classes: artifact path traversal in every spelling, symlink escapes, local-file and SSRF
 * sources and artifact locations, oversized uploads. Everything is rejected with 400/403 (or never reaches a
 * handler), and the filesystem outside the artifact root is left exactly as it was.
 */
class ArtifactSecurityTest {
    private static final String P = "/api/2.0/mlflow-artifacts/artifacts/";
    private static final String SECRET = "TOP-SECRET-CONTENT";

    @TempDir
    static Path dir;
    static ServerFixture fx;
    static Path outside;
    static Map<String, String> outsideBefore;
    static String exp;
    static String run;

    @BeforeAll
    static void start() throws IOException {
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        fx = new ServerFixture(dir.resolve("srv").toFile().mkdirs() ? dir.resolve("srv") : dir.resolve("srv"),
                TrackingServerOptions.local(0, "sqlite:" + dir.resolve("srv/store.db"), dir.resolve("srv/artifacts")).withMaxUploadBytes(4096));
        exp = fx.experiment("sec");
        run = fx.run(exp);
        // A symlink INSIDE the root that points outside it.
        Path runDir = Files.createDirectories(fx.artifacts.resolve(exp).resolve(run).resolve("artifacts"));
        Files.createSymbolicLink(runDir.resolve("link"), outside);
        outsideBefore = snapshot();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    /** Every file outside the artifact root (and the store's own files), with its content. */
    static Map<String, String> snapshot() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(fx.artifacts) && !p.getFileName().toString().startsWith("store.db"))
                    .forEach(p -> {
                        try {
                            files.put(dir.relativize(p).toString(), Files.readString(p));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void assertRejected(Http.Response r) {
        assertThat(r.status()).as(r.body()).isIn(400, 403, 404);
        assertThat(r.body()).doesNotContain(SECRET).doesNotContain("root:x:0:0");
        assertThat(snapshot()).isEqualTo(outsideBefore);
    }

    @Test
    void legitimateUploadListAndDownloadStayInsideTheRoot() throws IOException {
        String base = exp + "/" + run + "/artifacts/";
        assertThat(RawHttp.send(fx.server.port(), "PUT", P + base + "model/weights.bin", "w1".getBytes()).status()).isEqualTo(200);
        assertThat(Files.readString(fx.artifacts.resolve(base + "model/weights.bin"))).isEqualTo("w1");
        Http.Response list = fx.http.get("/api/2.0/mlflow-artifacts/artifacts?path=" + base + "model");
        assertThat(list.json().at("/files/0/path").asText()).as(list.body()).isEqualTo("weights.bin");
        assertThat(list.json().at("/files/0/file_size").asLong()).isEqualTo(2);
        Http.Response down = RawHttp.send(fx.server.port(), "GET", P + base + "model/weights.bin", null);
        assertThat(down.status()).isEqualTo(200);
        assertThat(down.body()).isEqualTo("w1");
        assertThat(fx.http.get(P + base + "model/missing.bin").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "../../outside/secret.txt",
            "../../../../../../../../etc/passwd",
            "%2e%2e/%2e%2e/outside/secret.txt",
            "%2e%2e%2f%2e%2e%2foutside%2fsecret.txt",
            "%252e%252e%252f%252e%252e%252foutside%252fsecret.txt",
            "..%5c..%5coutside%5csecret.txt",
            "..\\..\\outside\\secret.txt",
            "%2fetc%2fpasswd",
            "/etc/passwd",
            "%00/etc/passwd",
            "x/%2e%2e/%2e%2e/%2e%2e/outside/secret.txt",
            "a.txt%23/../../../outside/secret.txt",
            "a.txt#/../../../outside/secret.txt",
            "a.txt%3f/../../../outside/secret.txt",
            "a.txt?x=/../../../outside/secret.txt",
            "RUN/link/secret.txt",
            "RUN/link%2fsecret.txt",
    })
    void traversalIsRejectedForReadsAndWrites(String attack) {
        String path = attack.replace("RUN", exp + "/" + run + "/artifacts");
        assertRejected(RawHttp.send(fx.server.port(), "GET", P + path, null));
        Http.Response put = RawHttp.send(fx.server.port(), "PUT", P + path, "pwned".getBytes(StandardCharsets.UTF_8));
        if (path.contains("?") && put.status() == 200) {
            // '?' starts the query: the file written is the one named before it, inside the root.
            assertThat(Files.exists(fx.artifacts.resolve("a.txt"))).isTrue();
        } else {
            assertRejected(put);
        }
        assertThat(snapshot()).isEqualTo(outsideBefore);
        assertThat(outside.resolve("secret.txt")).hasContent(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../", "..", "%2e%2e", "/etc", "..%2F..%2F", "RUN/link", "a%5c..%5c.."})
    void listingOutsideTheRootIsRejected(String attack) {
        String path = attack.replace("RUN", exp + "/" + run + "/artifacts");
        Http.Response r = RawHttp.send(fx.server.port(), "GET", "/api/2.0/mlflow-artifacts/artifacts?path=" + path, null);
        assertRejected(r);
        assertThat(r.body()).doesNotContain("secret.txt").doesNotContain("passwd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "/etc", "../", "../../outside", "http://169.254.169.254/latest/meta-data/",
            "https://example.com/x", "file:" , "s3://bucket/../../x", "mlflow-artifacts:/../../outside"})
    void experimentArtifactLocationMustStayInTheStore(String location) {
        Http.Response r = fx.http.post("/api/2.0/mlflow/experiments/create",
                "{\"name\":" + Http.q("loc-" + location.hashCode()) + ",\"artifact_location\":" + Http.q(location) + "}");
        assertThat(r.status()).as(r.body()).isIn(400, 403);
        assertThat(r.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "/etc", "../", "/tmp/../etc/passwd", "http://169.254.169.254/latest/meta-data/",
            "https://attacker.example/model", "mlflow-artifacts:/../../outside", "runs:/RUN/../../../../outside",
            "file:///OUTSIDE", "models:/../../x"})
    void modelVersionSourceMustBeAStoreUri(String source) {
        fx.http.post("/api/2.0/mlflow/registered-models/create", "{\"name\":\"sec-model\"}");
        String s = source.replace("RUN", run).replace("OUTSIDE", outside.toString().substring(1));
        Http.Response r = fx.http.post("/api/2.0/mlflow/model-versions/create",
                "{\"name\":\"sec-model\",\"source\":" + Http.q(s) + ",\"run_id\":\"" + run + "\"}");
        assertThat(r.status()).as(r.body()).isIn(400, 403);
        assertThat(fx.http.post("/api/2.0/mlflow/model-versions/create",
                "{\"name\":\"sec-model\",\"source\":\"runs:/" + run + "/model\"}").status()).isEqualTo(200);
    }

    @Test
    void oversizedUploadsAre413AndLeaveNothingBehind() throws Exception {
        String base = exp + "/" + run + "/artifacts/";
        Http.Response r = fx.http.sendBytes("PUT", P + base + "big.bin", new byte[10_000], "application/octet-stream");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.errorCode()).isEqualTo("RESOURCE_LIMIT_EXCEEDED");
        // Chunked (no Content-Length): the limit is enforced while streaming.
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fx.server.uri() + P + base + "big2.bin"))
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[10_000]))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(fx.artifacts.resolve(base + "big.bin")).doesNotExist();
        assertThat(fx.artifacts.resolve(base + "big2.bin")).doesNotExist();
        try (Stream<Path> s = Files.walk(fx.artifacts)) {
            assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList())
                    .noneMatch(n -> n.startsWith("big"));
        }
        assertThat(fx.http.sendBytes("PUT", P + base + "small.bin", new byte[4096], "application/octet-stream").status()).isEqualTo(200);
        assertThat(List.of(Files.size(fx.artifacts.resolve(base + "small.bin")))).containsExactly(4096L);
    }
}
