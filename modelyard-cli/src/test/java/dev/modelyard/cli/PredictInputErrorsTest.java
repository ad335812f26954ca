package dev.modelyard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input at prediction time (columns, types, damaged or newer bundles): exit code 2 and a clear message. */
class PredictInputErrorsTest {
    @TempDir static Path shared;
    static Path model;

    @TempDir Path dir;

    @BeforeAll
    static void trainOnce() {
        model = shared.resolve("model.zip");
        CliRun.of("train", "--data", Csv.standard(shared, "train.csv"), "--target", "income", "--learners", "linear",
                "--folds", "2", "-q", "--out", model).succeeds();
    }

    private CliRun predict(Path bundle, Path data) {
        return CliRun.of("predict", "--model", bundle, "--data", data, "--out", dir.resolve("pred.csv"));
    }

    private Path scoringData() {
        return Csv.standard(dir, "score.csv");
    }

    @Test
    void missingRequiredColumnIsNamed() {
        Path data = Csv.edited(dir, "nocolor.csv", "age,score,income", (i, f) -> f[0] + "," + f[2] + "," + f[3]);
        predict(model, data).failsWith("missing required column 'color'");
    }

    @Test
    void wrongTypeNamesTheColumn() {
        Path data = Csv.edited(dir, "abc.csv", Csv.HEADER, (i, f) -> f[0] + "," + f[1] + ",abc," + f[3]);
        predict(model, data).failsWith("column 'score'", "'abc'", "double");
    }

    @Test
    void extraColumnsAreIgnoredWithANote() throws IOException {
        Path data = Csv.edited(dir, "extra.csv", Csv.HEADER + ",zzz", (i, f) -> String.join(",", f) + "," + i);
        CliRun r = predict(model, data).succeeds();
        assertThat(r.err()).contains("note: ignoring columns the model does not use: zzz");
        assertThat(Files.readAllLines(dir.resolve("pred.csv"))).hasSize(301);
    }

    @Test
    void missingBundle() {
        predict(dir.resolve("absent.zip"), scoringData()).failsWith("absent.zip", "not found");
    }

    @Test
    void randomBytesBundle() throws IOException {
        byte[] junk = new byte[4096];
        new Random(3).nextBytes(junk);
        Path bad = Files.write(dir.resolve("junk.zip"), junk);
        predict(bad, scoringData()).failsWith("junk.zip");
    }

    @Test
    void truncatedBundle() throws IOException {
        byte[] all = Files.readAllBytes(model);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(all, all.length / 2));
        predict(cut, scoringData()).failsWith("cut.zip", "truncated or damaged");
    }

    @Test
    void checksumMismatch() throws IOException {
        Path tampered = Zips.rewrite(model, dir.resolve("tampered.zip"), (name, bytes) -> {
            if (name.startsWith("payloads/") && bytes.length > 0) {
                bytes[bytes.length - 1] ^= 0x5A;
            }
            return bytes;
        });
        assertThat(Zips.entry(tampered, "manifest.json")).isEqualTo(Zips.entry(model, "manifest.json"));
        predict(tampered, scoringData()).failsWith("tampered.zip", "checksum mismatch", "payloads/");
    }

    @Test
    void newerFormatVersionAsksToUpgrade() throws IOException {
        Path newer = Zips.rewrite(model, dir.resolve("newer.zip"), (name, bytes) -> !name.equals("manifest.json") ? bytes
                : new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"formatVersion\"\\s*:\\s*1", "\"formatVersion\" : 999")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(new String(Zips.entry(newer, "manifest.json"), StandardCharsets.UTF_8)).contains("999");
        predict(newer, scoringData()).failsWith("newer.zip", "999", "upgrade");
    }

    @Test
    void dataFileInsteadOfBundle() {
        Path data = scoringData();
        predict(data, data).failsWith("score.csv");
    }

    @Test
    void evaluateWithoutTargetColumn() {
        Path data = Csv.edited(dir, "unlabelled.csv", "age,color,score", (i, f) -> f[0] + "," + f[1] + "," + f[2]);
        CliRun.of("evaluate", "--model", model, "--data", data).failsWith("'income'");
    }

    @Test
    void unknownOutputFormat() {
        CliRun.of("predict", "--model", model, "--data", scoringData(), "--format", "xml").failsWith("--format", "'xml'");
    }
}
