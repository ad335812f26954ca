package dev.modelyard.monitoring.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TimestampColumn;
import dev.modelyard.core.json.Json;
import dev.modelyard.monitoring.window.WindowSpec;
import dev.modelyard.monitoring.window.WindowSplit;
import dev.modelyard.monitoring.window.Windows;
import dev.modelyard.serving.log.PredictionLog;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionLogReaderTest {
    private static final List<String> CLASSES = List.of("no", "yes");
    private static final long T0 = Instant.parse("2024-05-01T10:00:00Z").toEpochMilli();
    private static final long DAY = 86_400_000L;

    @TempDir Path dir;

    /** Two requests of "income" (2 rows, then 1 row a day later), a shadow copy of the first, one of another model. */
    private void writeClassifierLog() {
        Object[][] two = {{37.0, "Private", 40L, T0 - DAY, 1.0}, {null, null, null, null, null}};
        Object[][] one = {{52.5, "State-gov", 50L, T0, 0.0}};
        try (PredictionLog log = new PredictionLog(dir)) {
            log.record(ServedLog.prediction("r1", "income", false, T0, CLASSES, two, new double[] {0.8, 0.2, 0.3, 0.7}));
            log.record(ServedLog.prediction("r1", "income", true, T0, CLASSES, two, new double[] {0.6, 0.4, 0.5, 0.5}));
            log.record(ServedLog.prediction("r2", "income", false, T0 + DAY, CLASSES, one, new double[] {0.1, 0.9}));
            log.record(ServedLog.prediction("r3", "churn", false, T0, CLASSES, one, new double[] {0.5, 0.5}));
            log.feedback("r1", Json.mapper().valueToTree(List.of("no", "yes")), T0 + 2 * DAY);
            log.feedback("r2", Json.mapper().valueToTree(1), T0 + 2 * DAY);
            log.feedback("unknown", Json.mapper().valueToTree("yes"), T0 + 2 * DAY);
        }
    }

    @Test
    void readsWhatTheServerLoggedTypedByTheSignatureWithFeedbackJoined() {
        writeClassifierLog();
        LoggedPredictions p = PredictionLogReader.read(dir, "income", ServedLog.SIGNATURE);
        assertThat(p.rows()).isEqualTo(3);
        assertThat(p.skippedLines()).isZero();
        assertThat(p.requestIds()).containsExactly("r1", "r1", "r2");
        assertThat(p.versions()).containsOnly("v1");
        assertThat(p.epochMillis()).containsExactly(T0, T0, T0 + DAY);
        assertThat(p.features().schema()).isEqualTo(ServedLog.SCHEMA);
        assertThat(p.features().column("age", DoubleColumn.class).getDouble(2)).isEqualTo(52.5);
        assertThat(p.features().column("age").isNull(1)).isTrue();
        assertThat(p.features().column("workclass", CategoricalColumn.class).getString(0)).isEqualTo("Private");
        assertThat(p.features().column("hours", LongColumn.class).getLong(2)).isEqualTo(50L);
        assertThat(p.features().column("when", TimestampColumn.class).getMillis(0)).isEqualTo(T0 - DAY);
        assertThat(p.features().column("member", BooleanColumn.class).getBoolean(0)).isTrue();
        assertThat(p.features().column("member").isNull(1)).isTrue();
        assertThat(p.outputs().schema().names()).containsExactly("proba_no", "proba_yes");
        assertThat(p.outputs().column("proba_yes").getDouble(1)).isEqualTo(0.7);
        assertThat(p.actual().type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(p.actual().getString(0)).isEqualTo("no");
        assertThat(p.actual().getString(1)).isEqualTo("yes");
        assertThat(p.actual().getString(2)).isEqualTo("1"); // a number sent as the label is read as its text
    }

    @Test
    void shadowRowsOnlyWhenAskedAndAnyModelWhenNoneIsNamed() {
        writeClassifierLog();
        LoggedPredictions withShadow = PredictionLogReader.read(dir, "income", ServedLog.SIGNATURE, Long.MIN_VALUE, true);
        assertThat(withShadow.rows()).isEqualTo(5);
        assertThat(withShadow.outputs().column("proba_yes").getDouble(2)).isEqualTo(0.4);
        assertThat(PredictionLogReader.read(dir, null, ServedLog.SIGNATURE).rows()).isEqualTo(4);
    }

    @Test
    void readsOnFromACursorAndSplitsIntoTimeWindows() {
        writeClassifierLog();
        LoggedPredictions all = PredictionLogReader.read(dir, "income", ServedLog.SIGNATURE);
        WindowSplit days = Windows.split(all.timeFrame(), LoggedPredictions.TIME_COLUMN, WindowSpec.parse("1d"));
        assertThat(days.windows()).extracting(w -> w.label()).containsExactly("2024-05-01", "2024-05-02");
        LoggedPredictions second = all.select(days.windows().get(1).rows());
        assertThat(second.requestIds()).containsExactly("r2");
        assertThat(second.features().column("age").getDouble(0)).isEqualTo(52.5);
        assertThat(second.actual().getString(0)).isEqualTo("1");

        LoggedPredictions later = PredictionLogReader.read(dir, "income", ServedLog.SIGNATURE, all.latestEpochMillis());
        assertThat(later.requestIds()).containsExactly("r2");
        assertThat(PredictionLogReader.read(dir, "income", ServedLog.SIGNATURE, all.latestEpochMillis() + 1).rows()).isZero();
    }

    @Test
    void regressionOutputsAndNumericLabelsAndNoFeedbackMeansNoLabels() {
        Object[][] rows = {{30.0, "Private", 40L, T0, 1.0}, {31.0, "Private", 41L, T0, 0.0}};
        try (PredictionLog log = new PredictionLog(dir)) {
            log.record(ServedLog.prediction("a", "cnt", false, T0, List.of(), rows, new double[] {120.5, 80.0}));
            log.record(ServedLog.prediction("b", "cnt", false, T0, List.of(), rows, new double[] {1.0, 2.0}));
            log.feedback("a", Json.mapper().valueToTree(new Object[] {100, null}), T0);
        }
        LoggedPredictions p = PredictionLogReader.read(dir, "cnt", ServedLog.SIGNATURE);
        assertThat(p.outputs().schema().names()).containsExactly("prediction");
        assertThat(p.outputs().column("prediction").getDouble(0)).isEqualTo(120.5);
        assertThat(p.actual().type()).isEqualTo(ColumnType.DOUBLE);
        assertThat(p.actual().getDouble(0)).isEqualTo(100.0);
        assertThat(p.actual().isNull(1)).isTrue();
        assertThat(p.actual().nullCount()).isEqualTo(3);

        Path other = dir.resolve("other");
        try (PredictionLog log = new PredictionLog(other)) {
            log.record(ServedLog.prediction("c", "cnt", false, T0, List.of(), rows, new double[] {1.0, 2.0}));
        }
        assertThat(PredictionLogReader.read(other, "cnt", ServedLog.SIGNATURE).actual()).isNull();
    }

    @Test
    void malformedLinesAreCountedAndSkippedNeverFatal() throws Exception {
        writeClassifierLog();
        Path file = files("predictions").get(0);
        String good = Files.readAllLines(file).get(0);
        String wrongType = good.replace("\"age\":37.0", "\"age\":\"old\"");
        String noFeatures = good.replace("\"features\"", "\"feats\"");
        append(file, "this is not json\n" + wrongType + "\n" + noFeatures + "\n\n" + good.substring(0, good.length() / 2));
        append(dir.resolve(files("feedback").get(0).getFileName()), "{\"request_id\":\"r9\"}\n");

        LoggedPredictions p = PredictionLogReader.read(dir, "income", ServedLog.SIGNATURE);
        assertThat(p.rows()).isEqualTo(3);
        assertThat(p.skippedLines()).isEqualTo(5);
        String name = file.getFileName().toString();
        assertThat(p.problems()).hasSize(5);
        assertThat(p.problems().get(0)).startsWith(name + ":").contains("not JSON");
        assertThat(p.problems()).anySatisfy(m -> assertThat(m).contains("'age'").contains("\"old\""));
        assertThat(p.problems()).anySatisfy(m -> assertThat(m).contains("'features' is absent"));
        assertThat(p.problems()).anySatisfy(m -> assertThat(m).startsWith("feedback-").contains("'actual' is absent"));
    }

    @Test
    void readsGzippedRolledFilesInNameOrder() throws Exception {
        writeClassifierLog();
        Path file = files("predictions").get(0);
        Path gz = dir.resolve("predictions-20240101-00-0001.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(file));
        }
        Files.delete(file);
        LoggedPredictions p = PredictionLogReader.read(dir, "income", ServedLog.SIGNATURE);
        assertThat(p.requestIds()).containsExactly("r1", "r1", "r2");

        // A gzip cut short (crash during rotation) keeps the lines before the cut and reports the rest.
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(gz, java.util.Arrays.copyOf(bytes, bytes.length - 12));
        LoggedPredictions cut = PredictionLogReader.read(dir, "income", ServedLog.SIGNATURE);
        assertThat(cut.skippedLines()).isPositive();
        assertThat(cut.problems()).anySatisfy(m -> assertThat(m).startsWith(gz.getFileName().toString()));
    }

    @Test
    void clearErrorsForAMissingOrEmptyFolderOrAnUnknownModel() throws Exception {
        assertThatThrownBy(() -> PredictionLogReader.read(dir.resolve("nope"), "income", ServedLog.SIGNATURE))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("nope").hasMessageContaining("--log-dir");
        assertThatThrownBy(() -> PredictionLogReader.read(dir, "income", ServedLog.SIGNATURE))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("no prediction log");
        writeClassifierLog();
        assertThatThrownBy(() -> PredictionLogReader.read(dir, "incme", ServedLog.SIGNATURE))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("'incme'").hasMessageContaining("churn, income");
    }

    private List<Path> files(String prefix) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix + "-")).sorted().toList();
        }
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
