package dev.modelyard.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataWriterTest {
    @TempDir Path dir;

    private static Frame frame() {
        BitSet nulls = new BitSet();
        nulls.set(1);
        return Frame.of(
                LongColumn.of("id", new long[] {1, 2}),
                DoubleColumn.of("p", new double[] {0.25, Double.NaN}),
                CategoricalColumn.fromStrings("label", new String[] {"a, \"quoted\"", "b"}),
                BooleanColumn.of("ok", new boolean[] {true, false}, nulls));
    }

    @Test
    void csvQuotesAndRoundTrips() throws Exception {
        Path p = dir.resolve("out.csv");
        DataWriter.write(frame(), p);
        assertThat(Files.readString(p)).isEqualTo("id,p,label,ok\n1,0.25,\"a, \"\"quoted\"\"\",true\n2,,b,\n");
        Frame back = DataReader.read(p);
        assertThat(back.column("label").getString(0)).isEqualTo("a, \"quoted\"");
        assertThat(back.column("p").isNull(1)).isTrue();
    }

    @Test
    void jsonLinesRoundTrip() throws Exception {
        Path p = dir.resolve("out.jsonl");
        DataWriter.write(frame(), p);
        assertThat(Files.readAllLines(p)).containsExactly(
                "{\"id\":1,\"p\":0.25,\"label\":\"a, \\\"quoted\\\"\",\"ok\":true}",
                "{\"id\":2,\"p\":null,\"label\":\"b\",\"ok\":null}");
        Frame back = DataReader.read(p);
        assertThat(back.rowCount()).isEqualTo(2);
        assertThat(back.column("id").getString(1)).isEqualTo("2");
        assertThat(back.column("ok").isNull(1)).isTrue();
    }
}
