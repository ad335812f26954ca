"""pandas.read_csv throughput on the same files as IngestBench (best of 3 after a warm-up)."""
import json
import sys
import time

import pandas as pd

root = sys.argv[1]
for rel in sys.argv[2:]:
    path = f"{root}/{rel}"
    best = float("inf")
    rows = 0
    for rep in range(4):
        t0 = time.perf_counter()
        df = pd.read_csv(path)
        s = time.perf_counter() - t0
        rows = len(df)
        if rep > 0:
            best = min(best, s)
    print(json.dumps({"file": rel, "rows": rows, "pandas_s": round(best, 4), "pandas_rows_per_s": round(rows / best),
                      "pandas_version": pd.__version__}))
