package dev.modelyard.learn.tree;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.step.FeatureMatrix;
import dev.modelyard.scoring.api.Target;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Runs XGBoost4J round by round: polls cancellation and reports progress between rounds, scores the
 * validation rows after each round and stops early when they stop improving. Native handles are
 * always freed. Only the model's bytes leave this class; nothing native outlives a fit.
 */
final class XgbTraining {
    private XgbTraining() {}

    /**
     * What a fit produced: the model of every round trained in XGBoost's UBJSON format (written about five times
     * faster than its JSON, which only a saved model needs), the validation curve and the best round.
     */
    record Result(byte[] model, double[] curve, int bestIteration, String metric) {}

    /** Below this many matrix cells per thread, extra OpenMP threads cost more than they bring. */
    static final long CELLS_PER_THREAD = 50_000;

    /** The objective, metric, threads and seed every learner here shares, for a matrix like {@code x}. */
    static Map<String, Object> baseParams(Target target, FeatureMatrix x, FitContext ctx) {
        Map<String, Object> p = new LinkedHashMap<>();
        switch (target.task()) {
            case BINARY -> {
                p.put("objective", "binary:logistic");
                p.put("eval_metric", "logloss");
            }
            case MULTICLASS -> {
                p.put("objective", "multi:softprob");
                p.put("num_class", target.classCount());
                p.put("eval_metric", "mlogloss");
            }
            case REGRESSION -> {
                p.put("objective", "reg:squarederror");
                p.put("eval_metric", "rmse");
            }
        }
        p.put("tree_method", "hist");
        p.put("nthread", threadsFor((long) x.rows() * x.cols(), ctx.threads()));
        // XGBoost reads the seed as a signed 32-bit value on some paths; fold the long into one.
        p.put("seed", (int) ((ctx.seed() ^ (ctx.seed() >>> 32)) & 0x7fffffff));
        p.put("verbosity", 0);
        return p;
    }

    /**
     * At most {@code budget} threads, fewer for small data. XGBoost's OpenMP workers spin while they
     * wait, which on a busy machine made a 400-row fit 40x slower with 2 threads than with 1.
     */
    static int threadsFor(long cells, int budget) {
        return (int) Math.max(1, Math.min(budget, cells / CELLS_PER_THREAD));
    }

    /**
     * Trains up to {@code maxRounds} rounds on {@code trainRows}; when {@code validationRows} is non-empty,
     * stops after {@code patience} rounds without improvement (0 = never) and reports the best round.
     */
    static Result train(String name, FeatureMatrix x, Target y, int[] trainRows, int[] validationRows,
                        Map<String, Object> params, int maxRounds, int patience, FitContext ctx) {
        ctx.cancellation().check();
        DMatrix train = null;
        DMatrix val = null;
        Booster booster = null;
        try {
            train = matrix(x, y, trainRows);
            boolean validating = validationRows.length > 0;
            val = validating ? matrix(x, y, validationRows) : null;
            booster = XGBoost.train(train, new HashMap<>(params), 0, new HashMap<>(), null, null);
            String metric = String.valueOf(params.get("eval_metric"));
            double[] curve = new double[validating ? maxRounds : 0];
            int best = maxRounds - 1;
            double bestScore = Double.POSITIVE_INFINITY;
            int rounds = 0;
            for (int it = 0; it < maxRounds; it++) {
                ctx.cancellation().check();
                booster.update(train, it);
                rounds = it + 1;
                ctx.progress().update(name + " round", rounds, maxRounds);
                if (validating) {
                    double score = parseScore(booster.evalSet(new DMatrix[] {val}, new String[] {"val"}, it));
                    curve[it] = score;
                    if (score < bestScore) {
                        bestScore = score;
                        best = it;
                    } else if (patience > 0 && it - best >= patience) {
                        break;
                    }
                }
            }
            if (!validating) {
                best = rounds - 1;
            } else if (bestScore == Double.POSITIVE_INFINITY) {
                best = rounds - 1; // every score was NaN: keep everything rather than nothing
            }
            return new Result(booster.toByteArray("ubj"), Arrays.copyOf(curve, validating ? rounds : 0), best, metric);
        } catch (XGBoostError e) {
            throw new ModelyardException(ErrorCode.INVALID_INPUT, name + ": XGBoost failed: " + firstLine(e.getMessage()), e);
        } finally {
            if (booster != null) {
                booster.dispose();
            }
            if (val != null) {
                val.dispose();
            }
            if (train != null) {
                train.dispose();
            }
        }
    }

    private static DMatrix matrix(FeatureMatrix x, Target y, int[] rows) throws XGBoostError {
        DMatrix d = new DMatrix(x.toFloats(rows), rows.length, x.cols(), Float.NaN);
        float[] label = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            label[i] = (float) y.values()[rows[i]];
        }
        d.setLabel(label);
        return d;
    }

    /** Reads the score from XGBoost's "[12]\tval-logloss:0.3321" line. */
    static double parseScore(String line) {
        int colon = line.lastIndexOf(':');
        try {
            return Double.parseDouble(line.substring(colon + 1).trim());
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new ModelyardException(ErrorCode.INTERNAL, "unexpected XGBoost evaluation line: " + line);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
