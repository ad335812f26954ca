package dev.modelyard.server.serving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.serving.Golden;
import dev.modelyard.serving.model.ModelFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/models/{name}/monitoring} refuses clearly what it cannot answer (the positive path, over a
 * real log of shifted traffic, is {@code MonitorRunTest} in the CLI module, which trains a model with a profile).
 */
class MonitoringHttpTest {
    @TempDir Path dir;

    private PredictionServer start(Path logDir) {
        Path gbdt = Golden.bundleFile(Golden.GBDT, dir);
        ServeOptions o = ServeOptions.of(ModelFile.parseAll(List.of("mixed=" + gbdt)), 0).withShutdownGrace(Duration.ofMillis(200));
        return PredictionServer.start(logDir == null ? o : o.withLogDir(logDir));
    }

    @Test
    void unknownModelIs404AndABundleWithoutProfileIs400() {
        try (PredictionServer server = start(dir.resolve("log"))) {
            ServingClient c = new ServingClient(server.port());
            ServingClient.Answer unknown = c.get("/api/v1/models/nope/monitoring");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.text()).contains("nope");
            // The golden bundles predate reference profiles.
            ServingClient.Answer old = c.get("/api/v1/models/mixed/monitoring");
            assertThat(old.status()).isEqualTo(400);
            assertThat(old.json().toString()).contains("no reference profile", "--reference");
            ServingClient.Answer badWindow = c.get("/api/v1/models/mixed/monitoring?window=fortnight");
            assertThat(badWindow.status()).isEqualTo(400);
            assertThat(badWindow.text()).contains("fortnight");
        }
    }

    @Test
    void withoutAPredictionLogTheAnswerSaysHowToGetOne() {
        try (PredictionServer server = start(null)) {
            ServingClient.Answer a = new ServingClient(server.port()).get("/api/v1/models/mixed/monitoring");
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.text()).contains("--log-dir");
        }
    }
}
