package dev.modelyard.bench.drift;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.json.Json;
import dev.modelyard.data.sketch.ProfileBuilder;
import dev.modelyard.data.sketch.ReferenceProfile;
import dev.modelyard.monitoring.drift.DomainClassifier;
import dev.modelyard.monitoring.drift.DriftAnalyzer;
import dev.modelyard.monitoring.drift.DriftOptions;
import dev.modelyard.monitoring.drift.ScoreNames;
import dev.modelyard.monitoring.result.DomainDrift;
import dev.modelyard.monitoring.result.FeatureDrift;
import dev.modelyard.monitoring.result.WindowDrift;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Drift benchmark, Modelyard side. {@code generate DIR ROWS COLS SEED} writes the data ({@link DriftData});
 * {@code run DIR ROWS COLS} times (a) building the reference profile from the reference rows and (b)
 * {@code DriftAnalyzer.analyze} on the current rows with the domain classifier off, each the best of
 * {@code -Dreps} (default 3) after a warm-up, then (c) the domain classifier alone on its default row cap.
 * Prints one JSON object: times, the flagged features and every feature's scores.
 */
public final class DriftBench {
    private DriftBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || (args[0].equals("generate") && args.length < 5)) {
            throw new IllegalArgumentException("usage: DriftBench generate DIR ROWS COLS SEED | run DIR ROWS COLS");
        }
        Path dir = Path.of(args[1]);
        int rows = Integer.parseInt(args[2]);
        int cols = Integer.parseInt(args[3]);
        if (args[0].equals("generate")) {
            DriftData.generate(dir, rows, cols, Long.parseLong(args[4]));
            return;
        }
        run(dir, rows, cols, Integer.getInteger("reps", 3));
    }

    private static void run(Path dir, int rows, int cols, int reps) throws Exception {
        for (String f : List.of(DriftData.REFERENCE, DriftData.CURRENT)) {
            long size = Files.size(dir.resolve(f));
            if (size != (long) rows * cols * 8) {
                throw new IllegalStateException(dir.resolve(f) + " has " + size + " bytes, expected " + rows + " x " + cols + " doubles");
            }
        }
        Frame reference = frame(dir.resolve(DriftData.REFERENCE), rows, cols);
        Frame current = frame(dir.resolve(DriftData.CURRENT), rows, cols);
        DriftOptions options = DriftOptions.defaults().withDomainClassifier(false);
        ReferenceProfile[] profile = new ReferenceProfile[1];
        WindowDrift[] drift = new WindowDrift[1];
        double[] profileS = best(reps, () -> profile[0] = ProfileBuilder.reference(reference, null, null, reference, 42));
        double[] analyzeS = best(reps, () -> drift[0] = DriftAnalyzer.analyze(profile[0], current, null, options));
        DomainDrift[] domain = new DomainDrift[1];
        double[] domainS = best(reps, () -> domain[0] = DomainClassifier.run(profile[0], current, DriftOptions.defaults()));

        ObjectNode o = Json.object();
        o.put("rows", rows);
        o.put("features", cols);
        o.put("threads", options.threads());
        o.put("reps", reps);
        o.put("profile_s", round(profileS[0]));
        o.put("profile_cpu_s", round(profileS[1]));
        o.put("analyze_s", round(analyzeS[0]));
        o.put("analyze_cpu_s", round(analyzeS[1]));
        o.put("domain_s", round(domainS[0]));
        o.put("domain_rows", options.domainRows());
        o.put("domain_auc", round(domain[0].auc()));
        ArrayNode top = o.putArray("domain_top");
        domain[0].topFeatures().stream().limit(10).forEach(f -> top.add(f.feature()));
        ArrayNode shifted = o.putArray("shifted");
        DriftData.shifted(cols).forEach(shifted::add);
        ArrayNode flagged = o.putArray("flagged");
        drift[0].driftedFeatures().forEach(flagged::add);
        o.put("test", drift[0].features().get(0).test());
        ArrayNode per = o.putArray("per_feature");
        for (FeatureDrift f : drift[0].features()) {
            ObjectNode x = per.addObject();
            x.put("feature", f.feature());
            x.put("drifted", f.drifted());
            x.put("wasserstein_norm", round(f.scores().get(ScoreNames.WASSERSTEIN_NORM)));
            x.put("ks_statistic", round(f.scores().get(ScoreNames.KS_STATISTIC)));
            x.put("ks_p_value", f.scores().get(ScoreNames.KS_P_VALUE));
            x.put("psi", round(f.psi()));
        }
        System.out.println(o.toString()); // compact: one line for the script
    }

    private static Frame frame(Path file, int rows, int cols) throws Exception {
        List<Column> c = new ArrayList<>(cols);
        for (int j = 0; j < cols; j++) {
            c.add(DoubleColumn.owning(DriftData.name(j), DriftData.read(file, rows, j)));
        }
        return Frame.of(c);
    }

    /** Best wall and process-CPU seconds of {@code reps} timed runs after one warm-up run. */
    private static double[] best(int reps, Runnable r) {
        double wall = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        for (int rep = 0; rep <= reps; rep++) {
            double c0 = cpuSeconds();
            long t0 = System.nanoTime();
            r.run();
            double s = (System.nanoTime() - t0) / 1e9;
            double c = cpuSeconds() - c0;
            if (rep > 0) {
                wall = Math.min(wall, s);
                cpu = Math.min(cpu, c);
            }
        }
        return new double[] {wall, cpu};
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
