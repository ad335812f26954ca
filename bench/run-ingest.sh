#!/usr/bin/env bash
# Ingest benchmark: Modelyard CSV → Frame vs DuckDB's own read vs pandas.read_csv, same files, same run.
# Writes bench/results/ingest.json. Needs a built tree (./mvnw -q install -DskipTests) and, for the
# pandas peer, Debian's python3-pandas (run under /usr/bin/python3).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
files=(adult/adult_train.csv.gz covertype/covertype_binary_full.csv.gz)
out=bench/results/ingest.json
java_json="$(bench_java dev.modelyard.bench.IngestBench "${files[@]}")"
py_json=""
if /usr/bin/python3 -c "import pandas" 2>/dev/null; then
  py_json="$(/usr/bin/python3 bench/python/ingest_pandas.py "$DATASETS" "${files[@]}")"
else
  echo "pandas peer skipped: /usr/bin/python3 has no pandas (apt-get install python3-pandas)" >&2
fi
{
  echo "{\"benchmark\":\"ingest\",\"machine\":\"$(nproc) cores\",\"date\":\"$(date -u +%FT%TZ)\",\"modelyard_vs_duckdb\":["
  echo "$java_json" | paste -sd, -
  echo "],\"pandas\":["
  echo "$py_json" | paste -sd, -
  echo "]}"
} > "$out"
cat "$out"
