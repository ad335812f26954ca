package dev.modelyard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop a user runs: train → predict (CSV and JSON lines) → evaluate, and profile. */
class HappyPathTest {
    @TempDir static Path dir;
    static Path data;
    static Path model;
    static CliRun training;

    @BeforeAll
    static void train() {
        data = Csv.standard(dir, "train.csv");
        model = dir.resolve("model.zip");
        training = CliRun.of("train", "--data", data, "--target", "income", "--learners", "linear", "--folds", "2", "-q",
                "--out", model, "--report-json", dir.resolve("train.json")).succeeds();
    }

    @Test
    void trainPrintsTheLeaderboardAndWritesBundleAndReport() throws IOException {
        assertThat(training.out()).contains("Task: binary", "'income'", "linear", "Bundle written to");
        assertThat(model).isNotEmptyFile();
        JsonNode report = Json.read(Files.readString(dir.resolve("train.json")));
        assertThat(report.path("chosen").asText()).isEqualTo("linear");
        assertThat(report.path("leaderboard")).hasSize(1);
        assertThat(report.path("cvMetrics").path("auc").asDouble()).isGreaterThan(0.8);
    }

    @Test
    void predictCsvHasOneLinePerRowWithLabelAndProbabilities() throws IOException {
        Path out = dir.resolve("pred.csv");
        CliRun.of("predict", "--model", model, "--data", data, "--out", out).succeeds();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(301);
        assertThat(lines.get(0)).isEqualTo("prediction,proba_<=50K,proba_>50K");
        List<String> truth = Files.readAllLines(data);
        int correct = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] p = lines.get(i).split(",");
            assertThat(Double.parseDouble(p[1]) + Double.parseDouble(p[2])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            correct += truth.get(i).endsWith("," + p[0]) ? 1 : 0;
        }
        assertThat(correct).as("training accuracy of a learnable target").isGreaterThan(240);
    }

    @Test
    void predictCreatesTheOutputFolder() throws IOException {
        Path out = dir.resolve("new").resolve("folder").resolve("pred.jsonl");
        CliRun.of("predict", "--model", model, "--data", data, "--out", out).succeeds();
        assertThat(Files.readAllLines(out)).hasSize(300).allSatisfy(l -> assertThat(l).startsWith("{\"prediction\":"));
    }

    @Test
    void predictJsonLinesToStandardOutput() throws IOException {
        CliRun r = CliRun.of("predict", "--model", model, "--data", data, "--format", "jsonl").succeeds();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(300);
        JsonNode first = Json.read(lines.get(0));
        assertThat(first.path("prediction").asText()).isIn("<=50K", ">50K");
        assertThat(first.path("proba_>50K").isNumber()).isTrue();
        assertThat(r.err()).contains("Scored 300 rows");
    }

    @Test
    void evaluateWritesAJsonReport() throws IOException {
        Path report = dir.resolve("eval.json");
        CliRun r = CliRun.of("evaluate", "--model", model, "--data", data, "--report-json", report).succeeds();
        assertThat(r.out()).contains("Evaluated 300 rows", "auc");
        JsonNode j = Json.read(Files.readString(report));
        assertThat(j.path("rows").asInt()).isEqualTo(300);
        assertThat(j.path("droppedRowsMissingTarget").asInt()).isZero();
        assertThat(j.has("model") && j.has("data") && j.has("trainingCvMetrics")).isTrue();
        assertThat(j.path("metrics").path("auc").asDouble()).isBetween(0.8, 1.0);
        assertThat(j.path("metrics").path("logloss").asDouble()).isPositive();
        assertThat(j.path("metrics").path("accuracy").asDouble()).isBetween(0.8, 1.0);
    }

    @Test
    void profilePrintsEveryColumn() {
        CliRun r = CliRun.of("profile", data).succeeds();
        assertThat(r.out()).contains("300 rows, 4 columns", "age (long)", "color (categorical)", "score (double)", "income (categorical)");
    }

    @Test
    void profileOfTheBundledSampleAsJson() throws IOException {
        Path sample = dir.resolve("adult_sample.csv");
        try (var in = ModelyardCli.class.getResourceAsStream("/dev/modelyard/cli/samples/adult_sample.csv")) {
            Files.copy(in, sample);
        }
        CliRun r = CliRun.of("profile", sample, "--json").succeeds();
        JsonNode j = Json.read(r.out());
        String header = Files.readAllLines(sample).get(0);
        assertThat(j.toString()).contains(header.split(","));
    }
}
