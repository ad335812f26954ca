package dev.modelyard.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV reader's own cases: dialect, number forms, type changes mid-file, and rows cut at every buffer edge. */
class CsvReaderTest {
    @TempDir Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static Frame read(Path p, int buffer) {
        return CsvReader.read(p, FileFormat.of(p), ReadOptions.defaults(), buffer);
    }

    private static String message(Path p) {
        try {
            DataReader.read(p);
        } catch (ModelyardException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a ModelyardException for " + p);
    }

    @Test
    void quotedFieldsKeepDelimitersLineBreaksAndQuotesAtAnyBufferSize() throws IOException {
        Path p = write("q.csv", "\uFEFFname,note,n\r\n\"a,b\",\"line1\nline2\",1\r\n\r\n\"say \"\"hi\"\"\",  plain  ,2\r\n\"\",\"\"\"\",3");
        for (int buffer : new int[] {16, 17, 23, 64, 1 << 20}) {
            Frame f = read(p, buffer);
            assertThat(f.schema().names()).as("buffer %d", buffer).containsExactly("name", "note", "n");
            assertThat(f.rowCount()).isEqualTo(3);
            assertThat(f.column("name").getString(0)).isEqualTo("a,b");
            assertThat(f.column("note").getString(0)).isEqualTo("line1\nline2");
            assertThat(f.column("name").getString(1)).isEqualTo("say \"hi\"");
            assertThat(f.column("note").getString(1)).isEqualTo("plain");
            assertThat(f.column("name").isNull(2)).as("an empty quoted value is missing, as an empty one is").isTrue();
            assertThat(f.column("note").getString(2)).isEqualTo("\"");
            assertThat(((LongColumn) f.column("n")).getLong(2)).isEqualTo(3);
        }
    }

    @Test
    void numberFormsFollowTheTextRules() throws IOException {
        Path p = write("n.csv", """
                i,big,d,sci,lead,neg
                1,2147483648,1.5,1e3,007,-5
                -2,9223372036854775807,.5,2.5E-3,010,+6
                3,-9223372036854775808,7.,-1e-310,000000000000000000001,-0
                """);
        Frame f = read(p, 1 << 20);
        assertThat(f.column("i").type()).isEqualTo(ColumnType.LONG);
        assertThat(f.column("big").type()).isEqualTo(ColumnType.LONG);
        assertThat(((LongColumn) f.column("big")).getLong(1)).isEqualTo(Long.MAX_VALUE);
        assertThat(((LongColumn) f.column("big")).getLong(2)).isEqualTo(Long.MIN_VALUE);
        assertThat(((LongColumn) f.column("big")).getLong(0)).isEqualTo(2147483648L);
        assertThat(f.column("d").type()).isEqualTo(ColumnType.DOUBLE);
        assertThat(f.column("d").getDouble(1)).isEqualTo(0.5);
        assertThat(f.column("d").getDouble(2)).isEqualTo(7.0);
        assertThat(f.column("sci").type()).isEqualTo(ColumnType.DOUBLE);
        assertThat(f.column("sci").getDouble(0)).isEqualTo(1000.0);
        assertThat(f.column("sci").getDouble(1)).isEqualTo(0.0025);
        assertThat(f.column("sci").getDouble(2)).isEqualTo(-1e-310);
        assertThat(f.column("lead").type()).isEqualTo(ColumnType.LONG);
        assertThat(((LongColumn) f.column("lead")).getLong(0)).isEqualTo(7);
        assertThat(((LongColumn) f.column("lead")).getLong(2)).isEqualTo(1);
        assertThat(((LongColumn) f.column("neg")).getLong(1)).isEqualTo(6);
    }

    @Test
    void doublesAreCorrectlyRounded() throws IOException {
        Random r = new Random(7);
        StringBuilder csv = new StringBuilder("x\n");
        String[] values = new String[4000];
        for (int i = 0; i < values.length; i++) {
            double v = switch (i % 4) {
                case 0 -> r.nextDouble();
                case 1 -> r.nextGaussian() * 1e6;
                case 2 -> Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL);
                default -> Math.round(r.nextDouble() * 1e4) / 100.0;
            };
            values[i] = i % 5 == 0 ? String.format(Locale.ROOT, "%.17g", v) : Double.toString(v);
            csv.append(values[i]).append('\n');
        }
        Frame f = read(write("d.csv", csv.toString()), 1 << 20);
        DoubleColumn x = f.column("x", DoubleColumn.class);
        for (int i = 0; i < values.length; i++) {
            assertThat(x.getDouble(i)).as(values[i]).isEqualTo(Double.parseDouble(values[i]));
        }
    }

