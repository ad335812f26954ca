package dev.modelyard.learn.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.api.RowTransform;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Transformer;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The row path of every step allocates nothing per row (measured with the JVM's per-thread allocation counter). */
class RowAllocationTest {
    @Test
    void rowPathsDoNotAllocate() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx.isThreadAllocatedMemorySupported());
        mx.setThreadAllocatedMemoryEnabled(true);
        // The meter itself must see a row-sized allocation, or a zero below proves nothing.
        long start = mx.getCurrentThreadAllocatedBytes();
        Object[] sink = new Object[100];
        for (int i = 0; i < sink.length; i++) {
            sink[i] = new double[4];
        }
        assertThat(mx.getCurrentThreadAllocatedBytes() - start).as("allocation meter works").isGreaterThanOrEqualTo(3200);

        assertRowPathsDoNotAllocate(mx, FeatureRecipe.forLinear());
        assertRowPathsDoNotAllocate(mx, FeatureRecipe.forTrees());
    }

    private static void assertRowPathsDoNotAllocate(com.sun.management.ThreadMXBean mx, List<Estimator<?>> recipe) {
        Frame train = TestData.mixed(300, 1);
        Target y = TestData.binary(train, 2);
        List<Transformer> steps = new ArrayList<>();
        Frame cur = train;
        for (Estimator<?> e : recipe) {
            Estimator.Fitted<?> f = e.fitTransform(cur, y, FitContext.seeded(1));
            steps.add(f.transformer());
            cur = f.output();
        }
        // Every step, compiled against its own input, with pre-filled input buffers.
        Frame in = train;
        for (Transformer t : steps) {
            RowTransform rt = t.compile(in.schema());
            RowBuffer[] rows = new RowBuffer[in.rowCount()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new RowBuffer(in.schema());
                in.rowInto(i, rows[i]);
            }
            RowBuffer out = new RowBuffer(t.outputSchema(in.schema()));
            for (RowBuffer r : rows) {
                rt.apply(r, out); // warm up
            }
            long before = mx.getCurrentThreadAllocatedBytes();
            for (int rep = 0; rep < 20; rep++) {
                for (RowBuffer r : rows) {
                    rt.apply(r, out);
                }
            }
            long allocated = mx.getCurrentThreadAllocatedBytes() - before;
            assertThat(allocated).as("bytes allocated by %s over %d rows", t.kind(), 20 * rows.length).isLessThan(2048);
            in = t.transform(in);
        }
    }
}
