#!/usr/bin/env bash
# Ingest benchmark: Modelyard CSV → Frame vs DuckDB's own read vs pandas.read_csv, same files, same run.
# Writes bench/results/ingest.json. Needs a built tree (./mvnw -q -B install -DskipTests) and, for the
# pandas peer, Debian's python3-pandas (run under /usr/bin/python3). BENCH_REPS sets the timed reps
# (default 5, best of them is reported, after warm-up: 3 s of reads for the JVM's JIT, one read for pandas and DuckDB;
# the JVM's first, cold read is reported too).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
reps="${BENCH_REPS:-5}"
files=(adult/adult_train.csv.gz covertype/covertype_binary_full.csv.gz)
out=bench/results/ingest.json
mkdir -p bench/results
java_json="$(BENCH_JAVA_OPTS="-Dreps=$reps" bench_java dev.modelyard.bench.IngestBench "${files[@]}")"
py_json=""
if /usr/bin/python3 -c "import pandas" 2>/dev/null; then
  # Modelyard times 2 rounds of $reps reads (see IngestBench): pandas gets as many.
  py_json="$(BENCH_REPS="$((2 * reps))" /usr/bin/python3 bench/python/ingest_pandas.py "$DATASETS" "${files[@]}")"
else
  echo "pandas peer skipped: /usr/bin/python3 has no pandas (apt-get install python3-pandas)" >&2
fi
# Join the two peers' lines per file and add Modelyard's speed relative to pandas.
JAVA_JSON="$java_json" PY_JSON="$py_json" /usr/bin/python3 - "$out" <<'PY'
import json, os, subprocess, sys, time
java = [json.loads(l) for l in os.environ["JAVA_JSON"].splitlines() if l.strip()]
pandas = {r["file"]: r for r in (json.loads(l) for l in os.environ["PY_JSON"].splitlines() if l.strip())}
results = []
for r in java:
    p = pandas.get(r["file"])
    if p:
        r["pandas_s"], r["pandas_rows_per_s"], r["pandas_version"] = p["pandas_s"], p["pandas_rows_per_s"], p["pandas_version"]
        r["speedup_vs_pandas"] = round(p["pandas_s"] / r["modelyard_s"], 3)
        r["first_read_speedup_vs_pandas"] = round(p["pandas_s"] / r["modelyard_first_read_s"], 3)
        r["pandas_load"] = [p["load_before"], p["load_after"]]
    results.append(r)
doc = {"benchmark": "ingest", "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
       "machine": f"{os.cpu_count()} cores", "java": subprocess.run(["bin/modelyard-java", "-version"], capture_output=True, text=True).stderr.splitlines()[0],
       "note": "best of N timed reps after a warm-up (Modelyard: 3 s of reads for the JIT; pandas and DuckDB: one); modelyard_first_read_s is the first, cold read in a fresh JVM; Modelyard and DuckDB read in blocks of back-to-back reps, alternating over two rounds; load_* is the 1-min load average (shared machine)",
       "results": results}
with open(sys.argv[1], "w") as f:
    json.dump(doc, f, indent=2)
    f.write("\n")
PY
cat "$out"
