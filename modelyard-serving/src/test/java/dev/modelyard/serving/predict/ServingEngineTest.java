package dev.modelyard.serving.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.Golden;
import dev.modelyard.serving.input.JsonTables;
import dev.modelyard.serving.log.PredictionLog;
import dev.modelyard.serving.metrics.ServingMetrics;
import dev.modelyard.serving.model.LoadedModel;
import dev.modelyard.serving.model.ServedModel;
import dev.modelyard.serving.model.ServedModels;
import dev.modelyard.serving.routing.Routing;
import dev.modelyard.serving.routing.Split;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine end to end without HTTP: routing, answers, prediction and feedback logs, metrics. */
class ServingEngineTest {
    @TempDir Path dir;
    LoadedModel gbdt;
    LoadedModel linear;
    ServedModels models = new ServedModels();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void load() {
        gbdt = Golden.load("mixed", "1", Golden.GBDT, dir);
        linear = Golden.load("mixed", "2", Golden.LINEAR, dir);
        models.put(ServedModel.of(gbdt).with(linear));
    }

    private ServingEngine engine(PredictionLog log) {
        return new ServingEngine(models, 1000, log, new ServingMetrics(registry));
    }

    private static PredictRequest request(String version, String key, int rows) {
        ObjectNode body = Json.object();
        body.set("records", Golden.records(rows));
        return new PredictRequest("mixed", version, key, System.nanoTime(), m -> JsonTables.of(body, m.signature()));
    }

    @Test
    void answersCarryModelVersionRequestIdAndExpectedProbabilities() {
        try (ServingEngine e = engine(null)) {
            Prediction p = e.predict(request("1", null, 3));
            assertThat(p.model()).isEqualTo("mixed");
            assertThat(p.version()).isEqualTo("1");
            assertThat(p.requestId()).matches("[0-9a-f-]{36}");
            assertThat(p.classes()).containsExactly("no", "yes");
            for (int i = 0; i < 3; i++) {
                assertThat(p.probability(i, 1)).isCloseTo(Golden.expectedYes("gbdt", i), within(1e-9));
                assertThat(p.label(i)).isEqualTo(p.probability(i, 1) > 0.5 ? "yes" : "no");
            }
            assertThat(e.predict(request("2", null, 1)).probability(0, 1)).isCloseTo(Golden.expectedYes("linear", 0), within(1e-9));
            assertThat(e.predict(request(null, null, 1)).version()).isEqualTo("1"); // adding a version does not move traffic
        }
    }

    @Test
    void unknownModelOrVersionIsNotFound() {
        try (ServingEngine e = engine(null)) {
            ModelyardException m = catchThrowableOfType(ModelyardException.class, () -> e.predict(new PredictRequest("mixd", null, null, 0,
                    x -> JsonTables.of(Golden.records(1), x.signature()))));
            assertThat(m.code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(m.getMessage()).contains("'mixd'").contains("mixed");
            ModelyardException v = catchThrowableOfType(ModelyardException.class, () -> e.predict(request("7", null, 1)));
            assertThat(v.code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(v.getMessage()).contains("version '7'");
        }
    }

    @Test
    void abSplitIsStickyPerKeyAndCountedPerVariant() {
        models.update("mixed", m -> m.withRouting(new Routing(Split.parseAll("1:50,2:50"), null)));
        try (ServingEngine e = engine(null)) {
            Map<String, String> first = new HashMap<>();
            for (int rep = 0; rep < 3; rep++) {
                for (int k = 0; k < 40; k++) {
                    String v = e.predict(request(null, "user" + k, 1)).variant();
                    assertThat(first.putIfAbsent("user" + k, v)).isIn(null, v);
                }
            }
            assertThat(first.values()).contains("1", "2");
            double total = registry.find("modelyard.predictions").counters().stream().mapToDouble(c -> c.count()).sum();
            assertThat(total).isEqualTo(120);
            assertThat(registry.find("modelyard.predictions").tag("variant", "1").counter().count()).isPositive();
            assertThat(registry.find("modelyard.request.latency").tag("variant", "2").timer().count()).isPositive();
        }
    }

    @Test
    void shadowScoresAreLoggedNeverAnswered() throws Exception {
        models.update("mixed", m -> m.withRouting(new Routing(List.of(new Split("1", 1)), "2")));
        List<String> ids = new ArrayList<>();
        try (ServingEngine e = engine(new PredictionLog(dir.resolve("log")))) {
            for (int i = 0; i < 5; i++) {
                Prediction p = e.predict(request(null, null, 2));
                assertThat(p.version()).isEqualTo("1");
                assertThat(p.shadow()).isFalse();
                ids.add(p.requestId());
            }
        }
        List<JsonNode> lines = lines("predictions");
        assertThat(lines).hasSize(20); // 5 requests x 2 rows, answered and shadow
        List<JsonNode> shadow = lines.stream().filter(l -> l.get("shadow").asBoolean()).toList();
        assertThat(shadow).hasSize(10).allSatisfy(l -> {
            assertThat(l.get("version").asText()).isEqualTo("2");
            assertThat(l.get("variant").asText()).isEqualTo("shadow");
            assertThat(ids).contains(l.get("request_id").asText());
        });
        JsonNode row1 = shadow.stream().filter(l -> l.get("row").asInt() == 1).findFirst().orElseThrow();
        assertThat(row1.get("probabilities").get("yes").asDouble()).isCloseTo(Golden.expectedYes("linear", 1), within(1e-9));
        assertThat(registry.find("modelyard.shadow").tag("outcome", "scored").counter().count()).isEqualTo(5);
    }

    @Test
    void predictionAndFeedbackLogsHoldWhatMonitoringJoins() throws Exception {
        String id;
        try (ServingEngine e = engine(new PredictionLog(dir.resolve("log")))) {
            id = e.predict(request("1", null, 2)).requestId();
            e.feedback(Json.read("{\"request_id\":\"" + id + "\",\"actual\":[\"yes\",\"no\"]}"));
            assertThat(catchThrowableOfType(ModelyardException.class, () -> e.feedback(Json.read("{\"actual\":1}"))).getMessage())
                    .contains("request_id");
            assertThat(catchThrowableOfType(ModelyardException.class, () -> e.feedback(Json.read("{\"request_id\":\"x\"}"))).getMessage())
                    .contains("actual");
        }
        List<JsonNode> p = lines("predictions");
        assertThat(p).hasSize(2);
        JsonNode l = p.get(0);
        assertThat(l.get("request_id").asText()).isEqualTo(id);
        assertThat(l.get("model").asText()).isEqualTo("mixed");
        assertThat(l.get("version").asText()).isEqualTo("1");
        assertThat(l.get("latency_ms").asDouble()).isPositive();
        assertThat(l.get("ts").asText()).endsWith("Z");
        assertThat(l.get("features").get("color").asText()).isEqualTo(Golden.records(1).get(0).get("color").asText());
        assertThat(l.get("features").get("x1").asDouble()).isEqualTo(Golden.records(1).get(0).get("x1").asDouble());
        assertThat(l.get("prediction").asText()).isIn("yes", "no");
        List<JsonNode> f = lines("feedback");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.get("request_id").asText()).isEqualTo(id);
            assertThat(x.get("actual").get(0).asText()).isEqualTo("yes");
        });
    }

    private List<JsonNode> lines(String prefix) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("log"))) {
            for (Path file : s.filter(x -> x.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    out.add(Json.read(line));
                }
            }
        }
        return out;
    }
}
