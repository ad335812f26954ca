package dev.modelyard.bench;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.data.io.DataReader;
import dev.modelyard.data.split.Fold;
import dev.modelyard.data.split.Splits;
import dev.modelyard.evaluate.metrics.Auc;
import dev.modelyard.evaluate.train.LeaderboardEntry;
import dev.modelyard.evaluate.train.TargetExtraction;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.evaluate.train.Trainer;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.api.Learner;
import dev.modelyard.learn.features.FeatureRecipe;
import dev.modelyard.learn.pipeline.PipelineSpec;
import dev.modelyard.learn.tree.GbdtLearner;
import dev.modelyard.learn.tree.GbdtParams;
import dev.modelyard.learn.tree.LgbmLearner;
import dev.modelyard.learn.tree.LgbmParams;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Training benchmark, one variant per JVM so each peak RSS is its own. Prints one JSON object on stdout;
 * bench/run-train.sh runs every variant, the Python peers, and writes bench/results/train.json.
 * <p>Usage: {@code TrainBench VARIANT NAME FILE TARGET FOLDS OUTDIR} where VARIANT is
 * {@code folds} (write OUTDIR/folds-NAME.csv for the peers), {@code modelyard} (PipelineSpec fit/predict
 * per fold, fixed rounds), {@code xgboost4j} (the backend directly, same rounds), {@code modelyard-lgbm} and
 * {@code lightgbm4j} (the same pair for the LightGBM learner) or {@code trainer}
 * (the whole train job with gbdt defaults and early stopping) or {@code breakdown} (where Modelyard's time
 * goes, see {@link OverheadBreakdown}); FILE is relative to the datasets folder
 * and FOLDS is k for stratified k-fold, or 0 for one stratified 80/20 hold-out.
 */
