#!/usr/bin/env bash
# HTTP serving benchmark on loopback: `modelyard serve` vs nginx serving a static JSON file (the ceiling
# of this machine) in the same run.
#   1. max rate: wrk -t2 -c64 (15 s, after a 5 s warm-up) — Modelyard: POST one-row JSON to /invocations
#      ({"dataframe_records": [row]}, a row of the bundled adult sample); nginx: GET of Modelyard's own
#      answer to that request, saved as a static file (same size).
#   2. fixed rate at half of Modelyard's max rate (Debian's wrk has no fixed-rate mode and wrk2 is not
#      packaged): bench's FixedRateLoad, an open-loop Java client (64 keep-alive connections on 2 NIO
#      event loops, latency from the scheduled send time), 15 s after 5 s of warm-up; nginx at the same rate
#      for reference (the client's own share of the latency).
#   3. resident memory (VmRSS) of the server with 1 model and with 10 models (10 copies of the bundle,
#      --model mK=path), after one request to each model.
#   --soak [SECONDS] (default 600) adds a soak at 70 % of the max rate: errors counted, heap after a full
#      GC (jcmd GC.run + GC.heap_info) at the start and at the end, RSS at the end.
# Writes bench/results/serving-http.json and serving-http.md. Without --soak it takes ~2 minutes.
# Needs: a built CLI (./mvnw -q install -DskipTests), wrk and nginx (installed with apt-get when missing,
# as root), jq, python3, curl. When `modelyard serve` is missing, only the nginx half runs (and says so).
# HTTP_BENCH_SECONDS changes the 15 s measuring time; MODELYARD_JAVA_OPTS passes JVM flags to the server;
# MODELYARD_CMD runs another `modelyard` launcher (default ./modelyard; it must exec the JVM, whose pid is used).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
soak=0
while (( $# )); do
  case "$1" in
    --soak) soak=600; if [[ "${2:-}" =~ ^[0-9]+$ ]]; then soak=$2; shift; fi ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-serving-http.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
  shift
done
secs="${HTTP_BENCH_SECONDS:-15}"
warm=5
results=bench/results
mkdir -p "$results"
log() { echo "[$(date +%T)] $* (load $(cut -d' ' -f1 /proc/loadavg))" >&2; }

# --- tools ---
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
if (( ${#missing[@]} )); then
  (( $(id -u) == 0 )) || { echo "run-serving-http.sh: needs ${missing[*]}: apt-get install -y ${missing[*]}" >&2; exit 2; }
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
for t in jq python3 curl; do command -v "$t" >/dev/null || { echo "run-serving-http.sh: needs $t" >&2; exit 2; }; done
./mvnw -o -q -B -pl bench install -DskipTests
CP="$(bench_classpath)"

# --- a folder of our own; every process we start is stopped by its pid on exit ---
work="$(mktemp -d /tmp/modelyard-http-bench.XXXXXX)"
chmod 755 "$work"   # nginx workers run as nobody and read www/
mkdir -p "$work/www" "$work/tmp"
started=()
cleanup() {
  local p
  for p in "${started[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${started[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local p
  for p in $(shuf -i 20000-60000 -n 100); do
    [[ -z "$(ss -Htln "sport = :$p")" ]] && { echo "$p"; return; }
  done
  echo "run-serving-http.sh: no free port found" >&2; return 1
}
wait_http() {   # url pid: until the url answers 2xx, or the process died / 90 s passed
  local i
  for i in $(seq 1 180); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
heap_after_gc_kib() {   # used heap right after a full GC, from jcmd: the sum over the heap's generations
  # (G1 prints one heap line, the serial collector one per generation; Metaspace is not heap)
  "$JAVA_HOME/bin/jcmd" "$1" GC.run >/dev/null
  "$JAVA_HOME/bin/jcmd" "$1" GC.heap_info | awk '/Metaspace/ {exit} match($0, /used [0-9]+K/) {s += substr($0, RSTART + 5, RLENGTH - 6)} END {print s + 0}'
}
wrk_run() {   # name url method body seconds -> wrk's JSON line
  BENCH_METHOD="$3" BENCH_BODY="$4" wrk -t2 -c64 -d"$5s" --latency -s bench/http/wrk-request.lua "$2" > "$work/wrk-$1.txt" 2>&1 \
    || { cat "$work/wrk-$1.txt" >&2; return 1; }
  grep '^WRK_JSON ' "$work/wrk-$1.txt" | sed 's/^WRK_JSON //'
}
fixed_rate() {   # url rate seconds warmup [body] -> FixedRateLoad's JSON line
  local body=()
  [[ -n "${5:-}" ]] && body=(--body "$5" --method POST)
  "$JAVA_BIN" -Xmx512m -cp "$CP" dev.modelyard.bench.http.FixedRateLoad --url "$1" --rate "$2" --duration "$3" \
    --warmup "$4" --connections 64 "${body[@]}"
}

# --- Modelyard: a small bundle from the bundled sample, a one-row request ---
MODELYARD="${MODELYARD_CMD:-./modelyard}"
jar="$(ls modelyard-cli/target/modelyard-cli-*-all.jar 2>/dev/null | head -n1 || true)"
have_serve=0
if "$MODELYARD" --help 2>/dev/null | grep -Eq "^ +serve( |$)"; then
  have_serve=1
else
  log "NOTE: '$MODELYARD serve' is not available (build the CLI: ./mvnw -q install -DskipTests); only the nginx half runs"
fi
row_body="$work/row.json"
if [[ -n "$jar" ]]; then
  unzip -p "$jar" dev/modelyard/cli/samples/adult_sample.csv > "$work/sample.csv"
else
  zcat "$DATASETS/adult/adult_train.csv.gz" | head -n 2001 > "$work/sample.csv"
fi
python3 - "$work/sample.csv" income "$row_body" "$work/records.json" <<'PY'
import csv, json, sys
with open(sys.argv[1], newline="") as f:
    row = next(csv.DictReader(f))
row.pop(sys.argv[2], None)
def value(v):
    v = v.strip()
    for kind in (int, float):
        try:
            return kind(v)
        except ValueError:
            pass
    return v if v else None
rec = {k.strip(): value(v) for k, v in row.items()}
json.dump({"dataframe_records": [rec]}, open(sys.argv[3], "w"))   # SageMaker/MLflow /invocations
json.dump({"records": [rec]}, open(sys.argv[4], "w"))             # Modelyard JSON /api/v1/models/{name}/predict
PY

start_serve() {   # port, then serve's model options; sets serve_pid
  "$MODELYARD" serve "${@:2}" --host 127.0.0.1 --port "$1" > "$work/serve-$1.log" 2>&1 &
  serve_pid=$!   # ./modelyard and bin/modelyard-java exec, so this is the JVM's pid
  started+=("$serve_pid")
  wait_http "http://127.0.0.1:$1/ping" "$serve_pid" || { cat "$work/serve-$1.log" >&2; echo "modelyard serve did not start" >&2; exit 1; }
}
stop_pid() {   # stops one of our processes and forgets it, so that cleanup never signals a reused pid
  local p keep=()
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  for p in "${started[@]}"; do [[ "$p" == "$1" ]] || keep+=("$p"); done
  started=("${keep[@]}")
}

model_info=null; my_json=null; my_fixed=null; nginx_fixed=null; mem=null; soak_json=null; bundle_bytes=0
if (( have_serve )); then
  log "training a small bundle (gbdt, 20 % hold-out) on the bundled adult sample"
  "$MODELYARD" train --data "$work/sample.csv" --target income --learners gbdt --holdout 0.2 --out "$work/model.zip" -q >&2
  bundle_bytes=$(stat -c %s "$work/model.zip")
  model_info="$(unzip -p "$work/model.zip" manifest.json | jq -c --arg b "$bundle_bytes" \
    '[.. | objects | select(has("trees") and has("nodes"))][0] // {} | {kind: (.kind // "gbdt"), trees, nodes, bundle_kib: ($b | tonumber / 1024 | round)}')"
  my_port="$(free_port)"
  start_serve "$my_port" --model "$work/model.zip"
  my_url="http://127.0.0.1:$my_port/invocations"
  curl -fsS -H 'Content-Type: application/json' --data-binary @"$row_body" "$my_url" > "$work/www/answer.json"
  rss_idle_1=$(rss_kib "$serve_pid")
else
  echo '{"predictions":[{"label":"<=50K","probabilities":{"<=50K":0.9871,">50K":0.0129}}]}' > "$work/www/answer.json"
fi

# --- nginx ---
ng_port="$(free_port)"
sed -e "s#@DIR@#$work#g" -e "s#@PORT@#$ng_port#g" bench/http/nginx-static.conf > "$work/nginx.conf"
"$NGINX" -e "$work/nginx-error.log" -p "$work" -c "$work/nginx.conf" &
ng_pid=$!
started+=("$ng_pid")
ng_url="http://127.0.0.1:$ng_port/answer.json"
wait_http "$ng_url" "$ng_pid" || { cat "$work/nginx-error.log" >&2; echo "nginx did not start" >&2; exit 1; }

# --- 1. max rate ---
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
log "nginx: warm-up ${warm}s, then wrk ${secs}s"
wrk_run nginx-warm "$ng_url" GET "" "$warm" >/dev/null
ng_json="$(wrk_run nginx "$ng_url" GET "" "$secs")"
if (( have_serve )); then
  log "modelyard: warm-up ${warm}s, then wrk ${secs}s"
  wrk_run modelyard-warm "$my_url" POST "$row_body" "$warm" >/dev/null
  my_json="$(wrk_run modelyard "$my_url" POST "$row_body" "$secs")"
  rss_load_1=$(rss_kib "$serve_pid")
  half=$(jq -n --argjson m "$my_json" '$m.rate / 2 | floor')
else
  half=$(jq -n --argjson n "$ng_json" '$n.rate / 2 | floor')
fi

# --- 2. fixed rate at half of Modelyard's max (of nginx's when Modelyard is absent) ---
if (( have_serve )); then
  log "modelyard: fixed rate $half/s for ${secs}s (after ${warm}s warm-up)"
  my_fixed="$(fixed_rate "$my_url" "$half" "$secs" "$warm" "$row_body")"
fi
log "nginx: fixed rate $half/s for ${secs}s (after ${warm}s warm-up)"
nginx_fixed="$(fixed_rate "$ng_url" "$half" "$secs" "$warm")"

# --- soak, on the same 1-model server ---
if (( have_serve && soak > 0 )); then
  rate70=$(jq -n --argjson m "$my_json" '$m.rate * 0.7 | floor')
  heap0=$(heap_after_gc_kib "$serve_pid")
  log "soak: $rate70/s for ${soak}s"
  soak_load="$(fixed_rate "$my_url" "$rate70" "$soak" "$warm" "$row_body")"
  heap1=$(heap_after_gc_kib "$serve_pid")
  soak_json=$(jq -n --argjson l "$soak_load" --arg h0 "$heap0" --arg h1 "$heap1" --arg rss "$(rss_kib "$serve_pid")" \
    '{seconds: $l.duration_s, load: $l, heap_after_gc_mib_start: ($h0|tonumber/1024*10|round/10),
      heap_after_gc_mib_end: ($h1|tonumber/1024*10|round/10), rss_mib_end: ($rss|tonumber/1024*10|round/10)}')
fi
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
stop_pid "$ng_pid"

# --- 3. memory with 1 and with 10 models ---
if (( have_serve )); then
  stop_pid "$serve_pid"
  models=()
  for k in $(seq 1 10); do cp "$work/model.zip" "$work/m$k.zip"; models+=(--model "m$k=$work/m$k.zip"); done
  port10="$(free_port)"
  log "modelyard: memory with 10 models"
  start_serve "$port10" "${models[@]}"
  for k in $(seq 1 10); do
    curl -fsS -o /dev/null -H 'Content-Type: application/json' --data-binary @"$work/records.json" \
      "http://127.0.0.1:$port10/api/v1/models/m$k/predict"
  done
  rss_idle_10=$(rss_kib "$serve_pid")
  stop_pid "$serve_pid"
  mem=$(jq -n --arg a "$rss_idle_1" --arg b "$rss_load_1" --arg c "$rss_idle_10" --arg z "$bundle_bytes" '
    def mib: tonumber / 1024 * 10 | round / 10;
    {rss_mib_1_model_after_first_request: ($a|mib), rss_mib_1_model_after_load: ($b|mib),
     rss_mib_10_models_after_one_request_each: ($c|mib), bundle_kib: ($z|tonumber/1024|round)}')
fi

jq -n --arg date "$(date -u +%FT%TZ)" --arg cpus "$(nproc)" --arg l0 "$load_start" --arg l1 "$load_end" \
  --arg nginxv "$("$NGINX" -v 2>&1 | sed 's#.*/##')" --arg wrkv "$(wrk -v 2>&1 | head -n1 | cut -d' ' -f2)" \
  --arg opts "${MODELYARD_JAVA_OPTS:-}" --argjson secs "$secs" --argjson serve "$have_serve" \
  --argjson ng "$ng_json" --argjson my "$my_json" --argjson myf "$my_fixed" --argjson ngf "$nginx_fixed" \
  --argjson mem "$mem" --argjson soak "$soak_json" --argjson model "$model_info" '
  {benchmark: "serving-http", date: $date, machine: "\($cpus) cores, loopback", load_average_start: $l0, load_average_end: $l1,
   tools: {nginx: $nginxv, wrk: $wrkv, fixed_rate: "bench FixedRateLoad (open loop, 64 connections, 2 NIO event loops)"},
   modelyard_java_opts: $opts, modelyard_tested: ($serve == 1), model: $model,
   max_rate: {seconds: $secs, wrk: "-t2 -c64", nginx: $ng, modelyard: $my,
              modelyard_vs_nginx_pct: (if $my then ($my.rate / $ng.rate * 1000 | round / 10) else null end)},
   fixed_rate_half_max: {modelyard: $myf, nginx_same_rate: $ngf},
   memory: $mem, soak: $soak,
   goals: {rate_vs_nginx_ge_60_pct: (if $my then ($my.rate / $ng.rate >= 0.6) else null end),
           p99_at_half_rate_le_2ms: (if $myf then ($myf.latency_ms.p99 <= 2 and $myf.errors == 0) else null end),
           soak_zero_errors: (if $soak then ($soak.load.errors == 0) else null end)}}' \
  > "$results/serving-http.json"

jq -r '
  def ms: if . == null then "n/a" else tostring end;
  "# HTTP serving benchmark\n",
  "\(.date), \(.machine), load average \(.load_average_start) at start, \(.load_average_end) at end; nginx \(.tools.nginx), wrk \(.tools.wrk); Modelyard JVM options: \(if .modelyard_java_opts == "" then "launcher defaults (serve on ≤ 2 cores: -XX:+UseSerialGC)" else .modelyard_java_opts end).",
  (if .model then "Model: a gbdt bundle trained on the bundled adult sample (\(.model.trees) trees, \(.model.nodes) nodes, \(.model.bundle_kib) KiB); request: one adult row." else empty end),
  (if .modelyard_tested then empty else "\n**Modelyard half not run: `modelyard serve` was not available.**" end),
  "\n## Max rate (wrk -t2 -c64, \(.max_rate.seconds) s, one-row requests)\n",
  "| server | request | req/s | p50 ms | p99 ms | errors |",
  "|---|---|---|---|---|---|",
  "| nginx | GET static JSON | \(.max_rate.nginx.rate | round) | \(.max_rate.nginx.latency_ms.p50) | \(.max_rate.nginx.latency_ms.p99) | \(.max_rate.nginx.errors | add) |",
  (if .max_rate.modelyard then "| Modelyard | POST /invocations, 1 row | \(.max_rate.modelyard.rate | round) | \(.max_rate.modelyard.latency_ms.p50) | \(.max_rate.modelyard.latency_ms.p99) | \(.max_rate.modelyard.errors | add) |" else empty end),
  (if .max_rate.modelyard_vs_nginx_pct then "\nModelyard reaches \(.max_rate.modelyard_vs_nginx_pct) % of nginx (goal ≥ 60 %)." else empty end),
  "\n## Fixed rate (open loop, latency from the scheduled send time)\n",
  "| server | target req/s | achieved | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | errors |",
  "|---|---|---|---|---|---|---|---|---|",
  (.fixed_rate_half_max | to_entries[] | select(.value != null) | .value as $f |
   "| \(.key) | \($f.target_rate) | \($f.achieved_rate) | \($f.latency_ms.p50) | \($f.latency_ms.p90) | \($f.latency_ms.p99) | \($f.latency_ms.p999) | \($f.latency_ms.max) | \($f.errors) |"),
  "\nRate: half of Modelyard'"'"'s max rate (goal: p99 ≤ 2 ms); nginx at the same rate shows the client'"'"'s and loopback'"'"'s share.",
  (if .memory then "\n## Resident memory\n\n1 model: \(.memory.rss_mib_1_model_after_first_request) MiB after the first request, \(.memory.rss_mib_1_model_after_load) MiB after the load runs; 10 models (copies of the \(.memory.bundle_kib) KiB bundle): \(.memory.rss_mib_10_models_after_one_request_each) MiB after one request each." else empty end),
  (if .soak then "\n## Soak\n\n\(.soak.seconds) s at \(.soak.load.target_rate) req/s (70 % of max): \(.soak.load.requests) requests, \(.soak.load.errors) errors, p99 \(.soak.load.latency_ms.p99) ms; heap after full GC \(.soak.heap_after_gc_mib_start) MiB at the start, \(.soak.heap_after_gc_mib_end) MiB at the end; RSS \(.soak.rss_mib_end) MiB at the end." else empty end),
  "\nGoals: \(.goals | to_entries | map("\(.key) = \(.value | ms)") | join(", ")).",
  "Two cores are shared by the load generator and the server (and by any other work on the machine): compare rows of the same run."
' "$results/serving-http.json" > "$results/serving-http.md"
cat "$results/serving-http.md"
