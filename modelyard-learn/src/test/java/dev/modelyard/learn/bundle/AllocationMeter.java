package dev.modelyard.learn.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;

/**
 * Bytes allocated by the current thread, from the JVM's per-thread counter (as in the feature steps'
 * RowAllocationTest). Skips the test on a JVM without the counter.
 */
final class AllocationMeter {
    private final com.sun.management.ThreadMXBean mx;

    private AllocationMeter(com.sun.management.ThreadMXBean mx) {
        this.mx = mx;
    }

    /** A working meter, or the calling test is skipped. */
    static AllocationMeter require() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx.isThreadAllocatedMemorySupported());
        mx.setThreadAllocatedMemoryEnabled(true);
        AllocationMeter m = new AllocationMeter(mx);
        // The meter must see a small allocation, or a zero reading later proves nothing.
        long before = m.allocated();
        Object[] sink = new Object[100];
        for (int i = 0; i < sink.length; i++) {
            sink[i] = new double[4];
        }
        assertThat(m.allocated() - before).as("allocation meter works").isGreaterThanOrEqualTo(3200);
        return m;
    }

    long allocated() {
        return mx.getCurrentThreadAllocatedBytes();
    }
}
