package dev.modelyard.learn.tree;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.step.FeatureMatrix;
import dev.modelyard.scoring.api.Target;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.util.Arrays;

/**
 * Runs LightGBM round by round through lightgbm4j, as {@link XgbTraining} runs XGBoost: cancellation and
 * progress between rounds, the validation score after each, early stopping, native handles always freed.
 * Only the model's text (cut at the best round) leaves this class.
 */
final class LgbmTraining {
    private LgbmTraining() {}

    /** What a fit produced: LightGBM's text model up to the best round, the validation curve and the best round. */
    record Result(String modelText, double[] curve, int bestIteration, String metric) {}

    /** LightGBM's parameter string for these hyperparameters, task and thread budget; {@code deterministic} keeps seeds reproducible. */
    static String params(LgbmParams p, Target target, FeatureMatrix x, FitContext ctx) {
        StringBuilder s = new StringBuilder();
        switch (target.task()) {
            case BINARY -> s.append("objective=binary metric=binary_logloss");
            case MULTICLASS -> s.append("objective=multiclass num_class=").append(target.classCount()).append(" metric=multi_logloss");
            case REGRESSION -> s.append("objective=regression metric=rmse");
        }
        int seed = (int) ((ctx.seed() ^ (ctx.seed() >>> 32)) & 0x7fffffff);
        s.append(" num_threads=").append(XgbTraining.threadsFor((long) x.rows() * x.cols(), ctx.threads()))
                .append(" seed=").append(seed).append(" deterministic=true force_row_wise=true verbosity=-1")
                .append(" learning_rate=").append(p.learningRate())
                .append(" num_leaves=").append(p.numLeaves())
                .append(" max_depth=").append(p.maxDepth())
                .append(" min_data_in_leaf=").append(p.minDataInLeaf())
                .append(" feature_fraction=").append(p.featureFraction())
                .append(" bagging_fraction=").append(p.baggingFraction())
                .append(" bagging_freq=").append(p.baggingFraction() < 1 ? 1 : 0)
                .append(" lambda_l2=").append(p.lambdaL2())
                .append(" max_bin=").append(p.maxBin());
        return s.toString();
    }

    static Result train(String name, FeatureMatrix x, Target y, int[] trainRows, int[] validationRows, LgbmParams p, FitContext ctx) {
        ctx.cancellation().check();
        String params = params(p, y, x, ctx);
        String metric = switch (y.task()) {
            case BINARY -> "logloss";
            case MULTICLASS -> "mlogloss";
            case REGRESSION -> "rmse";
        };
        LGBMDataset train = null;
        LGBMDataset val = null;
        LGBMBooster booster = null;
        try {
            train = dataset(x, y, trainRows, params, null);
            boolean validating = validationRows.length > 0;
            val = validating ? dataset(x, y, validationRows, params, train) : null;
            booster = LGBMBooster.create(train, params);
            if (validating) {
                booster.addValidData(val);
            }
            int maxRounds = p.maxRounds();
            double[] curve = new double[validating ? maxRounds : 0];
            int best = -1;
            double bestScore = Double.POSITIVE_INFINITY;
            int rounds = 0;
            for (int it = 0; it < maxRounds; it++) {
                ctx.cancellation().check();
                if (booster.updateOneIter()) {
                    break; // no split left to make: LightGBM dropped this round's trees
                }
                rounds = it + 1;
                ctx.progress().update(name + " round", rounds, maxRounds);
                if (validating) {
                    double score = booster.getEval(1)[0];
                    curve[it] = score;
                    if (score < bestScore) {
                        bestScore = score;
                        best = it;
                    } else if (p.earlyStoppingRounds() > 0 && it - best >= p.earlyStoppingRounds()) {
                        break;
                    }
                }
            }
            if (rounds == 0) {
                throw ModelyardException.invalid(name + ": LightGBM found no split to make (constant features or target?)");
            }
            if (!validating || best < 0) {
                best = rounds - 1; // no validation, or every score NaN: keep everything rather than nothing
            }
            String text = booster.saveModelToString(0, best + 1, LGBMBooster.FeatureImportanceType.SPLIT);
            return new Result(text, Arrays.copyOf(curve, validating ? rounds : 0), best, metric);
        } catch (LGBMException e) {
            throw new ModelyardException(ErrorCode.INVALID_INPUT, name + ": LightGBM failed: " + e.getMessage(), e);
        } finally {
            close(booster);
            close(val);
            close(train);
        }
    }

    private static LGBMDataset dataset(FeatureMatrix x, Target y, int[] rows, String params, LGBMDataset reference) throws LGBMException {
        LGBMDataset d = LGBMDataset.createFromMat(x.toFloats(rows), rows.length, x.cols(), true, params, reference);
        float[] label = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            label[i] = (float) y.values()[rows[i]];
        }
        try {
            d.setField("label", label);
            return d;
        } catch (LGBMException e) {
            close(d);
            throw e;
        }
    }

    private static void close(AutoCloseable handle) {
        if (handle == null) {
            return;
        }
        try {
            handle.close();
        } catch (Exception e) {
            // freeing a native handle failed: nothing useful to do but not to mask the fit's own outcome
        }
    }
}
