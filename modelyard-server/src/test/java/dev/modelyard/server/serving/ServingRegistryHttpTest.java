package dev.modelyard.server.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.Golden;
import dev.modelyard.serving.reload.RegistryFixture;
import dev.modelyard.serving.reload.RegistryRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --registry churn@champion}: the server follows the alias through the tracking store. */
class ServingRegistryHttpTest {
    @TempDir Path dir;

    @Test
    void followsTheAliasOverHttp() throws Exception {
        try (RegistryFixture registry = new RegistryFixture(dir)) {
            ServeOptions o = new ServeOptions(null, 0, List.of(), RegistryRef.parse("churn@champion"), registry.uri(),
                    registry.artifactsRoot(), Duration.ofMillis(100), null, Map.of(), Map.of(), 0, 0, null, null, false,
                    Duration.ofMillis(500));
            try (PredictionServer server = PredictionServer.start(o)) {
                ServingClient client = new ServingClient(server.port());
                ObjectNode body = Json.object();
                body.set("dataframe_records", Golden.records(1));
                assertThat(client.postJson("/api/v1/models/churn/predict", body).json().get("version").asText()).isEqualTo("1");
                registry.moveAlias("2");
                long deadline = System.nanoTime() + 10_000_000_000L;
                String version = "1";
                while (!version.equals("2") && System.nanoTime() < deadline) {
                    ServingClient.Answer a = client.postJson("/invocations", body);
                    assertThat(a.status()).as(a.text()).isEqualTo(200);
                    version = client.postJson("/api/v1/models/churn/predict", body).json().get("version").asText();
                    Thread.sleep(20);
                }
                assertThat(version).isEqualTo("2");
                assertThat(client.get("/v2/models/churn/versions/1/ready").status()).isEqualTo(200); // still loaded
            }
        }
    }
}
