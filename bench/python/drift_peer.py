"""Drift benchmark, Python peer: a loop of scipy.stats.ks_2samp plus PSI on reference deciles over every
feature of the same raw float64 files DriftBench reads (column after column, little-endian).

Usage: drift_peer.py DIR ROWS COLS   (timed reps from $DRIFT_PY_REPS, default 1; reading is not timed)
Prints one JSON object: the loop's best time, the features KS flags (p < 0.05) and each feature's scores.
"""
import json
import os
import sys
import time

import numpy as np
import scipy
from scipy import stats

FLOOR = 0.0001  # Evidently's floor on empty bins, as Modelyard uses


def psi(ref, cur):
    """PSI on the reference's distinct deciles, bins (lower, upper], as Modelyard bins them."""
    edges = np.unique(np.quantile(ref, np.linspace(0.1, 0.9, 9)))
    r = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=len(edges) + 1) / len(ref)
    c = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=len(edges) + 1) / len(cur)
    r = np.where(r == 0, FLOOR, r)
    c = np.where(c == 0, FLOOR, c)
    return float(np.sum((c - r) * np.log(c / r)))


def main():
    folder, rows, cols = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    reps = int(os.environ.get("DRIFT_PY_REPS", "1"))
    ref = np.fromfile(os.path.join(folder, "reference.f64"), dtype="<f8").reshape(cols, rows).T
    cur = np.fromfile(os.path.join(folder, "current.f64"), dtype="<f8").reshape(cols, rows).T
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        results = []
        for j in range(cols):
            ks = stats.ks_2samp(ref[:, j], cur[:, j])
            results.append((float(ks.statistic), float(ks.pvalue), psi(ref[:, j], cur[:, j])))
        best = min(best, time.perf_counter() - t0)
    names = [f"f{j:02d}" for j in range(cols)]
    print(json.dumps({
        "rows": rows, "features": cols, "reps": reps, "python_s": round(best, 4),
        "scipy_version": scipy.__version__, "numpy_version": np.__version__,
        "flagged_ks": [n for n, r in zip(names, results) if r[1] < 0.05],
        "flagged_psi": [n for n, r in zip(names, results) if r[2] >= 0.2],
        "per_feature": [{"feature": n, "ks_statistic": round(r[0], 6), "ks_p_value": r[1], "psi": round(r[2], 6)}
                        for n, r in zip(names, results)],
    }))


if __name__ == "__main__":
    main()
