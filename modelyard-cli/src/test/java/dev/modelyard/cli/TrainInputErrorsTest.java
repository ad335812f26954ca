package dev.modelyard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad training input: each case exits with code 2 and one clear line naming the problem and where, never a stack trace. */
class TrainInputErrorsTest {
    @TempDir Path dir;

    private CliRun train(Path data, Object... more) {
        Object[] base = {"train", "--data", data, "--target", "income", "--learners", "linear", "--folds", "2", "-q",
                "--out", dir.resolve("model.zip")};
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void missingFile() {
        train(dir.resolve("nope.csv")).failsWith("not found", "nope.csv");
    }

    @Test
    void corruptGzip() throws IOException {
        Path gz = Files.write(dir.resolve("data.csv.gz"), "this is not gzip at all".getBytes());
        train(gz).failsWith("data.csv.gz", "gzip");
    }

    @Test
    void truncatedGzip() throws IOException {
        Path full = Csv.standard(dir, "full.csv");
        Path gz = dir.resolve("cut.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(full));
        }
        byte[] all = Files.readAllBytes(gz);
        Files.write(gz, java.util.Arrays.copyOf(all, all.length / 2));
        train(gz).failsWith("cut.csv.gz", "gzip");
    }

    @Test
    void emptyFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        train(empty).failsWith("empty.csv", "empty");
    }

    @Test
    void headerOnly() {
        Path header = Csv.write(dir, "header.csv", Csv.HEADER, List.of());
        train(header).failsWith("header.csv", "no data rows");
    }

    @Test
    void targetAbsentSuggestsCloseName() {
        Path data = Csv.standard(dir, "data.csv");
        CliRun r = CliRun.of("train", "--data", data, "--target", "incme", "--learners", "linear", "-q", "--out", dir.resolve("m.zip"));
        r.failsWith("'incme'", "did you mean 'income'");
    }

    @Test
    void targetWithOneClass() {
        Path data = Csv.edited(dir, "one.csv", Csv.HEADER, (i, f) -> f[0] + "," + f[1] + "," + f[2] + ",same");
        train(data).failsWith("'income'", "one class");
    }

    @Test
    void rowsWithMissingTargetAreDroppedAndCounted() {
        Path data = Csv.edited(dir, "some.csv", Csv.HEADER, (i, f) -> i % 10 == 0 ? f[0] + "," + f[1] + "," + f[2] + "," : String.join(",", f));
        CliRun r = train(data).succeeds();
        assertThat(r.out()).contains("30 rows with a missing target dropped");
        assertThat(dir.resolve("model.zip")).exists();
    }

    @Test
    void targetMissingInAllRows() {
        Path data = Csv.edited(dir, "none.csv", Csv.HEADER, (i, f) -> f[0] + "," + f[1] + "," + f[2] + ",");
        train(data).failsWith("'income'", "missing in all 300 rows");
    }

    @Test
    void nonNumericTargetForRegression() {
        train(Csv.standard(dir, "data.csv"), "--task", "regression").failsWith("'income'", "regression", "numbers");
    }

    @Test
    void raggedRowNamesTheLine() {
        // Data row 41 is line 43 of the file (line 1 is the header).
        Path longRow = Csv.edited(dir, "long.csv", Csv.HEADER, (i, f) -> String.join(",", f) + (i == 41 ? ",extra" : ""));
        train(longRow).failsWith("long.csv", "line 43", "expected 4 fields", "found 5");
        Path shortRow = Csv.edited(dir, "short.csv", Csv.HEADER, (i, f) -> i == 41 ? f[0] + "," + f[1] : String.join(",", f));
        train(shortRow).failsWith("short.csv", "line 43", "found 2");
    }

    @Test
    void unknownLearner() {
        Path data = Csv.standard(dir, "data.csv");
        CliRun.of("train", "--data", data, "--target", "income", "--learners", "linearr", "-q", "--out", dir.resolve("m.zip"))
                .failsWith("unknown learner 'linearr'", "did you mean 'linear'", "gbdt");
    }

    @Test
    void oneFold() {
        Path data = Csv.standard(dir, "data.csv");
        CliRun.of("train", "--data", data, "--target", "income", "--learners", "linear", "--folds", "1", "-q", "--out", dir.resolve("m.zip"))
                .failsWith("--folds", "at least 2");
    }

    @Test
    void malformedTypeOverride() {
        train(Csv.standard(dir, "data.csv"), "--type", "age").failsWith("--type", "COLUMN=TYPE", "'age'");
    }

    @Test
    void outputThatIsAFolder() {
        Path data = Csv.standard(dir, "data.csv");
        CliRun.of("train", "--data", data, "--target", "income", "--learners", "linear", "--folds", "2", "-q", "--out", dir)
                .failsWith("cannot write bundle", "is a folder", "model.zip");
    }

    @Test
    void unknownOption() {
        train(Csv.standard(dir, "data.csv"), "--fodls", "3").failsWith("--fodls");
    }
}
