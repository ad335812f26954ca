"""pandas.read_csv throughput on the same files as IngestBench: best of REPS after a warm-up.

Usage: ingest_pandas.py DATASETS_DIR FILE...   (REPS from $BENCH_REPS, default 5)
Prints one JSON object per file.
"""
import json
import os
import sys
import time

import pandas as pd

root = sys.argv[1]
reps = int(os.environ.get("BENCH_REPS", "5"))
for rel in sys.argv[2:]:
    path = f"{root}/{rel}"
    load = os.getloadavg()[0]
    best = float("inf")
    rows = cols = 0
    for rep in range(reps + 1):  # rep 0 warms up the page cache and pandas' imports
        t0 = time.perf_counter()
        df = pd.read_csv(path)
        s = time.perf_counter() - t0
        rows, cols = df.shape
        if rep > 0:
            best = min(best, s)
    print(json.dumps({"file": rel, "rows": rows, "columns": cols, "reps": reps, "pandas_s": round(best, 4),
                      "pandas_rows_per_s": round(rows / best), "pandas_version": pd.__version__,
                      "load_before": round(load, 2), "load_after": round(os.getloadavg()[0], 2)}))
