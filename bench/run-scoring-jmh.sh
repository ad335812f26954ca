#!/usr/bin/env bash
# Single-row in-process scoring (JMH, one run): one GBDT of 500 trees, depth 6, 20 features, scored by
# Modelyard's compiled RowScorer vs XGBoost4J's own predict on a one-row DMatrix (and its inplace_predict)
# vs LightGBM through lightgbm4j (its public single-row call, and LightGBM's prepared "fast" single-row
# C API). Each benchmark trains its model once in @Setup (Modelyard/XGBoost: GbdtLearner, so the same
# model; LightGBM: a comparable 500-round depth-6 model on the same rows).
# Writes bench/results/scoring-jmh.json (JMH's own JSON) and bench/results/scoring-jmh.md (summary).
# Short settings for a small shared machine: 1 fork, 3 warm-up and 5 measured iterations of 1 s each,
# one thread, plus JMH's gc profiler (bytes allocated per call). Takes ~2-3 minutes on 2 cores.
# JMH_OPTS adds or overrides JMH options (e.g. JMH_OPTS="-f 2 -i 10").
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
export OMP_WAIT_POLICY=PASSIVE   # XGBoost's and LightGBM's OpenMP workers spin while idle otherwise
results=bench/results
mkdir -p "$results"

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
loadfile=bench/target/scoring-jmh-load.txt   # load averages of the last run, for --summary-only
if [[ "${1:-}" != --summary-only ]]; then   # --summary-only: rewrite the .md from the last JSON
  ./mvnw -o -q -B -pl bench install -DskipTests
  # forks inherit this JVM's flags (bin/modelyard-java adds --enable-native-access) and environment
  "$JAVA_BIN" -Xmx1g -cp "$(bench_classpath)" org.openjdk.jmh.Main 'dev.modelyard.bench.scoring.ScoringBenchmark' \
    -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1 -prof gc -rf json -rff "$results/scoring-jmh.json" ${JMH_OPTS:-}
  echo "$load_start" > "$loadfile"
  cut -d' ' -f1-3 /proc/loadavg >> "$loadfile"
fi
load_start="$(sed -n 1p "$loadfile" 2>/dev/null || echo n/a)"
load_end="$(sed -n 2p "$loadfile" 2>/dev/null || echo n/a)"

jq -r --arg date "$(date -u -r "$results/scoring-jmh.json" +%FT%TZ)" --arg cpus "$(nproc)" --arg l0 "$load_start" --arg l1 "$load_end" '
  def name: (.benchmark | split(".") | last) + (if .params.maxDepth then " (LightGBM max_depth \(.params.maxDepth))" else "" end);
  def us: .primaryMetric.score;
  def r2: . * 100 | round / 100;
  def r3: . * 1000 | round / 1000;
  (map(select(name == "modelyardRowScorer"))[0] | us) as $ours |
  "# Single-row scoring benchmark (JMH)\n",
  "\($date), \($cpus) cores, load average \($l0) at start, \($l1) at end; JDK \(.[0].vmVersion); \(.[0].forks) fork, \(.[0].warmupIterations) × \(.[0].warmupTime) warm-up, \(.[0].measurementIterations) × \(.[0].measurementTime) measured, \(.[0].threads) thread.",
  "Model: GBDT, 500 trees, depth 6, 20 numeric features (2 % missing), binary; each call scores the next of 1024 held-out rows. The LightGBM rows: 500 rounds, 63 leaves, max_depth 6 or none.\n",
  "| benchmark | µs / row | ± (99.9 %) | bytes allocated / row | time ÷ modelyardRowScorer time |",
  "|---|---|---|---|---|",
  (.[] | "| \(name) | \(us | r3) | \(.primaryMetric.scoreError | r3) | \(.secondaryMetrics["gc.alloc.rate.norm"].score // "n/a" | if type == "number" then round else . end) | \(us / $ours | r2) |"),
  (map(select(name == "xgboost4jDMatrixPredict"))[0] | us) as $xgb |
  (map(select(name == "modelyardLightgbmModel (LightGBM max_depth 6)"))[0] | us) as $ourLgbm |
  (map(select(name == "lightgbmSingleRowFast (LightGBM max_depth 6)"))[0] | us) as $lgbFast |
  (map(select(name == "modelyardLightgbmModel (LightGBM max_depth -1)"))[0] | us) as $ourDeep |
  (map(select(name == "lightgbmSingleRowFast (LightGBM max_depth -1)"))[0] | us) as $lgbDeep |
  "\nModelyard RowScorer: \($ours | r2) µs per row (goal ≤ 5: \($ours <= 5)), \($xgb / $ours | r2)× faster than XGBoost4J on a one-row DMatrix (goal ≥ 20×: \($xgb / $ours >= 20)).",
  "The LightGBM model scored by Modelyard in Java: \($ourLgbm | r2) µs per row, \($lgbFast / $ourLgbm | r2)× faster than LightGBM'"'"'s fastest single-row call on the same model; without a depth limit (deep leaf-wise trees, packed layout): \($ourDeep | r2) µs, \($lgbDeep / $ourDeep | r2)×.",
  "On a shared machine the absolute numbers move with the load; compare rows of the same run."
' "$results/scoring-jmh.json" > "$results/scoring-jmh.md"
cat "$results/scoring-jmh.md"
