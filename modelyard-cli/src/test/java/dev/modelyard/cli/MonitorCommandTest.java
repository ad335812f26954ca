package dev.modelyard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelyard monitor report|profile}: drift found where it is, not where it is not; bad input exits 2. */
class MonitorCommandTest {
    @TempDir static Path dir;
    static Path model;

    @BeforeAll
    static void train() {
        model = dir.resolve("model.zip");
        CliRun.of("train", "--data", Csv.standard(dir, "train.csv"), "--target", "income", "--learners", "linear", "--folds", "2", "-q",
                "--out", model).succeeds();
    }

    /** The standard table's generator with older people and mostly red: the target relation is unchanged. */
    private static Path window(String name, int ageShift, double redShare, long seed) {
        Random r = new Random(seed);
        List<String> rows = new ArrayList<>();
        String[] colors = {"red", "green", "blue"};
        for (int i = 0; i < 600; i++) {
            int age = 18 + r.nextInt(60) + ageShift;
            String color = r.nextDouble() < redShare ? "red" : colors[r.nextInt(3)];
            double score = r.nextGaussian();
            double z = 0.08 * (age - 45) + 1.5 * score + (color.equals("red") ? 0.8 : 0) + 0.5 * r.nextGaussian();
            rows.add(String.format(Locale.ROOT, "%d,%s,%.4f,%s", age, color, score, z > 0 ? ">50K" : "<=50K"));
        }
        return Csv.write(dir, name, Csv.HEADER, rows);
    }

    private static JsonNode features(JsonNode report) {
        JsonNode windows = report.path("windows");
        return windows.get(windows.size() - 1).path("drift").path("features");
    }

    private static boolean drifted(JsonNode features, String name) {
        for (JsonNode f : features) {
            if (f.path("feature").asText().equals(name)) {
                return f.path("drifted").asBoolean();
            }
        }
        throw new AssertionError("no feature " + name + " in " + features);
    }

    @Test
    void shiftedDataIsFlaggedAndWrittenAsHtmlAndJson() throws IOException {
        Path html = dir.resolve("drift.html");
        Path json = dir.resolve("drift.json");
        CliRun run = CliRun.of("monitor", "report", "--model", model, "--data", window("shifted.csv", 25, 0.8, 3), "-q",
                "--out", html, "--report-json", json).succeeds();
        assertThat(run.out()).contains("age", "color", "HTML report written to");
        JsonNode f = features(Json.read(Files.readString(json)));
        assertThat(drifted(f, "age")).isTrue();
        assertThat(drifted(f, "color")).isTrue();
        assertThat(drifted(f, "score")).isFalse();
        assertThat(Files.readString(html)).contains("<svg", "age", "color");
    }

    @Test
    void dataLikeTheTrainingDataIsNotFlagged() throws IOException {
        Path json = dir.resolve("same.json");
        CliRun.of("monitor", "report", "--model", model, "--data", window("same.csv", 0, 0, 11), "-q", "--out", dir.resolve("same.html"),
                "--report-json", json).succeeds();
        JsonNode f = features(Json.read(Files.readString(json)));
        for (JsonNode x : f) {
            assertThat(x.path("drifted").asBoolean()).as("%s", x).isFalse();
        }
    }

    @Test
    void aProfileFileStandsInForTheBundlesOwn() throws IOException {
        Path profile = dir.resolve("profile.json");
        CliRun.of("monitor", "profile", "--model", model, "--data", dir.resolve("train.csv"), "--out", profile).succeeds();
        assertThat(profile).isNotEmptyFile();
        Path json = dir.resolve("withref.json");
        CliRun.of("monitor", "report", "--model", model, "--reference", profile, "--data", window("shifted2.csv", 25, 0.8, 5), "-q",
                "--out", dir.resolve("withref.html"), "--report-json", json).succeeds();
        assertThat(drifted(features(Json.read(Files.readString(json))), "age")).isTrue();
    }

    @Test
    void badInputExitsWithTwoAndSaysWhat() throws IOException {
        Path noScore = Csv.edited(dir, "noscore.csv", "age,color,income", (i, f) -> f[0] + "," + f[1] + "," + f[3]);
        CliRun.of("monitor", "report", "--model", model, "--data", noScore, "-q", "--out", dir.resolve("x.html"))
                .failsWith("lacks column score");
        Path empty = Csv.write(dir, "empty.csv", Csv.HEADER, List.of());
        CliRun.of("monitor", "report", "--model", model, "--data", empty, "-q", "--out", dir.resolve("x.html")).failsWith("empty.csv", "no data rows");
        // A profile of other features: built for another model.
        Path other = Csv.edited(dir, "other.csv", "years,color,score,income", (i, f) -> String.join(",", f));
        Path otherModel = dir.resolve("other.zip");
        CliRun.of("train", "--data", other, "--target", "income", "--learners", "linear", "--folds", "2", "-q", "--out", otherModel).succeeds();
        Path otherProfile = dir.resolve("other-profile.json");
        CliRun.of("monitor", "profile", "--model", otherModel, "--data", other, "--out", otherProfile).succeeds();
        CliRun.of("monitor", "report", "--model", model, "--reference", otherProfile, "--data", dir.resolve("train.csv"), "-q",
                "--out", dir.resolve("x.html")).failsWith("another model");
        Path junk = Files.writeString(dir.resolve("junk.json"), "{ nope");
        CliRun.of("monitor", "report", "--model", model, "--reference", junk, "--data", dir.resolve("train.csv"), "-q")
                .failsWith("junk.json", "not valid JSON");
        CliRun.of("monitor", "report", "--model", model, "--data", dir.resolve("train.csv"), "--window", "fortnight", "-q")
                .failsWith("fortnight");
    }
}
