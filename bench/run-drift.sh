#!/usr/bin/env bash
# Drift benchmark: a drift report on 1M rows x 50 numeric features (generated; 10 of them moved in the current
# data) with Modelyard (DriftAnalyzer.analyze on a reference profile) vs a Python loop of scipy.stats.ks_2samp
# plus PSI on reference deciles, on the same raw float64 files (written once, read by both; reading is not
# timed). Modelyard also times building the reference profile, and the domain classifier on its default row
# cap. Both report the features they flag; the run fails unless both flag every moved feature and Modelyard
# flags nothing else. Writes bench/results/drift.json and bench/results/drift.md.
# Needs a built tree (./mvnw -q -B install -DskipTests) and Debian's python3-scipy under /usr/bin/python3.
#   DRIFT_ROWS (1000000), DRIFT_COLS (50), BENCH_REPS (3: Modelyard's best of N after a warm-up),
#   DRIFT_PY_REPS (1: the Python loop's timed reps), BENCH_WORK (bench/target/drift-data: the data files).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
rows="${DRIFT_ROWS:-1000000}"
cols="${DRIFT_COLS:-50}"
reps="${BENCH_REPS:-3}"
data="${BENCH_WORK:-bench/target/drift-data}/${rows}x${cols}"
results=bench/results
mkdir -p "$results"
# XGBoost's OpenMP workers (the domain classifier) spin while idle; make them yield.
export OMP_WAIT_POLICY=PASSIVE
PY=/usr/bin/python3
if ! $PY -c "import numpy, scipy" 2>/dev/null; then
  echo "bench: the Python peer needs numpy and scipy under $PY (apt-get install python3-scipy)" >&2
  exit 2
fi

./mvnw -o -q -B -pl bench compile
if [[ ! -f "$data/done" ]]; then
  echo "[$(date +%T)] generating $rows x $cols into $data" >&2
  rm -rf "$data"
  bench_java dev.modelyard.bench.drift.DriftBench generate "$data" "$rows" "$cols" 42
  touch "$data/done"
fi
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "[$(date +%T)] Modelyard (load $(cut -d' ' -f1 /proc/loadavg))" >&2
java_json="$(BENCH_JAVA_OPTS="-Dreps=$reps" bench_java dev.modelyard.bench.drift.DriftBench run "$data" "$rows" "$cols")"
echo "[$(date +%T)] Python ks_2samp + PSI loop (load $(cut -d' ' -f1 /proc/loadavg))" >&2
py_json="$($PY bench/python/drift_peer.py "$data" "$rows" "$cols")"
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

JAVA_JSON="$java_json" PY_JSON="$py_json" LOAD_START="$load_start" LOAD_END="$load_end" \
  $PY - "$results/drift.json" "$results/drift.md" <<'PY'
