package dev.modelyard.server.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ModelyardException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer tokens: the auth token writes and reads, read-only tokens read, anything else is 401. */
class AuthTest {
    @TempDir
    static Path dir;
    static ServerFixture fx;
    static Http writer;
    static Http reader;
    static Http anonymous;

    @BeforeAll
    static void start() {
        fx = new ServerFixture(dir, TrackingServerOptions.local(0, "sqlite:" + dir.resolve("s.db"), dir.resolve("art"))
                .withAuth("w-secret", List.of("r-secret")));
        writer = fx.http;
        reader = writer.withToken("r-secret");
        anonymous = writer.withToken(null);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void writeTokenWritesAndReads() {
        String id = fx.experiment("auth-w");
        assertThat(writer.get("/api/2.0/mlflow/experiments/get?experiment_id=" + id).status()).isEqualTo(200);
        Http.Response put = writer.sendBytes("PUT", "/api/2.0/mlflow-artifacts/artifacts/" + id + "/f.txt", "x".getBytes(), "text/plain");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
    }

    @Test
    void readTokenReadsAndSearchesButCannotWrite() {
        String id = fx.experiment("auth-r");
        assertThat(reader.get("/api/2.0/mlflow/experiments/get?experiment_id=" + id).status()).isEqualTo(200);
        assertThat(reader.post("/api/2.0/mlflow/runs/search", "{}").status()).isEqualTo(200);
        assertThat(reader.post("/api/2.0/mlflow/experiments/search", "{}").status()).isEqualTo(200);
        Http.Response denied = reader.post("/api/2.0/mlflow/experiments/create", "{\"name\":\"by-reader\"}");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.errorCode()).isEqualTo("PERMISSION_DENIED");
        assertThat(reader.sendBytes("PUT", "/api/2.0/mlflow-artifacts/artifacts/" + id + "/g.txt", "x".getBytes(), "text/plain").status()).isEqualTo(403);
        assertThat(writer.get("/api/2.0/mlflow/experiments/get-by-name?experiment_name=by-reader").status()).isEqualTo(404);
    }

    @Test
    void metricsCountRequestsByRouteAndNeedAReadToken() {
        String id = fx.experiment("auth-m");
        writer.sendBytes("PUT", "/api/2.0/mlflow-artifacts/artifacts/" + id + "/a/b.txt", "x".getBytes(), "text/plain");
        writer.get("/api/2.0/mlflow/no-such-endpoint-" + id);
        assertThat(anonymous.get("/metrics").status()).isEqualTo(401);
        Http.Response m = reader.get("/metrics");
        assertThat(m.status()).isEqualTo(200);
        assertThat(m.body())
                .contains("modelyard_http_requests_seconds_count{method=\"POST\",route=\"/api/2.0/mlflow/experiments/create\",status=\"200\"}")
                .contains("route=\"/api/2.0/mlflow-artifacts/artifacts\",status=\"200\"")
                .contains("route=\"(not found)\",status=\"404\"")
                .doesNotContain("no-such-endpoint").doesNotContain("b.txt");
    }

    @Test
    void missingOrWrongTokenIs401() {
        for (Http client : List.of(anonymous, writer.withToken("w-secreT"), writer.withToken("w-secret-longer"), writer.withToken(""))) {
            Http.Response r = client.get("/api/2.0/mlflow/experiments/get?experiment_id=0");
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.errorCode()).isEqualTo("UNAUTHENTICATED");
            assertThat(client.post("/api/2.0/mlflow/experiments/create", "{\"name\":\"anon\"}").status()).isEqualTo(401);
        }
        assertThat(anonymous.get("/health").status()).isEqualTo(200);
    }

    @Test
    void refusesNonLoopbackWithoutTokenUnlessInsecure() throws Exception {
        Path d = Files.createDirectories(dir.resolve("bind"));
        var open = new TrackingServerOptions("0.0.0.0", 0, "sqlite:" + d.resolve("b.db"), d.resolve("a"), null, List.of(), false, 0);
        assertThatThrownBy(() -> TrackingServer.start(open)).isInstanceOf(ModelyardException.class)
                .hasMessageContaining("refusing to listen on non-loopback address 0.0.0.0").hasMessageContaining("--insecure");
        assertThat(d.resolve("b.db")).doesNotExist();
        var insecure = new TrackingServerOptions("0.0.0.0", 0, "sqlite:" + d.resolve("b.db"), d.resolve("a"), null, List.of(), true, 0);
        try (TrackingServer s = TrackingServer.start(insecure)) {
            assertThat(s.port()).isPositive();
        }
        var withToken = new TrackingServerOptions("0.0.0.0", 0, "sqlite:" + d.resolve("b.db"), d.resolve("a"), "t", List.of(), false, 0);
        try (TrackingServer s = TrackingServer.start(withToken)) {
            assertThat(s.port()).isPositive();
        }
    }

    @Test
    void readTokensNeedAnAuthToken() {
        var opts = new TrackingServerOptions(null, 0, "sqlite:" + dir.resolve("x.db"), dir.resolve("x"), null, List.of("r"), false, 0);
        assertThatThrownBy(() -> TrackingServer.start(opts)).isInstanceOf(ModelyardException.class).hasMessageContaining("--read-token needs --auth-token");
    }
}
