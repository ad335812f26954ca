package dev.modelyard.learn.linear;

import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.api.Target;
import dev.modelyard.learn.api.Task;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScratchExperimentTest {
    static void log(String s) {
        try { java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/linear_scratch.txt"), s, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND); } catch (Exception e) { throw new RuntimeException(e); }
    }
    @Test
    void run() {
        for (double rho : new double[] {0.0, 0.9, 0.99}) {
            for (boolean sep : new boolean[] {false, true}) {
                int n = 30_000, p = 100;
                Random r = new Random(3);
                double[][] x = new double[p][n];
                double[] common = new double[n];
                for (int i = 0; i < n; i++) common[i] = r.nextGaussian();
                DoubleColumn[] cols = new DoubleColumn[p];
                for (int j = 0; j < p; j++) {
                    for (int i = 0; i < n; i++) x[j][i] = Math.sqrt(rho) * common[i] + Math.sqrt(1 - rho) * r.nextGaussian() + j;
                    cols[j] = DoubleColumn.of("x" + j, x[j]);
                }
                double[] reg = new double[n], bin = new double[n], multi = new double[n];
                for (int i = 0; i < n; i++) {
                    double z = 0;
                    for (int j = 0; j < 20; j++) z += (j % 2 == 0 ? 1 : -1) * 0.3 * (x[j][i] - j);
                    double noise = sep ? 0 : 1;
                    reg[i] = z + r.nextGaussian() * noise;
                    bin[i] = z + r.nextGaussian() * noise > 0 ? 1 : 0;
                    double m = z + r.nextGaussian() * 0.5 * noise;
                    multi[i] = m < -0.5 ? 0 : m < 0.5 ? 1 : 2;
                }
                Frame f = Frame.of(cols);
                for (Target t : List.of(new Target("y", Task.REGRESSION, reg, List.of()), new Target("y", Task.BINARY, bin, List.of("0", "1")),
                        new Target("y", Task.MULTICLASS, multi, List.of("a", "b", "c")))) {
                    long s = System.nanoTime();
                    LinearModel m = (LinearModel) new LinearLearner().fit(f, t, FitContext.seeded(1));
                    long ms = (System.nanoTime() - s) / 1_000_000;
                    LinearModel ref = (LinearModel) new LinearLearner(LinearParams.defaults().withTolerance(1e-12).withMaxIterations(5000)).fit(f, t, FitContext.seeded(1));
                    double err = 0, mag = 0;
                    double[][] a = m.coefficients(), b = ref.coefficients();
                    for (int k = 0; k < a.length; k++) for (int j = 0; j < p; j++) { err = Math.max(err, Math.abs(a[k][j] - b[k][j])); mag = Math.max(mag, Math.abs(b[k][j])); }
                    log(String.format("rho=%.2f sep=%s %s: %d ms, %d passes conv=%s | ref %d passes conv=%s | maxerr %.2e maxcoef %.2e%n", rho, sep, t.task().label(), ms, m.iterations(), m.converged(), ref.iterations(), ref.converged(), err, mag));
                }
            }
        }
    }
}
