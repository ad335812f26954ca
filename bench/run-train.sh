#!/usr/bin/env bash
# Training benchmark: Modelyard (PipelineSpec fit/predict, fixed 300 rounds) vs its backend XGBoost4J called
# directly from Java vs scikit-learn HistGradientBoosting and XGBoost in Python, on the same rows, folds and
# labels (adult: stratified 5-fold; covertype: one stratified 80/20 hold-out), plus the whole `train` job
# (gbdt defaults, early stopping) for reference. Every tool runs in its own process so its peak RSS is its own.
# Modelyard and its backend called directly (XGBoost4J for gbdt, lightgbm4j for lgbm) alternate for
# TRAIN_BENCH_ROUNDS rounds (default 3) and their medians are compared, so the overhead is not one noisy pair.
# Writes bench/results/train.json and bench/results/train.md. Takes ~10 minutes on 2 cores;
# --summary-only rewrites them from the last run's bench/results/train-runs.jsonl.
# The Python peers need Debian's python3-sklearn, python3-xgboost and python3-pandas under /usr/bin/python3.
# The reference train job runs on adult only by default: on covertype it takes ~4 minutes on 2 cores
# (early stopping at lr 0.05 plus a refit on all 581k rows). TRAIN_BENCH_JOB=all adds it, =0 skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export MODELYARD_DATASETS="${MODELYARD_DATASETS:-$(cd .. && pwd)/shared/datasets}"
# XGBoost's OpenMP workers spin while idle; make every tool (Java and Python) yield instead.
export OMP_WAIT_POLICY=PASSIVE
PY=/usr/bin/python3
results=bench/results
mkdir -p "$results"

./mvnw -o -q -B -pl bench install -DskipTests
cpfile=bench/target/train-classpath.txt
./mvnw -o -q -B -pl bench org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile="target/train-classpath.txt" >/dev/null
CP="bench/target/classes:$(cat "$cpfile")"

# name | file under the datasets folder | target | folds (0 = one 80/20 hold-out) | extra Java variants
# (breakdown: where Modelyard's time goes; only on adult, where the pipeline changes the features)
datasets=(
  "adult|adult/adult_train.csv.gz|income|5|breakdown"
  "covertype|covertype/covertype_binary_full.csv.gz|is_lodgepole_pine|0|"
)
peers=1
if ! $PY -c "import sklearn, xgboost, pandas" 2>/dev/null; then
  echo "Python peers skipped: $PY lacks scikit-learn, xgboost or pandas (apt-get install python3-sklearn python3-xgboost python3-pandas)" >&2
  peers=0
fi

rounds="${TRAIN_BENCH_ROUNDS:-3}"
lines=()
raw="$results/train-runs.jsonl"   # each run's line as it finishes, so a failed summary loses nothing
if [[ "${1:-}" == --summary-only ]]; then   # rewrite train.json/.md from the last run's train-runs.jsonl
  mapfile -t lines < "$raw"
  load_start=n/a; load_end=n/a; t_start=$(date +%s)
else
  : > "$raw"
  record() { lines+=("$1"); echo "$1" >> "$raw"; }
  load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
  t_start=$(date +%s)
  for d in "${datasets[@]}"; do
    IFS='|' read -r name file target folds extra <<<"$d"
    bench_train() { bin/modelyard-java -Xmx8g -cp "$CP" dev.modelyard.bench.TrainBench "$1" "$name" "$file" "$target" "$folds" "$results"; }
    bench_train folds
    # Modelyard and XGBoost4J direct alternate for $rounds rounds, so a load change on this shared machine
    # hits both sides; the overhead compares their medians.
    for ((r = 1; r <= rounds; r++)); do
      for v in xgboost4j modelyard lightgbm4j modelyard-lgbm; do
        echo "[$(date +%T)] $name: $v, round $r of $rounds (load $(cut -d' ' -f1 /proc/loadavg))" >&2
        record "$(bench_train "$v" | jq -c --argjson r "$r" '. + {round: $r}')"
      done
    done
    variants=()
    job="${TRAIN_BENCH_JOB:-adult}"
    [[ "$job" == all || "$job" == "$name" ]] && variants+=(trainer)
    [[ -n "$extra" ]] && variants+=($extra)
    for v in "${variants[@]}"; do
      echo "[$(date +%T)] $name: $v (load $(cut -d' ' -f1 /proc/loadavg))" >&2
      record "$(bench_train "$v")"
    done
    if (( peers )); then
      for t in xgboost sklearn-hgb; do
        echo "[$(date +%T)] $name: $t (load $(cut -d' ' -f1 /proc/loadavg))" >&2
        record "$($PY bench/python/train_peers.py "$t" "$name" "$MODELYARD_DATASETS/$file" "$results/folds-$name.csv" "$target")"
      done
    fi
  done
  load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
fi

