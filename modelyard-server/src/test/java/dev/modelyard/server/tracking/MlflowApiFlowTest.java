package dev.modelyard.server.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The MLflow REST API over HTTP: shapes and behaviour of experiments, runs, metrics and the registry. */
class MlflowApiFlowTest {
    @TempDir
    static Path dir;
    static ServerFixture fx;
    static Http http;

    @BeforeAll
    static void start() {
        fx = new ServerFixture(dir);
        http = fx.http;
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void experimentsLifecycle() {
        String id = fx.experiment("exp-life");
        JsonNode e = http.get("/api/2.0/mlflow/experiments/get?experiment_id=" + id).json().get("experiment");
        assertThat(e.get("experiment_id").asText()).isEqualTo(id);
        assertThat(e.get("name").asText()).isEqualTo("exp-life");
        assertThat(e.get("lifecycle_stage").asText()).isEqualTo("active");
        assertThat(e.get("artifact_location").asText()).startsWith("mlflow-artifacts:/");
        assertThat(e.get("creation_time").isIntegralNumber()).isTrue();

        assertThat(http.get("/api/2.0/mlflow/experiments/get-by-name?experiment_name=exp-life").json()
                .at("/experiment/experiment_id").asText()).isEqualTo(id);
        assertThat(http.post("/api/2.0/mlflow/experiments/update", "{\"experiment_id\":\"" + id + "\",\"new_name\":\"exp-life2\"}").status()).isEqualTo(200);
        assertThat(http.post("/api/2.0/mlflow/experiments/set-experiment-tag", "{\"experiment_id\":\"" + id + "\",\"key\":\"team\",\"value\":\"ml\"}").status()).isEqualTo(200);
        JsonNode found = http.post("/api/2.0/mlflow/experiments/search", "{\"filter\":\"name = 'exp-life2'\",\"max_results\":10}").json();
        assertThat(found.get("experiments")).hasSize(1);
        assertThat(found.at("/experiments/0/tags/0/key").asText()).isEqualTo("team");
        assertThat(http.get("/api/2.0/mlflow/experiments/search?filter=tags.team%20%3D%20%27ml%27&max_results=5").json()
                .get("experiments")).hasSize(1);

        assertThat(http.post("/api/2.0/mlflow/experiments/delete", "{\"experiment_id\":\"" + id + "\"}").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/mlflow/experiments/get?experiment_id=" + id).json().at("/experiment/lifecycle_stage").asText()).isEqualTo("deleted");
        assertThat(http.post("/api/2.0/mlflow/experiments/search", "{\"filter\":\"name = 'exp-life2'\"}").json().path("experiments")).isEmpty();
        assertThat(http.post("/api/2.0/mlflow/experiments/search", "{\"filter\":\"name = 'exp-life2'\",\"view_type\":\"DELETED_ONLY\"}").json().get("experiments")).hasSize(1);
        assertThat(http.post("/api/2.0/mlflow/experiments/restore", "{\"experiment_id\":\"" + id + "\"}").status()).isEqualTo(200);
        assertThat(http.get("/ajax-api/2.0/mlflow/experiments/get?experiment_id=" + id).json().at("/experiment/lifecycle_stage").asText()).isEqualTo("active");
    }

    @Test
    void runsLogSearchAndHistory() {
        String exp = fx.experiment("exp-runs");
        String a = fx.run(exp);
        String b = fx.run(exp);
        JsonNode run = http.get("/api/2.0/mlflow/runs/get?run_id=" + a).json().get("run");
        assertThat(run.at("/info/run_uuid").asText()).isEqualTo(a);
        assertThat(run.at("/info/status").asText()).isEqualTo("RUNNING");
        assertThat(run.at("/info/start_time").asLong()).isEqualTo(1700000000000L);
        assertThat(run.at("/info/artifact_uri").asText()).isEqualTo("mlflow-artifacts:/" + exp + "/" + a + "/artifacts");
        assertThat(run.at("/info").has("end_time")).isFalse();

        assertThat(http.post("/api/2.0/mlflow/runs/log-batch", "{\"run_id\":\"" + a + "\",\"metrics\":["
                + "{\"key\":\"auc\",\"value\":0.8,\"timestamp\":1,\"step\":0},{\"key\":\"auc\",\"value\":0.9,\"timestamp\":2,\"step\":1}],"
                + "\"params\":[{\"key\":\"lr\",\"value\":\"0.1\"}],\"tags\":[{\"key\":\"team\",\"value\":\"a\"}]}").status()).isEqualTo(200);
        assertThat(http.post("/api/2.0/mlflow/runs/log-metric", "{\"run_id\":\"" + b + "\",\"key\":\"auc\",\"value\":0.7,\"timestamp\":\"5\",\"step\":3}").status()).isEqualTo(200);
        assertThat(http.post("/api/2.0/mlflow/runs/log-parameter", "{\"run_id\":\"" + b + "\",\"key\":\"lr\",\"value\":\"0.2\"}").status()).isEqualTo(200);
        assertThat(http.post("/api/2.0/mlflow/runs/set-tag", "{\"run_id\":\"" + b + "\",\"key\":\"team\",\"value\":\"b\"}").status()).isEqualTo(200);
        assertThat(http.post("/api/2.0/mlflow/runs/set-tag", "{\"run_id\":\"" + b + "\",\"key\":\"tmp\",\"value\":\"x\"}").status()).isEqualTo(200);
        assertThat(http.post("/api/2.0/mlflow/runs/delete-tag", "{\"run_id\":\"" + b + "\",\"key\":\"tmp\"}").status()).isEqualTo(200);
        assertThat(http.post("/api/2.0/mlflow/runs/log-inputs", "{\"run_id\":\"" + a + "\",\"datasets\":[{\"tags\":[{\"key\":\"mlflow.data.context\",\"value\":\"train\"}],"
                + "\"dataset\":{\"name\":\"iris\",\"digest\":\"abc123\",\"source_type\":\"local\",\"source\":\"{}\"}}]}").status()).isEqualTo(200);

        JsonNode got = http.get("/api/2.0/mlflow/runs/get?run_id=" + a).json().get("run");
        assertThat(got.at("/data/metrics/0/value").asDouble()).isEqualTo(0.9);
        assertThat(got.at("/data/params/0/value").asText()).isEqualTo("0.1");
        assertThat(got.at("/inputs/dataset_inputs/0/dataset/digest").asText()).isEqualTo("abc123");
        assertThat(got.at("/inputs/dataset_inputs/0/dataset/source_type").asText()).isEqualTo("local");
        assertThat(http.get("/api/2.0/mlflow/runs/get?run_id=" + b).json().at("/run/data/tags").toString()).doesNotContain("tmp");

        // Python MLflow sends NaN as the string "NaN" (protobuf JSON); it round-trips.
        assertThat(http.post("/api/2.0/mlflow/runs/log-metric", "{\"run_id\":\"" + b + "\",\"key\":\"nan\",\"value\":\"NaN\",\"timestamp\":1}").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/mlflow/metrics/get-history?run_id=" + b + "&metric_key=nan").json().at("/metrics/0/value").asText()).isEqualTo("NaN");

        JsonNode hist = http.get("/api/2.0/mlflow/metrics/get-history?run_id=" + a + "&metric_key=auc").json();
        assertThat(hist.get("metrics")).hasSize(2);
        assertThat(hist.at("/metrics/0/step").asLong()).isZero();
        assertThat(hist.at("/metrics/1/value").asDouble()).isEqualTo(0.9);

        JsonNode search = http.post("/api/2.0/mlflow/runs/search", "{\"experiment_ids\":[\"" + exp + "\"],"
                + "\"filter\":\"metrics.auc > 0.75 and params.lr = '0.1'\",\"order_by\":[\"metrics.auc DESC\"]}").json();
        assertThat(search.get("runs")).hasSize(1);
        assertThat(search.at("/runs/0/info/run_id").asText()).isEqualTo(a);

        // Beyond MLflow: OR, IN, and search across all experiments.
        JsonNode or = http.post("/api/2.0/mlflow/runs/search", "{\"filter\":\"tags.team = 'a' OR tags.team = 'b'\","
                + "\"order_by\":[\"metrics.auc ASC\"]}").json();
        assertThat(or.get("runs")).hasSize(2);
        assertThat(or.at("/runs/0/info/run_id").asText()).isEqualTo(b);
        JsonNode in = http.post("/api/2.0/mlflow/runs/search", "{\"experiment_ids\":[],\"filter\":\"params.lr IN ('0.2', '0.3')\"}").json();
        assertThat(in.get("runs")).hasSize(1);
        assertThat(in.at("/runs/0/info/run_id").asText()).isEqualTo(b);

        JsonNode page1 = http.post("/api/2.0/mlflow/runs/search", "{\"experiment_ids\":[\"" + exp + "\"],\"max_results\":1}").json();
        assertThat(page1.get("runs")).hasSize(1);
        String token = page1.get("next_page_token").asText();
        JsonNode page2 = http.post("/api/2.0/mlflow/runs/search", "{\"experiment_ids\":[\"" + exp + "\"],\"max_results\":1,\"page_token\":" + Http.q(token) + "}").json();
        assertThat(page2.get("runs")).hasSize(1);
        assertThat(page2.at("/runs/0/info/run_id").asText()).isNotEqualTo(page1.at("/runs/0/info/run_id").asText());

        JsonNode updated = http.post("/api/2.0/mlflow/runs/update", "{\"run_id\":\"" + a + "\",\"status\":\"FINISHED\",\"end_time\":1700000001000}").json();
        assertThat(updated.at("/run_info/status").asText()).isEqualTo("FINISHED");
        assertThat(updated.at("/run_info/end_time").asLong()).isEqualTo(1700000001000L);
        assertThat(http.post("/api/2.0/mlflow/runs/delete", "{\"run_id\":\"" + b + "\"}").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/mlflow/runs/get?run_id=" + b).json().at("/run/info/lifecycle_stage").asText()).isEqualTo("deleted");
        assertThat(http.post("/api/2.0/mlflow/runs/restore", "{\"run_id\":\"" + b + "\"}").status()).isEqualTo(200);
    }

    @Test
    void registryModelsVersionsAliases() {
        String exp = fx.experiment("exp-reg");
        String run = fx.run(exp);
        JsonNode m = http.post("/api/2.0/mlflow/registered-models/create", "{\"name\":\"churn\",\"description\":\"d\",\"tags\":[{\"key\":\"k\",\"value\":\"v\"}]}").json();
        assertThat(m.at("/registered_model/name").asText()).isEqualTo("churn");
        JsonNode v1 = http.post("/api/2.0/mlflow/model-versions/create", "{\"name\":\"churn\",\"source\":\"runs:/" + run + "/model\",\"run_id\":\"" + run + "\"}").json();
        assertThat(v1.at("/model_version/version").asText()).isEqualTo("1");
        assertThat(v1.at("/model_version/status").asText()).isEqualTo("READY");
        http.post("/api/2.0/mlflow/model-versions/create", "{\"name\":\"churn\",\"source\":\"runs:/" + run + "/model\"}");

        assertThat(http.post("/api/2.0/mlflow/registered-models/alias", "{\"name\":\"churn\",\"alias\":\"champion\",\"version\":\"2\"}").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/mlflow/registered-models/alias?name=churn&alias=champion").json().at("/model_version/version").asText()).isEqualTo("2");
        assertThat(http.get("/api/2.0/mlflow/registered-models/get?name=churn").json().at("/registered_model/aliases/0/alias").asText()).isEqualTo("champion");
        assertThat(http.send("DELETE", "/api/2.0/mlflow/registered-models/alias", "{\"name\":\"churn\",\"alias\":\"champion\"}", "application/json").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/mlflow/registered-models/alias?name=churn&alias=champion").status()).isEqualTo(404);

        JsonNode moved = http.post("/api/2.0/mlflow/model-versions/transition-stage", "{\"name\":\"churn\",\"version\":\"1\",\"stage\":\"Production\",\"archive_existing_versions\":true}").json();
        assertThat(moved.at("/model_version/current_stage").asText()).isEqualTo("Production");
        JsonNode latest = http.post("/api/2.0/mlflow/registered-models/get-latest-versions", "{\"name\":\"churn\",\"stages\":[\"Production\"]}").json();
        assertThat(latest.at("/model_versions/0/version").asText()).isEqualTo("1");
        assertThat(http.get("/api/2.0/mlflow/model-versions/get-download-uri?name=churn&version=1").json().get("artifact_uri").asText())
                .isEqualTo("mlflow-artifacts:/" + exp + "/" + run + "/artifacts/model");
        assertThat(http.send("PATCH", "/api/2.0/mlflow/model-versions/update", "{\"name\":\"churn\",\"version\":\"1\",\"description\":\"best\"}", "application/json")
                .json().at("/model_version/description").asText()).isEqualTo("best");
        assertThat(http.post("/api/2.0/mlflow/model-versions/set-tag", "{\"name\":\"churn\",\"version\":\"1\",\"key\":\"q\",\"value\":\"ok\"}").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/mlflow/model-versions/get?name=churn&version=1").json().at("/model_version/tags/0/key").asText()).isEqualTo("q");
        assertThat(http.send("DELETE", "/api/2.0/mlflow/model-versions/delete-tag", "{\"name\":\"churn\",\"version\":\"1\",\"key\":\"q\"}", "application/json").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/mlflow/model-versions/search?filter=name%3D%27churn%27").json().get("model_versions")).hasSize(2);
        assertThat(http.get("/api/2.0/mlflow/registered-models/search?filter=name%20LIKE%20%27ch%25%27").json().get("registered_models")).hasSize(1);
        assertThat(http.post("/api/2.0/mlflow/registered-models/set-tag", "{\"name\":\"churn\",\"key\":\"owner\",\"value\":\"x\"}").status()).isEqualTo(200);
        assertThat(http.send("DELETE", "/api/2.0/mlflow/registered-models/delete-tag", "{\"name\":\"churn\",\"key\":\"owner\"}", "application/json").status()).isEqualTo(200);
        assertThat(http.send("PATCH", "/api/2.0/mlflow/registered-models/update", "{\"name\":\"churn\",\"description\":\"new\"}", "application/json")
                .json().at("/registered_model/description").asText()).isEqualTo("new");
        assertThat(http.post("/api/2.0/mlflow/registered-models/rename", "{\"name\":\"churn\",\"new_name\":\"churn2\"}").json()
                .at("/registered_model/name").asText()).isEqualTo("churn2");
        assertThat(http.send("DELETE", "/api/2.0/mlflow/model-versions/delete", "{\"name\":\"churn2\",\"version\":\"2\"}", "application/json").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/mlflow/model-versions/get?name=churn2&version=2").status()).isEqualTo(404);
        assertThat(http.send("DELETE", "/api/2.0/mlflow/registered-models/delete", "{\"name\":\"churn2\"}", "application/json").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/mlflow/registered-models/get?name=churn2").errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
    }

    @Test
    void healthVersionAndUnknownRoutes() {
        assertThat(http.get("/health")).isEqualTo(new Http.Response(200, "OK"));
        assertThat(http.get("/version").status()).isEqualTo(200);
        Http.Response missing = http.get("/api/2.0/mlflow/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("ENDPOINT_NOT_FOUND");
        assertThat(http.get("/").status()).isEqualTo(404);
    }
}