public final class TrainBench {
    static final long SEED = 42;
    static final int THREADS = 2;
    /** Fixed rounds, no early stopping: identical in every tool (see bench/python/train_peers.py). */
    static final GbdtParams FIXED = new GbdtParams(300, 0.1, 8, 1.0, 1.0, 1.0, 1.0, 0.0, 0, 0.0, 256);
    /** The LightGBM pair: fixed rounds, no early stopping, no sampling, LightGBM's usual 63 leaves. */
    static final LgbmParams FIXED_LGBM = new LgbmParams(300, 0.1, 63, -1, 20, 1.0, 1.0, 1.0, 0, 0.0, 255);

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: TrainBench folds|modelyard|xgboost4j|modelyard-lgbm|lightgbm4j|trainer|breakdown NAME FILE TARGET FOLDS OUTDIR");
            System.exit(2);
        }
        String variant = args[0];
        String name = args[1];
        String target = args[3];
        int k = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);

        long t0 = System.nanoTime();
        Frame data = DataReader.read(BenchSupport.datasets().resolve(args[2]));
        double readS = (System.nanoTime() - t0) / 1e9;

        if (variant.equals("trainer")) {
            trainer(name, data, target, k, readS);
            return;
        }
        TargetExtraction.Result ex = TargetExtraction.extract(data, target, null);
        Frame x = ex.data();
        Target y = ex.target();
        List<Fold> folds = k > 0 ? Splits.stratifiedKFold(classIndex(y), k, SEED)
                : List.of(Splits.stratifiedHoldout(classIndex(y), 0.2, SEED));
        switch (variant) {
            case "folds" -> writeFolds(out.resolve("folds-" + name + ".csv"), ex.keptRows(), y, folds);
            case "modelyard" -> report("modelyard", name, x.rowCount(), x.columnCount(), folds.size(), readS,
                    runModelyard(new GbdtLearner(FIXED), x, y, folds));
            case "modelyard-lgbm" -> report("modelyard-lgbm", name, x.rowCount(), x.columnCount(), folds.size(), readS,
                    runModelyard(new LgbmLearner(FIXED_LGBM), x, y, folds));
            case "lightgbm4j" -> {
                DirectLgbm direct = new DirectLgbm(x);
                report("lightgbm4j", name, x.rowCount(), direct.featureCount(), folds.size(), readS, runDirect(direct, y, folds));
            }
            case "xgboost4j" -> {
                DirectXgb direct = new DirectXgb(x);
                report("xgboost4j", name, x.rowCount(), direct.featureCount(), folds.size(), readS, runDirect(direct, y, folds));
            }
            case "breakdown" -> OverheadBreakdown.run(name, x, y, folds);
            default -> throw new IllegalArgumentException("unknown variant " + variant);
        }
    }

    /** Per fold: seconds for fit+predict and the test AUC. */
    record Runs(double[] seconds, double[] auc) {}

    static Runs runModelyard(Learner learner, Frame x, Target y, List<Fold> folds) {
        PipelineSpec spec = new PipelineSpec(FeatureRecipe.forTrees(), learner);
        FitContext ctx = FitContext.seeded(SEED).withThreads(THREADS);
        double[] secs = new double[folds.size()];
        double[] auc = new double[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
            Fold fold = folds.get(f);
            long s = System.nanoTime();
            // As Trainer does it: row selection, feature steps, learner, then batch predict.
            FittedPipeline p = spec.fit(x.select(fold.train()), y.select(fold.train()), ctx.withSeed(SEED + f));
            Frame pred = p.predict(x.select(fold.test()), THREADS);
            secs[f] = (System.nanoTime() - s) / 1e9;
            double[] score = new double[fold.test().length];
            ((dev.modelyard.core.frame.DoubleColumn) pred.column(1)).copyTo(0, score, 0, score.length);
            auc[f] = Auc.of(score, y.select(fold.test()).values(), 1);
        }
        return new Runs(secs, auc);
    }

    static Runs runDirect(DirectXgb direct, Target y, List<Fold> folds) throws Exception {
        double[] secs = new double[folds.size()];
        double[] auc = new double[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
            Fold fold = folds.get(f);
            long s = System.nanoTime();
            double[] score = direct.fitPredict(y, fold.train(), fold.test(), FIXED, THREADS, SEED + f);
            secs[f] = (System.nanoTime() - s) / 1e9;
            auc[f] = Auc.of(score, y.select(fold.test()).values(), 1);
        }
        return new Runs(secs, auc);
    }

    static Runs runDirect(DirectLgbm direct, Target y, List<Fold> folds) throws Exception {
        double[] secs = new double[folds.size()];
        double[] auc = new double[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
            Fold fold = folds.get(f);
            long s = System.nanoTime();
            double[] score = direct.fitPredict(y, fold.train(), fold.test(), FIXED_LGBM, THREADS, SEED + f);
            secs[f] = (System.nanoTime() - s) / 1e9;
            auc[f] = Auc.of(score, y.select(fold.test()).values(), 1);
        }
        return new Runs(secs, auc);
    }

    static void trainer(String name, Frame data, String target, int k, double readS) {
        TrainRequest req = TrainRequest.of(target).withLearners(List.of("gbdt")).withSeed(SEED);
        req = k > 0 ? req.withFolds(k) : req.withHoldout(0.2);
        TrainResult r = Trainer.train(data, req, Progress.NONE, new Cancellation());
        LeaderboardEntry e = r.leaderboard().get(0);
        double[] auc = e.metrics().get("auc").values();
        System.out.printf(Locale.ROOT, "{\"tool\":\"modelyard-train-job\",\"dataset\":\"%s\",\"rows\":%d,\"folds\":%d,"
                        + "\"params\":\"gbdt defaults, early stopping\",\"read_s\":%.3f,\"total_s\":%.3f,"
                        + "\"fit_s_per_fold\":%.3f,\"auc_mean\":%.5f,\"auc_per_fold\":%s,\"split\":\"%s\","
                        + "\"peak_rss_mib\":%.0f,\"version\":\"%s\"}%n",
                name, r.rows(), auc.length, readS, r.seconds(), e.fitSecondsPerFold(), mean(auc), json(auc), r.split(),
                BenchSupport.peakRssMiB(), version(Trainer.class));
    }

    static void report(String tool, String name, int rows, int features, int folds, double readS, Runs runs) {
        double total = Arrays.stream(runs.seconds()).sum();
        System.out.printf(Locale.ROOT, "{\"tool\":\"%s\",\"dataset\":\"%s\",\"rows\":%d,\"input_features\":%d,\"folds\":%d,"
                        + "\"read_s\":%.3f,\"fit_predict_s\":%.3f,\"s_per_fold\":%s,\"auc_mean\":%.5f,\"auc_per_fold\":%s,"
                        + "\"peak_rss_mib\":%.0f,\"threads\":%d,\"version\":\"%s\"}%n",
                tool, name, rows, features, folds, readS, total, json(runs.seconds()), mean(runs.auc()), json(runs.auc()),
                BenchSupport.peakRssMiB(), THREADS,
                tool.equals("xgboost4j") ? "xgboost4j " + version(ml.dmlc.xgboost4j.java.XGBoost.class)
                        : tool.equals("lightgbm4j") ? "lightgbm4j " + version(io.github.metarank.lightgbm4j.LGBMBooster.class)
                        : tool.equals("modelyard-lgbm") ? "modelyard " + version(Trainer.class) + " (lightgbm4j " + version(io.github.metarank.lightgbm4j.LGBMBooster.class) + ")"
                        : "modelyard " + version(Trainer.class) + " (xgboost4j " + version(ml.dmlc.xgboost4j.java.XGBoost.class) + ")");
    }

    /** One line per kept row: its row index in the file, the fold whose test set holds it (-1: train only), its class index. */
    static void writeFolds(Path file, int[] keptRows, Target y, List<Fold> folds) throws Exception {
        int[] foldOf = new int[y.size()];
        Arrays.fill(foldOf, -1);
        for (int f = 0; f < folds.size(); f++) {
            for (int r : folds.get(f).test()) {
                foldOf[r] = f;
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("row,fold,label\n");
            for (int i = 0; i < foldOf.length; i++) {
                w.write(keptRows[i] + "," + foldOf[i] + "," + (int) y.values()[i] + "\n");
            }
        }
        System.err.println("wrote " + file + " (" + folds.size() + " fold(s), positive class '" + y.classes().get(1) + "')");
    }

    static int[] classIndex(Target y) {
        int[] c = new int[y.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = y.classOf(i);
        }
        return c;
    }

    static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    static String json(double[] v) {
        return Arrays.stream(v).mapToObj(d -> String.format(Locale.ROOT, "%.5f", d)).collect(Collectors.joining(",", "[", "]"));
    }

    /** The jar version a class came from (from its file name), or "dev" when it is not in a jar. */
    static String version(Class<?> c) {
        String v = c.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        String loc = String.valueOf(c.getProtectionDomain().getCodeSource().getLocation());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-(\\d[^/]*?)\\.jar$").matcher(loc);
        return m.find() ? m.group(1) : "dev";
    }
}