printf '%s\n' "${lines[@]}" | jq -s \
  --arg date "$(date -u +%FT%TZ)" --arg cpus "$(nproc)" --arg l0 "$load_start" --arg l1 "$load_end" \
  --arg wall "$(( $(date +%s) - t_start ))" --arg peers "$peers" --arg rounds "$rounds" '
  def all(t; d): map(select(.tool == t and .dataset == d));
  def median: sort | if length == 0 then null elif length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end;
  def steady: if (.s_per_fold | length) > 1 then (.s_per_fold[1:] | add) else null end;
  . as $runs | {
    benchmark: "train",
    date: $date, machine: "\($cpus) cores", load_average_start: $l0, load_average_end: $l1, wall_s: ($wall | tonumber),
    params: "300 rounds, learning rate 0.1, max depth 8, min child weight 1, lambda 1, subsample 1, colsample 1, 256 bins, 2 threads; sklearn HGB: max_iter 300, max_depth 8, max_leaf_nodes None, l2 1, 255 bins",
    python_peers: ($peers == "1"),
    rounds: ($rounds | tonumber),
    overhead_vs_direct: [ $runs | map(.dataset) | unique[] as $d
      | (["modelyard", "xgboost4j"], ["modelyard-lgbm", "lightgbm4j"]) as [$mt, $xt]
      | ($runs | all($mt; $d)) as $m | ($runs | all($xt; $d)) as $x
      | select(($m | length) > 0 and ($x | length) > 0)
      | ($m | map(.fit_predict_s) | median) as $ms | ($x | map(.fit_predict_s) | median) as $xs
      | ($m | map(steady) | map(select(. != null)) | median) as $msteady
      | ($x | map(steady) | map(select(. != null)) | median) as $xsteady
      | { dataset: $d, backend: $xt, rounds: ($m | length), modelyard_s: $ms, direct_s: $xs,
          modelyard_s_per_round: ($m | map(.fit_predict_s)), direct_s_per_round: ($x | map(.fit_predict_s)),
          auc_modelyard: $m[0].auc_mean, auc_direct: $x[0].auc_mean,
          overhead_pct: ((($ms / $xs) - 1) * 1000 | round / 10),
          steady_overhead_pct: (if $msteady != null and $xsteady != null then ((($msteady / $xsteady) - 1) * 1000 | round / 10) else null end) } ],
    runs: $runs }' > "$results/train.json"

jq -r '
  "# Training benchmark\n",
  "\(.date), \(.machine), load average \(.load_average_start) at start, \(.load_average_end) at end; \(.params).\n",
  "| dataset | tool | folds | AUC (mean) | fit+predict s (total) | s / fold | peak RSS MiB | version |",
  "|---|---|---|---|---|---|---|---|",
  (.runs[] | select(.tool != "modelyard-breakdown") | "| \(.dataset) | \(.tool)\(if .round then " (round \(.round))" else "" end) | \(.folds) | \(.auc_mean) | \(.fit_predict_s // .total_s) | \(if .s_per_fold then (.s_per_fold | map(. * 100 | round / 100 | tostring) | join(" / ")) else "fit \(.fit_s_per_fold)" end) | \(.peak_rss_mib) | \(.version) |"),
  "\nModelyard train-job rows: the whole job (leakage checks, CV with early stopping, refit on all rows) with gbdt defaults; its time column is the job total.\n",
  "Overhead over the backend called directly: medians over \(.rounds) alternating rounds (each round: XGBoost4J direct, Modelyard gbdt, LightGBM direct, Modelyard lgbm, each in its own JVM). LightGBM pair: 300 rounds, learning rate 0.1, 63 leaves, no depth limit, 20 rows per leaf, lambda_l2 1, 255 bins.\n",
  "| dataset | backend | Modelyard s (median) | direct s (median) | overhead | overhead after fold 1 | AUC Modelyard / direct | Modelyard s per round | direct s per round |",
  "|---|---|---|---|---|---|---|---|---|",
  (.overhead_vs_direct[] | "| \(.dataset) | \(.backend) | \(.modelyard_s) | \(.direct_s) | \(.overhead_pct) % | \(.steady_overhead_pct // "n/a") % | \(.auc_modelyard) / \(.auc_direct) | \(.modelyard_s_per_round | map(tostring) | join(" / ")) | \(.direct_s_per_round | map(tostring) | join(" / ")) |"),
  (.runs[] | select(.tool == "modelyard-breakdown") |
   "\nWhere Modelyard'"'"'s time goes on \(.dataset) (separate run, all folds, seconds): row selection \(.select_s), feature steps \(.features_s), gbdt fit \(.learner_fit_s), scoring \(.predict_s); XGBoost4J directly on the same \(.encoded_features) encoded columns (vs \(.input_features) raw): \(.direct_on_encoded_s) s fit+predict, AUC \(.direct_on_encoded_auc).")
  ' "$results/train.json" > "$results/train.md"
cat "$results/train.md"
