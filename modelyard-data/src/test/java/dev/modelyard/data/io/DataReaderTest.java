package dev.modelyard.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TimestampColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataReaderTest {
    @TempDir Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private Path gzip(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    private static final String SAMPLE = """
            age,workclass,score,flag,day,income
            39, State-gov,1.5,true,2024-01-02, <=50K
            50, Self-emp,NA,false,2024-01-03, >50K
            38, ?,2.25,,,  <=50K
            """;

    private static ModelyardException failure(Runnable r) {
        try {
            r.run();
        } catch (ModelyardException e) {
            return e;
        }
        throw new AssertionError("expected a ModelyardException");
    }

    @Test
    void infersTypesTrimsAndReadsMissingMarkers() throws IOException {
        Frame f = DataReader.read(write("s.csv", SAMPLE));
        assertThat(f.rowCount()).isEqualTo(3);
        assertThat(f.schema().names()).containsExactly("age", "workclass", "score", "flag", "day", "income");
        assertThat(f.column("age").type()).isEqualTo(ColumnType.LONG);
        assertThat(((LongColumn) f.column("age")).getLong(1)).isEqualTo(50);
        assertThat(f.column("workclass").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(f.column("workclass").getString(0)).isEqualTo("State-gov");
        assertThat(f.column("workclass").isNull(2)).isTrue();
        assertThat(f.column("score").type()).isEqualTo(ColumnType.DOUBLE);
        assertThat(f.column("score").isNull(1)).isTrue();
        assertThat(f.column("score").getDouble(2)).isEqualTo(2.25);
        assertThat(f.column("flag").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(((BooleanColumn) f.column("flag")).getBoolean(0)).isTrue();
        assertThat(f.column("flag").isNull(2)).isTrue();
        assertThat(f.column("day").type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(((TimestampColumn) f.column("day")).getMillis(0)).isEqualTo(Instant.parse("2024-01-02T00:00:00Z").toEpochMilli());
        CategoricalColumn income = f.column("income", CategoricalColumn.class);
        assertThat(income.levels()).containsExactly("<=50K", ">50K");
    }

    @Test
    void textIsReadByteExactAndMergedAfterTrimming() throws IOException {
        // Cells travel as UTF-8 bytes and are decoded once per distinct value: padding variants must merge in
        // first-seen order, and non-ASCII, backslash escapes and quotes must come back exactly.
        Frame f = DataReader.read(write("u.csv", "city,n\n Zürich,1\nZürich ,2\n\"a\\x41\\\\b\",3\n 東京,4\n\"say \"\"hi\"\"\",5\n ? ,6\nZürich,7\n"));
        CategoricalColumn city = f.column("city", CategoricalColumn.class);
        assertThat(city.levels()).containsExactly("Zürich", "a\\x41\\\\b", "東京", "say \"hi\"");
        assertThat(city.getString(1)).isEqualTo("Zürich");
        assertThat(city.getString(6)).isEqualTo("Zürich");
        assertThat(city.isNull(5)).isTrue();
    }

    @Test
    void manyDistinctValuesKeepTheirRows() throws IOException {
        StringBuilder csv = new StringBuilder("id,group\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("k").append(i * 7919 % 5000).append(',').append("g").append(i % 3).append('\n');
        }
        Frame f = DataReader.read(write("many.csv", csv.toString()));
        assertThat(f.column("id").type()).isEqualTo(ColumnType.TEXT);
        for (int i = 0; i < 5000; i += 97) {
            assertThat(f.column("id").getString(i)).isEqualTo("k" + (i * 7919 % 5000));
            assertThat(f.column("group").getString(i)).isEqualTo("g" + (i % 3));
        }
    }

    @Test
    void paddedNumbersBecomeNumbers() throws IOException {
        Frame f = DataReader.read(write("p.csv", "a,b\n 1 , 2.5 \n 3 , ?\n"));
        assertThat(f.column("a").type()).isEqualTo(ColumnType.LONG);
        assertThat(f.column("b").type()).isEqualTo(ColumnType.DOUBLE);
        assertThat(f.column("b").isNull(1)).isTrue();
    }

    @Test
    void gzipTsvParquetAndJsonLinesReadTheSame() throws Exception {
        Path csv = write("s.csv", SAMPLE);
        Frame expected = DataReader.read(csv);
        Path gz = gzip("s.csv.gz", SAMPLE);
        Path tsv = write("s.tsv", SAMPLE.replace(',', '\t'));
        Path parquet = dir.resolve("s.parquet");
        Path jsonl = dir.resolve("s.jsonl");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            String src = "(SELECT * FROM read_csv('" + csv + "', header=true, nullstr=['NA','?',''], types={'workclass':'VARCHAR','income':'VARCHAR'}))";
            s.execute("COPY " + src + " TO '" + parquet + "' (FORMAT parquet)");
            s.execute("COPY " + src + " TO '" + jsonl + "' (FORMAT json)");
        }
        for (Path p : new Path[] {gz, tsv, parquet, jsonl}) {
            Frame f = DataReader.read(p);
            assertThat(f.schema()).as(p.toString()).isEqualTo(expected.schema());
            assertThat(f.rowCount()).isEqualTo(3);
            for (int j = 0; j < f.columnCount(); j++) {
                for (int i = 0; i < 3; i++) {
                    assertThat(f.column(j).getString(i)).as(p + " " + f.column(j).name() + " row " + i).isEqualTo(expected.column(j).getString(i));
                }
            }
        }
    }

    @Test
    void overridesChangeTypes() throws IOException {
        Path p = write("o.csv", "id,code,when,yes\n1,007,2024-03-01 10:00:00,y\n2,010,2024-03-02T11:30:00Z,n\n");
        Frame f = DataReader.read(p, ReadOptions.defaults().withTypes(Map.of(
                "id", ColumnType.CATEGORICAL, "code", ColumnType.TEXT, "when", ColumnType.TIMESTAMP, "yes", ColumnType.BOOLEAN)));
        assertThat(f.column("id").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(f.column("code").type()).isEqualTo(ColumnType.TEXT);
        assertThat(f.column("code").getString(0)).isEqualTo("007");
        assertThat(((TimestampColumn) f.column("when")).getMillis(1)).isEqualTo(Instant.parse("2024-03-02T11:30:00Z").toEpochMilli());
        assertThat(((TimestampColumn) f.column("when")).getMillis(0)).isEqualTo(Instant.parse("2024-03-01T10:00:00Z").toEpochMilli());
        assertThat(((BooleanColumn) f.column("yes")).getBoolean(0)).isTrue();
        assertThat(((BooleanColumn) f.column("yes")).getBoolean(1)).isFalse();
        Frame d = DataReader.read(p, ReadOptions.defaults().withTypes(Map.of("id", ColumnType.DOUBLE)));
        assertThat(d.column("id").type()).isEqualTo(ColumnType.DOUBLE);
    }

    @Test
    void badOverrideValueNamesColumnValueAndLine() throws IOException {
        Path p = write("b.csv", "x,y\n1,a\n2,b\nthree,c\n");
        ModelyardException e = failure(() -> DataReader.read(p, ReadOptions.defaults().withTypes(Map.of("x", ColumnType.LONG))));
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.getMessage()).contains("'x'", "'three'", "long", "row 3", "line 4");
    }

    @Test
    void overrideOfUnknownColumnSuggestsName() throws IOException {
        Path p = write("u.csv", "income,age\n1,2\n");
        ModelyardException e = failure(() -> DataReader.read(p, ReadOptions.defaults().withTypes(Map.of("incom", ColumnType.TEXT))));
        assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(e.getMessage()).contains("'incom'", "did you mean 'income'");
    }

    @Test
    void customMissingMarkers() throws IOException {
        Path p = write("m.csv", "a,b\n1,-\n2,x\n");
        Frame f = DataReader.read(p, ReadOptions.defaults().withMissing(java.util.List.of("-")));
        assertThat(f.column("b").isNull(0)).isTrue();
        assertThat(f.column("b").getString(1)).isEqualTo("x");
    }

    @Test
    void typeGuessedFromSampleBrokenLaterStillReads() throws IOException {
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 0; i < 25_000; i++) {
            sb.append(i).append(",x\n");
        }
        sb.append("oops,y\n");
        Frame f = DataReader.read(write("late.csv", sb.toString()));
        assertThat(f.rowCount()).isEqualTo(25_001);
        assertThat(f.column("a").getString(25_000)).isEqualTo("oops");
    }

    @Test
    void textVersusCategoricalRule() throws IOException {
        StringBuilder sb = new StringBuilder("id,grp,note\n");
        for (int i = 0; i < 2000; i++) {
            sb.append("u").append(i).append(",g").append(i % 3).append(",this is a fairly long free text comment number ").append(i % 150).append('\n');
        }
        Frame f = DataReader.read(write("t.csv", sb.toString()));
        assertThat(f.column("id").type()).isEqualTo(ColumnType.TEXT);
        assertThat(f.column("grp").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(f.column("note").type()).isEqualTo(ColumnType.TEXT);
        assertThat(StringSink.isText(1001, 2000, 2000, 1000)).isTrue();
        assertThat(StringSink.isText(1001, 3000, 3000, 1000)).isFalse();
    }

    @Test
    void missingFileIsNotFound() {
        Path p = dir.resolve("nope.csv");
        ModelyardException e = failure(() -> DataReader.read(p));
        assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(e.getMessage()).contains(p.toString());
    }

    @Test
    void corruptGzipSaysSo() throws IOException {
        Path bad = write("bad.csv.gz", "this is not gzip");
        assertThat(failure(() -> DataReader.read(bad)).getMessage()).contains("gzip", "corrupt");
        byte[] whole;
        Path good = gzip("whole.csv.gz", "a,b\n" + "1,2\n".repeat(20_000));
        whole = Files.readAllBytes(good);
        Path truncated = dir.resolve("trunc.csv.gz");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        ModelyardException e = failure(() -> DataReader.read(truncated));
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.getMessage()).contains("gzip", "corrupt");
    }

    @Test
    void emptyAndHeaderOnlyFiles() throws IOException {
        ModelyardException empty = failure(() -> DataReader.read(dir.resolve("e.csv").toFile().toPath()));
        assertThat(empty.code()).isEqualTo(ErrorCode.NOT_FOUND);
        Path e = write("e.csv", "");
        assertThat(failure(() -> DataReader.read(e)).getMessage()).contains("is empty");
        Path egz = gzip("e.csv.gz", "");
        assertThat(failure(() -> DataReader.read(egz)).getMessage()).contains("is empty");
        Path h = write("h.csv", "a,b,c\n");
        ModelyardException header = failure(() -> DataReader.read(h));
        assertThat(header.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(header.getMessage()).contains("header but no data rows");
    }

    @Test
    void raggedRowsNameTheLine() throws IOException {
        Path shortRow = write("r1.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n");
        ModelyardException e = failure(() -> DataReader.read(shortRow));
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.getMessage()).contains("line 3", "expected 3", "found 2");
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 0; i < 30_000; i++) {
            sb.append(i).append(",x\n");
        }
        sb.append("1,2,3\n");
        Path late = write("r2.csv", sb.toString());
        ModelyardException e2 = failure(() -> DataReader.read(late));
        assertThat(e2.getMessage()).contains("line 30002", "expected 2", "found 3");
        assertThat(e2.getMessage()).doesNotContain("LINE 1:", "read_csv");
    }

    @Test
    void unsupportedExtension() throws IOException {
        Path p = write("data.xlsx", "x");
        ModelyardException e = failure(() -> DataReader.read(p));
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.getMessage()).contains("unsupported file type", "data.xlsx", ".csv");
    }

    @Test
    void corruptParquetAndJson() throws IOException {
        Path pq = write("x.parquet", "not parquet at all");
        assertThat(failure(() -> DataReader.read(pq)).getMessage()).contains("x.parquet").doesNotContain("LINE 1:");
        Path js = write("x.jsonl", "{\"a\": 1}\n{\"a\": \n");
        ModelyardException e = failure(() -> DataReader.read(js));
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.getMessage()).contains("x.jsonl").doesNotContain("LINE 1:");
    }

    @Test
    void schemaPrinterListsColumns() throws IOException {
        String text = SchemaPrinter.render(DataReader.read(write("s.csv", SAMPLE)));
        assertThat(text).contains("column", "type", "nulls", "workclass", "categorical", "1 (33.3%)", "3 rows, 6 columns");
    }

    @Test
    void rejectsBadOptions() {
        assertThatThrownBy(() -> ReadOptions.defaults().withMaxCategoryLevels(0)).isInstanceOf(ModelyardException.class);
    }

    @Test
    void yesNoLabelsStayTextWhileTrueFalseIsBoolean() throws IOException {
        Frame f = DataReader.read(write("yn.csv", "answer,flag,n\nyes,true,1\nno,false,2\nyes,TRUE,3\n"));
        assertThat(f.column("answer").type()).isEqualTo(dev.modelyard.core.frame.ColumnType.CATEGORICAL);
        assertThat(f.column("answer").getString(1)).isEqualTo("no");
        assertThat(f.column("flag").type()).isEqualTo(dev.modelyard.core.frame.ColumnType.BOOLEAN);
        assertThat(f.column("flag").getString(2)).isEqualTo("true");
    }
}
