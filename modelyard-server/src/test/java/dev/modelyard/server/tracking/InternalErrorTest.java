package dev.modelyard.server.tracking;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure that is not the client's fault is a bare 500 in MLflow's shape: no trace, no SQL, no class names. */
class InternalErrorTest {
    @TempDir
    Path dir;

    @Test
    void unexpectedFailuresAre500WithoutInternals() {
        try (ServerFixture fx = new ServerFixture(dir)) {
            String run = fx.run(fx.experiment("e"));
            fx.server.backend().close(); // the store goes away under a running server
            Http.Response r = fx.http.post("/api/2.0/mlflow/runs/log-batch",
                    "{\"run_id\":\"" + run + "\",\"params\":[{\"key\":\"a\",\"value\":\"b\"}]}");
            assertThat(r.status()).as(r.body()).isEqualTo(500);
            assertThat(r.errorCode()).isEqualTo("INTERNAL_ERROR");
            assertThat(r.json().get("message").asText()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql")
                    .doesNotContain("dev.modelyard").doesNotContain(dir.toString());
            assertThat(r.body()).doesNotContain("\tat ");
        }
    }
}
