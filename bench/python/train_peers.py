"""Training peers for bench/run-train.sh: scikit-learn HistGradientBoosting and XGBoost on the same rows,
folds and labels as Modelyard (read from the folds file TrainBench writes), same hyperparameters.

Usage: train_peers.py TOOL NAME CSV FOLDS_CSV   (TOOL: sklearn-hgb | xgboost; one tool per process so
ru_maxrss is that tool's own peak). Prints one JSON object on stdout.
Run under /usr/bin/python3 (Debian python3-sklearn 1.2.1, python3-xgboost 1.7.4, python3-pandas).
"""
import json
import os
import resource
import sys
import time

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

THREADS = 2
SEED = 42
ROUNDS, ETA, DEPTH, LAMBDA, MAX_BIN = 300, 0.1, 8, 1.0, 256  # = TrainBench.FIXED


def load(csv, folds_csv):
    t0 = time.perf_counter()
    df = pd.read_csv(csv, skipinitialspace=True)
    read_s = time.perf_counter() - t0
    folds = pd.read_csv(folds_csv)
    df = df.iloc[folds["row"].to_numpy()].reset_index(drop=True)
    return df, folds["fold"].to_numpy(), folds["label"].to_numpy(), read_s


def encode(df, target):
    """Numeric columns as they are; string columns as ordinal codes (NaN when missing), as in DirectXgb."""
    x = df.drop(columns=[target])
    cats = []
    for j, c in enumerate(x.columns):
        if x[c].dtype == object:
            codes = x[c].astype("category").cat.codes.astype("float64")
            x[c] = codes.where(codes >= 0, np.nan)
            cats.append(j)
    return x.to_numpy(dtype=np.float64), cats


def model(tool, cats, seed):
    if tool == "sklearn-hgb":
        from sklearn.ensemble import HistGradientBoostingClassifier
        # max_depth 8 with no leaf cap is the closest match to XGBoost's depth-wise depth-8 trees.
        return HistGradientBoostingClassifier(max_iter=ROUNDS, learning_rate=ETA, max_depth=DEPTH, max_leaf_nodes=None,
                                              min_samples_leaf=20, l2_regularization=LAMBDA, max_bins=255,
                                              categorical_features=cats or None, early_stopping=False, random_state=seed)
    if tool == "xgboost":
        from xgboost import XGBClassifier
        return XGBClassifier(tree_method="hist", n_estimators=ROUNDS, learning_rate=ETA, max_depth=DEPTH,
                             min_child_weight=1.0, subsample=1.0, colsample_bytree=1.0, reg_lambda=LAMBDA, reg_alpha=0.0,
                             max_bin=MAX_BIN, n_jobs=THREADS, random_state=seed, verbosity=0)
    raise SystemExit("unknown tool " + tool)


def version(tool):
    if tool == "sklearn-hgb":
        import sklearn
        return "scikit-learn " + sklearn.__version__
    import xgboost
    return "xgboost " + xgboost.__version__


def main():
    tool, name, csv, folds_csv, target = sys.argv[1:6]
    df, fold, y, read_s = load(csv, folds_csv)
    x, cats = encode(df, target)
    ks = sorted(k for k in set(fold.tolist()) if k >= 0)
    secs, aucs = [], []
    for k in ks:
        test = fold == k
        train = ~test
        t0 = time.perf_counter()
        m = model(tool, cats, SEED + k)
        m.fit(x[train], y[train])
        p = m.predict_proba(x[test])[:, 1]
        secs.append(time.perf_counter() - t0)
        aucs.append(float(roc_auc_score(y[test], p)))
    print(json.dumps({
        "tool": tool, "dataset": name, "rows": int(len(y)), "input_features": int(x.shape[1]), "folds": len(ks),
        "read_s": round(read_s, 3), "fit_predict_s": round(sum(secs), 3), "s_per_fold": [round(s, 5) for s in secs],
        "auc_mean": round(float(np.mean(aucs)), 5), "auc_per_fold": [round(a, 5) for a in aucs],
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), "threads": THREADS,
        "version": version(tool) + " (numpy " + np.__version__ + ", pandas " + pd.__version__ + ")",
        "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY", ""),
    }))


if __name__ == "__main__":
    main()
