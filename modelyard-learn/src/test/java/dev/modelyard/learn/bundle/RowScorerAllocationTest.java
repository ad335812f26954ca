package dev.modelyard.learn.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import dev.modelyard.scoring.pipeline.RowScorer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compiled scorer of a re-read bundle allocates nothing per row once warmed up (whole pipeline, trees and linear). */
class RowScorerAllocationTest {
    @TempDir Path dir;

    @Test
    void gbdtPipelineScoresRowsWithoutAllocating() {
        Frame data = Pipelines.data();
        assertNoAllocationPerRow(reread(Pipelines.gbdt(data), data), data);
    }

    @Test
    void linearPipelineScoresRowsWithoutAllocating() {
        Frame data = Pipelines.data();
        assertNoAllocationPerRow(reread(Pipelines.linear(data), data), data);
    }

    private FittedPipeline reread(FittedPipeline p, Frame data) {
        Path file = dir.resolve("m.zip");
        ModelBundle.write(file, p, Pipelines.provenance(data), null);
        return ModelBundle.read(file).pipeline();
    }

    private static void assertNoAllocationPerRow(FittedPipeline pipeline, Frame data) {
        AllocationMeter meter = AllocationMeter.require();
        RowScorer scorer = pipeline.compile();
        assertThat(scorer.input().schema()).isEqualTo(data.schema());
        // Rows are copied into buffers first: filling the input is the caller's work, scoring is what is measured.
        RowBuffer[] rows = new RowBuffer[data.rowCount()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new RowBuffer(data.schema());
            data.rowInto(i, rows[i]);
        }
        double sum = 0;
        for (int rep = 0; rep < 5; rep++) {
            sum += scoreAll(scorer, rows);
        }
        long before = meter.allocated();
        for (int rep = 0; rep < 20; rep++) {
            sum += scoreAll(scorer, rows);
        }
        long allocated = meter.allocated() - before;
        assertThat(sum).isFinite();
        assertThat(allocated).as("bytes allocated scoring %d rows", 20 * rows.length).isLessThan(2048);
    }

    private static double scoreAll(RowScorer scorer, RowBuffer[] rows) {
        double s = 0;
        RowBuffer in = scorer.input();
        for (RowBuffer r : rows) {
            System.arraycopy(r.num, 0, in.num, 0, r.num.length);
            System.arraycopy(r.str, 0, in.str, 0, r.str.length);
            s += scorer.score()[0];
        }
        return s;
    }
}
