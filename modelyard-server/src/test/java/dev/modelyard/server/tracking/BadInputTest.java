package dev.modelyard.server.tracking;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad requests get MLflow-shaped error JSON with the right 4xx status, never a 500. */
class BadInputTest {
    @TempDir
    static Path dir;
    static ServerFixture fx;
    static Http http;
    static String run;

    @BeforeAll
    static void start() {
        fx = new ServerFixture(dir);
        http = fx.http;
        run = fx.run(fx.experiment("bad-input"));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static void assertError(Http.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.errorCode()).as(r.body()).isEqualTo(code);
        assertThat(r.json().get("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at dev.");
    }

    @Test
    void malformedJson() {
        assertError(http.post("/api/2.0/mlflow/runs/log-batch", "{\"run_id\": \"" + run + "\", \"metrics\": ["),
                400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("/api/2.0/mlflow/experiments/create", "not json"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("/api/2.0/mlflow/experiments/create", "[1,2]"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("/api/2.0/mlflow/experiments/create", "{\"name\":\"a\"} trailing"), 400, "INVALID_PARAMETER_VALUE");
    }

    @Test
    void missingRequiredFields() {
        Http.Response r = http.post("/api/2.0/mlflow/experiments/create", "{}");
        assertError(r, 400, "INVALID_PARAMETER_VALUE");
        assertThat(r.json().get("message").asText()).contains("'name'");
        assertError(http.get("/api/2.0/mlflow/runs/get"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("/api/2.0/mlflow/runs/log-metric", "{\"run_id\":\"" + run + "\",\"key\":\"m\",\"timestamp\":1}"),
                400, "INVALID_PARAMETER_VALUE");
        Http.Response batch = http.post("/api/2.0/mlflow/runs/log-batch", "{\"run_id\":\"" + run + "\",\"metrics\":[{\"key\":\"m\",\"value\":1}]}");
        assertError(batch, 400, "INVALID_PARAMETER_VALUE");
        assertThat(batch.json().get("message").asText()).contains("metrics[0].timestamp");
        assertError(http.get("/api/2.0/mlflow/metrics/get-history?run_id=" + run), 400, "INVALID_PARAMETER_VALUE");
    }

    @Test
    void wrongTypes() {
        Http.Response r = http.post("/api/2.0/mlflow/runs/log-metric",
                "{\"run_id\":\"" + run + "\",\"key\":\"m\",\"value\":\"high\",\"timestamp\":1}");
        assertError(r, 400, "INVALID_PARAMETER_VALUE");
        assertThat(r.json().get("message").asText()).contains("value");
        assertError(http.post("/api/2.0/mlflow/runs/create", "{\"experiment_id\":{\"a\":1}}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("/api/2.0/mlflow/runs/log-batch", "{\"run_id\":\"" + run + "\",\"metrics\":{\"key\":\"m\"}}"),
                400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("/api/2.0/mlflow/runs/search", "{\"max_results\":\"many\"}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("/api/2.0/mlflow/runs/search", "{\"max_results\":0}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("/api/2.0/mlflow/runs/search", "{\"run_view_type\":\"SOME\"}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("/api/2.0/mlflow/runs/update", "{\"run_id\":\"" + run + "\",\"status\":\"DONE\"}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("/api/2.0/mlflow/runs/search", "{\"filter\":\"metrics.auc >>> 1\"}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("/api/2.0/mlflow/runs/search", "{\"page_token\":\"garbage!\"}"), 400, "INVALID_PARAMETER_VALUE");
    }

    @Test
    void unknownIds() {
        assertError(http.get("/api/2.0/mlflow/runs/get?run_id=0123456789abcdef0123456789abcdef"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertError(http.get("/api/2.0/mlflow/experiments/get?experiment_id=987654"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertError(http.get("/api/2.0/mlflow/experiments/get-by-name?experiment_name=nobody"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertError(http.post("/api/2.0/mlflow/runs/log-batch", "{\"run_id\":\"nope\",\"params\":[{\"key\":\"a\",\"value\":\"b\"}]}"),
                404, "RESOURCE_DOES_NOT_EXIST");
        assertError(http.get("/api/2.0/mlflow/model-versions/get?name=nobody&version=1"), 404, "RESOURCE_DOES_NOT_EXIST");
    }

    @Test
    void duplicateNames() {
        fx.experiment("dup");
        assertError(http.post("/api/2.0/mlflow/experiments/create", "{\"name\":\"dup\"}"), 400, "RESOURCE_ALREADY_EXISTS");
    }

    @Test
    void reloggingAParamWithADifferentValue() {
        assertThat(http.post("/api/2.0/mlflow/runs/log-parameter", "{\"run_id\":\"" + run + "\",\"key\":\"depth\",\"value\":\"3\"}").status()).isEqualTo(200);
        assertThat(http.post("/api/2.0/mlflow/runs/log-parameter", "{\"run_id\":\"" + run + "\",\"key\":\"depth\",\"value\":\"3\"}").status()).isEqualTo(200);
        Http.Response r = http.post("/api/2.0/mlflow/runs/log-parameter", "{\"run_id\":\"" + run + "\",\"key\":\"depth\",\"value\":\"4\"}");
        assertError(r, 400, "INVALID_PARAMETER_VALUE");
        assertThat(r.json().get("message").asText()).contains("depth");
    }

    @Test
    void batchOverLimits() {
        StringBuilder metrics = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            metrics.append(i == 0 ? "" : ",").append("{\"key\":\"m\",\"value\":").append(i).append(",\"timestamp\":1,\"step\":").append(i).append('}');
        }
        assertError(http.post("/api/2.0/mlflow/runs/log-batch", "{\"run_id\":\"" + run + "\",\"metrics\":[" + metrics + "]}"),
                400, "INVALID_PARAMETER_VALUE");
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            params.append(i == 0 ? "" : ",").append("{\"key\":\"p").append(i).append("\",\"value\":\"v\"}");
        }
        assertError(http.post("/api/2.0/mlflow/runs/log-batch", "{\"run_id\":\"" + run + "\",\"params\":[" + params + "]}"),
                400, "INVALID_PARAMETER_VALUE");
        // Nothing of a rejected batch is stored.
        assertThat(http.get("/api/2.0/mlflow/metrics/get-history?run_id=" + run + "&metric_key=m").json().path("metrics")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "/abs", "a/../../b", "..", "a\\\\b"})
    void keyNamesWithPathSeparators(String key) {
        assertError(http.post("/api/2.0/mlflow/runs/log-metric", "{\"run_id\":\"" + run + "\",\"key\":\"" + key + "\",\"value\":1,\"timestamp\":1}"),
                400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("/api/2.0/mlflow/runs/log-parameter", "{\"run_id\":\"" + run + "\",\"key\":\"" + key + "\",\"value\":\"1\"}"),
                400, "INVALID_PARAMETER_VALUE");
    }

    @Test
    void wrongContentTypeAndOversizedBodies() {
        assertError(http.send("POST", "/api/2.0/mlflow/experiments/create", "name=x", "application/x-www-form-urlencoded"),
                415, "BAD_REQUEST");
        assertError(http.send("POST", "/api/2.0/mlflow/experiments/create", "{\"name\":\"x\"}", null), 415, "BAD_REQUEST");
        String huge = "{\"name\":\"" + "x".repeat((int) TrackingServer.MAX_JSON_BODY_BYTES) + "\"}";
        assertError(http.post("/api/2.0/mlflow/experiments/create", huge), 413, "RESOURCE_LIMIT_EXCEEDED");
    }

    @Test
    void wrongMethodIsNotFound() {
        assertError(http.get("/api/2.0/mlflow/runs/log-batch"), 404, "ENDPOINT_NOT_FOUND");
    }
}