    @Test
    void aColumnThatTurnsToTextLateIsReadAgainAsText() throws IOException {
        StringBuilder csv = new StringBuilder("code,gap,n\n");
        for (int i = 0; i < 70_000; i++) {
            csv.append(String.format(Locale.ROOT, "%05d", i % 1000)).append(',').append(i < 50_000 ? "" : "x").append(',').append(i).append('\n');
        }
        csv.append("A-1,y,70000\n");
        Frame f = read(write("late.csv", csv.toString()), 1 << 12);
        assertThat(f.column("code").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(f.column("code").getString(5)).as("the text as written, leading zeros kept").isEqualTo("00005");
        assertThat(f.column("code").getString(70_000)).isEqualTo("A-1");
        assertThat(f.column("gap").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(f.column("gap").isNull(49_999)).isTrue();
        assertThat(f.column("gap").getString(50_000)).isEqualTo("x");
        assertThat(f.column("n", LongColumn.class).getLong(69_999)).isEqualTo(69_999);
    }

    @Test
    void integersWidenToLongsAndDoublesMidFile() throws IOException {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 40_000; i++) {
            csv.append(i).append(',').append(i).append('\n');
        }
        csv.append("5000000000,0.25\n");
        Frame f = read(write("w.csv", csv.toString()), 1 << 12);
        assertThat(f.column("a", LongColumn.class).getLong(40_000)).isEqualTo(5_000_000_000L);
        assertThat(f.column("a", LongColumn.class).getLong(39_999)).isEqualTo(39_999);
        assertThat(f.column("b").type()).isEqualTo(ColumnType.DOUBLE);
        assertThat(f.column("b").getDouble(39_999)).isEqualTo(39_999.0);
        assertThat(f.column("b").getDouble(40_000)).isEqualTo(0.25);
    }

    @Test
    void nullsBeforeTheFirstValueAndAfterTheLastKeepTheirRows() throws IOException {
        // Numbers are stored from a column's first value on: rows before it and after the last block are nulls.
        StringBuilder csv = new StringBuilder("late,early,n\n");
        int rows = 90_000;
        for (int i = 0; i < rows; i++) {
            csv.append(i >= 70_000 ? Integer.toString(i) : "").append(',').append(i < 100 ? Long.toString(10_000_000_000L + i) : "")
                    .append(',').append(i).append('\n');
        }
        Frame f = read(write("nulls.csv", csv.toString()), 1 << 10);
        LongColumn late = f.column("late", LongColumn.class);
        LongColumn early = f.column("early", LongColumn.class);
        assertThat(late.isNull(69_999)).isTrue();
        assertThat(late.getLong(70_000)).isEqualTo(70_000);
        assertThat(late.getLong(rows - 1)).isEqualTo(rows - 1);
        assertThat(early.getLong(99)).isEqualTo(10_000_000_099L);
        assertThat(early.isNull(100)).isTrue();
        assertThat(early.isNull(rows - 1)).isTrue();
        assertThat(early.nullCount()).isEqualTo(rows - 100);
        assertThat(f.column("n", LongColumn.class).getLong(rows - 1)).isEqualTo(rows - 1);
    }

    @Test
    void numericMissingMarkersAndEmptyColumns() throws IOException {
        Path p = write("m.csv", "a,b,c\n-999,1,\n5,-999,\n");
        Frame f = CsvReader.read(p, FileFormat.CSV, ReadOptions.defaults().withMissing(List.of("-999", "")), 64);
        assertThat(f.column("a").isNull(0)).isTrue();
        assertThat(f.column("a", LongColumn.class).getLong(1)).isEqualTo(5);
        assertThat(f.column("b").isNull(1)).isTrue();
        assertThat(f.column("c").type()).as("no value at all: an empty categorical").isEqualTo(ColumnType.CATEGORICAL);
        assertThat(f.column("c", CategoricalColumn.class).levels()).isEmpty();
    }

    @Test
    void headerNamesAreMadeUniqueAndTabsDelimitTsv() throws IOException {
        Path p = write("h.tsv", "a\ta\t\tb c\n1\t2\t3\t x y \n");
        Frame f = DataReader.read(p);
        assertThat(f.schema().names()).containsExactly("a", "a_2", "column_3", "b c");
        assertThat(f.column("b c").getString(0)).isEqualTo("x y");
    }

    @Test
    void malformedTextNamesTheLine() throws IOException {
        assertThat(message(write("open.csv", "a,b\n1,\"never closed\n2,3\n"))).contains("line 2", "quoted field", "end of the file");
        assertThat(message(write("after.csv", "a,b\n1,2\n3,\"x\"y\n"))).contains("line 3", "field 2", "after a closing quote");
        assertThat(message(write("ragged.csv", "a,b\n\"multi\nline\",1\n1,2,3\n"))).contains("line 4", "expected 2", "found 3");
        assertThat(message(write("blank.csv", "\n\n"))).contains("no header line");
        assertThat(message(write("binary.csv", "a,b,c\n\u0001\u0007x\n"))).as("control characters are not echoed")
                .contains("line 2", "found 1", "??x").doesNotContain("\u0007");
        Path lateBad = write("late-bad.csv", "x,y\n1,a\n\n2,b\nthree,c\n");
        try {
            DataReader.read(lateBad, ReadOptions.defaults().withTypes(java.util.Map.of("x", ColumnType.LONG)));
            throw new AssertionError("expected a bad override value");
        } catch (ModelyardException e) {
            assertThat(e.getMessage()).as("a blank line breaks the row-to-line mapping: no wrong line number")
                    .doesNotContain("line").contains("'three'", "row 3");
        }
    }

    @Test
    void anInterruptedReadIsCancelledAndStopsItsThreads() throws Exception {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 400_000; i++) {
            csv.append(i).append(",x").append(i % 7).append('\n');
        }
        Path gz = dir.resolve("big.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        Thread.currentThread().interrupt();
        try {
            DataReader.read(gz);
            throw new AssertionError("expected a cancelled read");
        } catch (ModelyardException e) {
            assertThat(e.code()).isEqualTo(dev.modelyard.core.error.ErrorCode.CANCELLED);
            assertThat(e.getMessage()).contains("big.csv.gz", "interrupted");
        } finally {
            Thread.interrupted();
        }
        Thread.sleep(200);
        assertThat(Thread.getAllStackTraces().keySet()).as("no reader thread left running")
                .noneMatch(t -> t.getName().startsWith("modelyard-csv") || t.getName().startsWith("modelyard-inflate"));
        assertThat(DataReader.read(gz).rowCount()).as("the next read is unaffected").isEqualTo(400_000);
    }

    @Test
    void randomFilesMatchDuckDbTokenization() throws Exception {
        Random r = new Random(11);
        String[] words = {"alpha", "beta gamma", "Zürich", "東京", "a,b", "say \"x\"", "two\nlines", " padded ", "NA", "?", "", "true", "-"};
        for (int trial = 0; trial < 12; trial++) {
            int rows = 200 + r.nextInt(3000);
            StringBuilder csv = new StringBuilder("int,dbl,word,mixed,flag,day,b0,b1,b2,b3,b4,b5,b6,b7,b8\n");
            for (int i = 0; i < rows; i++) {
                csv.append(r.nextInt(20) == 0 ? "" : Integer.toString(r.nextInt(2000) - 1000)).append(',');
                csv.append(r.nextInt(20) == 0 ? "NA" : Double.toString(r.nextGaussian() * Math.pow(10, r.nextInt(12) - 6))).append(',');
                csv.append(quoted(words[r.nextInt(words.length)])).append(',');
                csv.append(i == rows - 1 - trial ? "oops" : Integer.toString(r.nextInt(50))).append(',');
                csv.append(r.nextBoolean() ? "true" : "False").append(',');
                csv.append(String.format(Locale.ROOT, "2024-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)));
                for (int k = 0; k < 9; k++) {
                    // Runs of single digits (one-hot columns), broken now and then by other values.
                    int pick = r.nextInt(40);
                    csv.append(',').append(pick < 36 ? String.valueOf(pick % 2) : pick == 36 ? "" : pick == 37 ? "12" : pick == 38 ? "x" : "7");
                }
                csv.append('\n');
            }
            Path p = dir.resolve("r" + trial + ".csv");
            Files.writeString(p, csv);
            Frame reference = DuckTokenized.read(p, ',', dir);
            DuckTokenized.assertSame(read(p, 16 + r.nextInt(400)), reference, "trial " + trial);
            Path gz = dir.resolve("r" + trial + ".csv.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
                out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
            }
            DuckTokenized.assertSame(DataReader.read(gz), reference, "trial " + trial + " gzip");
        }
    }

    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.startsWith(" ") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
