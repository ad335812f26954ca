package dev.modelyard.bench;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.data.split.Fold;
import dev.modelyard.evaluate.metrics.Auc;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.features.FeatureRecipe;
import dev.modelyard.learn.tree.GbdtLearner;
import dev.modelyard.scoring.api.Model;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Transformer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where Modelyard's fit+predict time goes, fold by fold: row selection, feature steps (fit on the
 * training rows, applied to the test rows), the learner's fit, model scoring, and, for comparison,
 * XGBoost4J called directly on the very matrix the feature steps produced. Separates "the pipeline
 * gives XGBoost more columns" from "the wrapper is slow".
 */
final class OverheadBreakdown {
    private OverheadBreakdown() {}

    static void run(String name, Frame x, Target y, List<Fold> folds) throws Exception {
        double select = 0, features = 0, learner = 0, predict = 0, directEncoded = 0;
        int encodedCols = 0;
        double[] aucDirect = new double[folds.size()];
        FitContext ctx = FitContext.seeded(TrainBench.SEED).withThreads(TrainBench.THREADS);
        StringBuilder perFold = new StringBuilder();
        for (int f = 0; f < folds.size(); f++) {
            Fold fold = folds.get(f);
            long t = System.nanoTime();
            Frame train = x.select(fold.train());
            Target yTrain = y.select(fold.train());
            Frame test = x.select(fold.test());
            double sSel = lap(t);
            t = System.nanoTime();
            List<Transformer> steps = new ArrayList<>();
            for (Estimator<?> e : FeatureRecipe.forTrees()) {
                Estimator.Fitted<?> fitted = e.fitTransform(train, yTrain, ctx.withSeed(TrainBench.SEED + f));
                steps.add(fitted.transformer());
                train = fitted.output();
            }
            for (Transformer s : steps) {
                test = s.transform(test);
            }
            double sFeat = lap(t);
            t = System.nanoTime();
            Model m = new GbdtLearner(TrainBench.FIXED).fit(train, yTrain, ctx.withSeed(TrainBench.SEED + f));
            double sFit = lap(t);
            t = System.nanoTime();
            m.transform(test);
            double sPred = lap(t);
            t = System.nanoTime();
            double[] score = new DirectXgb(train).fitPredict(yTrain, all(train.rowCount()), new DirectXgb(test),
                    all(test.rowCount()), TrainBench.FIXED, TrainBench.THREADS, TrainBench.SEED + f);
            double sDirect = lap(t);
            aucDirect[f] = Auc.of(score, y.select(fold.test()).values(), 1);
            encodedCols = train.columnCount();
            select += sSel;
            features += sFeat;
            learner += sFit;
            predict += sPred;
            directEncoded += sDirect;
            perFold.append(String.format(Locale.ROOT, "%s{\"select_s\":%.3f,\"features_s\":%.3f,\"learner_fit_s\":%.3f,"
                    + "\"predict_s\":%.3f,\"direct_on_encoded_s\":%.3f}", f == 0 ? "" : ",", sSel, sFeat, sFit, sPred, sDirect));
        }
        System.out.printf(Locale.ROOT, "{\"tool\":\"modelyard-breakdown\",\"dataset\":\"%s\",\"folds\":%d,\"input_features\":%d,"
                        + "\"encoded_features\":%d,\"select_s\":%.3f,\"features_s\":%.3f,\"learner_fit_s\":%.3f,\"predict_s\":%.3f,"
                        + "\"direct_on_encoded_s\":%.3f,\"direct_on_encoded_auc\":%.5f,\"per_fold\":[%s],\"peak_rss_mib\":%.0f}%n",
                name, folds.size(), x.columnCount(), encodedCols, select, features, learner, predict, directEncoded,
                TrainBench.mean(aucDirect), perFold, BenchSupport.peakRssMiB());
    }

    private static double lap(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static int[] all(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
