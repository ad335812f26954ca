package dev.modelyard.learn.linear;

import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.linear.LinearModel;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Prints fit times on 30,000 x 100 data: a smoke measurement, never an assertion (benchmarks live in bench). */
class LinearTimingTest {
    @Test
    void printsFitTimes() {
        int n = 30_000;
        int p = 100;
        Random r = new Random(3);
        double[][] x = new double[p][n];
        DoubleColumn[] cols = new DoubleColumn[p];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                x[j][i] = r.nextGaussian();
            }
            cols[j] = DoubleColumn.of("x" + j, x[j]);
        }
        double[] reg = new double[n];
        double[] bin = new double[n];
        double[] multi = new double[n];
        for (int i = 0; i < n; i++) {
            double z = 0;
            for (int j = 0; j < 20; j++) {
                z += (j % 2 == 0 ? 1 : -1) * 0.3 * x[j][i];
            }
            reg[i] = z + r.nextGaussian();
            bin[i] = z + r.nextGaussian() > 0 ? 1 : 0;
            double m = z + r.nextGaussian() * 0.5;
            multi[i] = m < -0.5 ? 0 : m < 0.5 ? 1 : 2;
        }
        Frame f = Frame.of(cols);
        time(f, new Target("y", Task.REGRESSION, reg, List.of()));
        time(f, new Target("y", Task.BINARY, bin, List.of("0", "1")));
        time(f, new Target("y", Task.MULTICLASS, multi, List.of("a", "b", "c")));
    }

    private static void time(Frame f, Target t) {
        // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        LinearModel m = (LinearModel) new LinearLearner().fit(f, t, FitContext.seeded(1));
        long ms = (System.nanoTime() - start) / 1_000_000;
        long cpuMs = (mx.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        System.out.printf("linear %s 30000x100: %d ms wall, %d ms cpu, %d passes, converged=%s%n", t.task().label(), ms, cpuMs, m.iterations(), m.converged());
    }
}
