package dev.modelyard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --learners lgbm} trains LightGBM, saves it in the bundle and scores it back in Java. */
class LightGbmTrainTest {
    @TempDir Path dir;

    @Test
    void trainSavesALightgbmBundleThatPredicts() throws IOException {
        Path data = Csv.standard(dir, "train.csv");
        Path model = dir.resolve("model.zip");
        CliRun training = CliRun.of("train", "--data", data, "--target", "income", "--learners", "lgbm,linear", "--folds", "2", "-q",
                "--out", model, "--report-json", dir.resolve("train.json")).succeeds();
        assertThat(training.out()).contains("lgbm", "linear", "Bundle written to");
        JsonNode report = Json.read(Files.readString(dir.resolve("train.json")));
        assertThat(report.path("leaderboard")).hasSize(2);
        List<String> learners = report.path("leaderboard").findValuesAsText("learner");
        assertThat(learners).containsExactlyInAnyOrder("lgbm", "linear");

        Path only = dir.resolve("lgbm.zip");
        CliRun.of("train", "--data", data, "--target", "income", "--learners", "lgbm", "--folds", "2", "-q", "--out", only).succeeds();
        Path out = dir.resolve("pred.csv");
        CliRun.of("predict", "--model", only, "--data", data, "--out", out).succeeds();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(301);
        List<String> truth = Files.readAllLines(data);
        int correct = 0;
        for (int i = 1; i < lines.size(); i++) {
            correct += truth.get(i).endsWith("," + lines.get(i).split(",")[0]) ? 1 : 0;
        }
        assertThat(correct).as("training accuracy of a learnable target").isGreaterThan(240);
    }
}
