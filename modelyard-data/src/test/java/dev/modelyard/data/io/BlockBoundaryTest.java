package dev.modelyard.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows are collected in fixed-size blocks: values and nulls must land in place across block edges. */
class BlockBoundaryTest {
    @TempDir
    Path dir;

    @Test
    void joinsPartialAndFullBlocks() {
        Blocks<long[]> blocks = new Blocks<>(long[]::new);
        int rows = 2 * Blocks.SIZE + 5;
        long[] block = null;
        for (int r = 0; r < rows; r++) {
            if ((r & Blocks.MASK) == 0) {
                block = blocks.next();
            }
            block[r & Blocks.MASK] = r * 3L;
        }
        long[] all = blocks.join(rows);
        assertThat(all).hasSize(rows);
        for (int r = 0; r < rows; r++) {
            assertThat(all[r]).isEqualTo(r * 3L);
        }
    }

    @Test
    void readsEveryRowOfAFileLongerThanOneBlock() throws IOException {
        int rows = Blocks.SIZE + Blocks.SIZE / 2 + 7;
        StringBuilder csv = new StringBuilder("id,x,flag,group\n");
        for (int r = 0; r < rows; r++) {
            boolean gap = r % 997 == 0 || r == Blocks.SIZE - 1 || r == Blocks.SIZE;
            csv.append(r).append(',').append(gap ? "" : Double.toString(r / 2.0)).append(',')
                    .append(gap ? "NA" : Boolean.toString(r % 2 == 0)).append(',').append(gap ? "?" : "g" + r % 3).append('\n');
        }
        Path file = dir.resolve("long.csv");
        Files.writeString(file, csv);

        Frame f = DataReader.read(file);

        assertThat(f.rowCount()).isEqualTo(rows);
        LongColumn id = f.column("id", LongColumn.class);
        BooleanColumn flag = f.column("flag", BooleanColumn.class);
        CategoricalColumn group = f.column("group", CategoricalColumn.class);
        for (int r = 0; r < rows; r++) {
            boolean gap = r % 997 == 0 || r == Blocks.SIZE - 1 || r == Blocks.SIZE;
            assertThat(id.getLong(r)).isEqualTo(r);
            assertThat(f.column("x").isNull(r)).as("x null at %d", r).isEqualTo(gap);
            assertThat(flag.isNull(r)).as("flag null at %d", r).isEqualTo(gap);
            assertThat(group.isNull(r)).as("group null at %d", r).isEqualTo(gap);
            if (!gap) {
                assertThat(f.column("x").getDouble(r)).isEqualTo(r / 2.0);
                assertThat(flag.getBoolean(r)).isEqualTo(r % 2 == 0);
                assertThat(group.getString(r)).isEqualTo("g" + r % 3);
            }
        }
    }
}