import json, os, subprocess, sys, time
j = json.loads(os.environ["JAVA_JSON"])
p = json.loads(os.environ["PY_JSON"])
shifted = set(j["shifted"])
ours, theirs = set(j["flagged"]), set(p["flagged_ks"])
py_by = {f["feature"]: f for f in p["per_feature"]}
ks_gap = max(abs(f["ks_statistic"] - py_by[f["feature"]]["ks_statistic"]) for f in j["per_feature"])
psi_gap = max(abs(f["psi"] - py_by[f["feature"]]["psi"]) for f in j["per_feature"])
doc = {
    "benchmark": "drift",
    "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    "machine": f"{os.cpu_count()} cores (nproc)",
    "load_average_start": os.environ["LOAD_START"], "load_average_end": os.environ["LOAD_END"],
    "java": subprocess.run(["bin/modelyard-java", "-version"], capture_output=True, text=True).stderr.splitlines()[0],
    "python": f"scipy {p['scipy_version']}, numpy {p['numpy_version']}",
    "rows": j["rows"], "features": j["features"],
    "modelyard_analyze_s": j["analyze_s"], "modelyard_analyze_cpu_s": j["analyze_cpu_s"],
    "modelyard_profile_s": j["profile_s"], "modelyard_profile_cpu_s": j["profile_cpu_s"],
    "python_loop_s": p["python_s"],
    "speedup_analyze": round(p["python_s"] / j["analyze_s"], 1),
    "speedup_profile_plus_analyze": round(p["python_s"] / (j["profile_s"] + j["analyze_s"]), 1),
    "domain_classifier": {"s": j["domain_s"], "window_rows": j["domain_rows"], "auc": j["domain_auc"], "top": j["domain_top"]},
    "modelyard_test": j["test"],
    "shifted": sorted(shifted), "flagged_modelyard": sorted(ours), "flagged_python_ks": sorted(theirs),
    "flagged_python_psi": sorted(p["flagged_psi"]),
    "agree_on_shifted": shifted <= ours and shifted <= theirs,
    "modelyard_false_alarms": sorted(ours - shifted), "python_ks_false_alarms": sorted(theirs - shifted),
    "max_ks_statistic_gap": round(ks_gap, 5), "max_psi_gap": round(psi_gap, 5),
    "goal": "analyze <= 2 s and >= 10x the Python loop",
    "goal_met": j["analyze_s"] <= 2 and p["python_s"] / j["analyze_s"] >= 10,
    "note": "Modelyard: best of N after a warm-up, domain classifier off; the Python loop computes KS and PSI from the raw reference "
            "each time, Modelyard from a prebuilt profile (its build time is reported too). Shared machine: see the load averages.",
    "modelyard": j, "python_peer": p,
}
with open(sys.argv[1], "w") as f:
    json.dump(doc, f, indent=2)
    f.write("\n")
md = [
    "# Drift benchmark\n",
    f"{doc['date']}, {doc['machine']}, load average {doc['load_average_start']} at start, {doc['load_average_end']} at end; "
    f"{doc['rows']:,} rows x {doc['features']} numeric features (10 moved), raw float64 files read by both (not timed).\n",
    "| step | time s | CPU s |", "|---|---|---|",
    f"| Modelyard `DriftAnalyzer.analyze` (all 50 features: PSI, KS, Wasserstein; domain classifier off) | {j['analyze_s']} | {j['analyze_cpu_s']} |",
    f"| Modelyard reference profile build (`ProfileBuilder.reference` on the reference rows) | {j['profile_s']} | {j['profile_cpu_s']} |",
    f"| Python loop: `scipy.stats.ks_2samp` + PSI on reference deciles, 50 features ({doc['python']}) | {p['python_s']} | |",
    f"| Modelyard domain classifier alone ({j['domain_rows']} window rows + 2000-row reference sample, 3 folds) | {j['domain_s']} | |",
    "",
    f"Speed-up of `analyze` over the Python loop: **{doc['speedup_analyze']}x** (profile build + analyze: {doc['speedup_profile_plus_analyze']}x). "
    f"Goal (analyze <= 2 s and >= 10x): {'met' if doc['goal_met'] else 'NOT met'}.\n",
    f"Moved features: {', '.join(doc['shifted'])}. Modelyard ({j['test']}) flags: {', '.join(doc['flagged_modelyard']) or 'none'}; "
    f"Python KS (p < 0.05) flags: {', '.join(doc['flagged_python_ks']) or 'none'}; agree on the moved ones: {doc['agree_on_shifted']}. "
    f"KS false alarms at this size: {', '.join(doc['python_ks_false_alarms']) or 'none'}. "
    f"Largest gap between the two tools' KS statistics {doc['max_ks_statistic_gap']} (the reference side is a quantile summary of at most 512 items), PSI {doc['max_psi_gap']}.\n",
    f"Domain classifier on the same data: AUC {j['domain_auc']}, top features {', '.join(j['domain_top'][:5])}.\n",
]
with open(sys.argv[2], "w") as f:
    f.write("\n".join(md))
if not doc["agree_on_shifted"] or doc["modelyard_false_alarms"]:
    sys.exit("drift benchmark: the tools disagree on the moved features (see " + sys.argv[1] + ")")
PY
cat "$results/drift.md"
