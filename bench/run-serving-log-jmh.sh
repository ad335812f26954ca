#!/usr/bin/env bash
# Does the prediction log slow requests? (JMH, one run.) One-row requests through the serving engine
# (decode, type, score, metrics) for a GBDT trained on the bundled adult sample, with the asynchronous
# JSON-lines prediction log off and on, with 1 and with 2 request threads (on 2 cores the log's writer
# thread competes with them). Writes bench/results/serving-log-jmh.json and .md. Takes ~2 minutes.
# JMH_OPTS adds or overrides JMH options.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
results=bench/results
mkdir -p "$results"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -o -q -B -pl bench install -DskipTests
for t in 1 2; do
  "$JAVA_BIN" -Xmx1g -cp "$(bench_classpath)" org.openjdk.jmh.Main 'dev.modelyard.bench.serving.PredictionLogBenchmark' \
    -f 1 -wi 3 -w 1s -i 5 -r 1s -t "$t" -rf json -rff "bench/target/serving-log-jmh-t$t.json" ${JMH_OPTS:-}
done
jq -s 'add' bench/target/serving-log-jmh-t1.json bench/target/serving-log-jmh-t2.json > "$results/serving-log-jmh.json"
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
jq -r --arg date "$(date -u +%FT%TZ)" --arg l0 "$load_start" --arg l1 "$load_end" '
  def r2: . * 100 | round / 100;
  . as $all |
  def us(t; l): $all | map(select(.threads == t and .params.log == l))[0].primaryMetric;
  "# Prediction log cost (JMH)\n",
  "\($date), \(env.NPROC // "2") cores, load average \($l0) at start, \($l1) at end; JDK \(.[0].vmVersion); 1 fork, 3 × 1 s warm-up, 5 × 1 s measured.",
  "One-row request through the serving engine (decode, type, score, metrics), GBDT on the adult sample.\n",
  "| request threads | log off µs | log on µs | on ÷ off |",
  "|---|---|---|---|",
  ((1, 2) as $t | "| \($t) | \(us($t; "off").score | r2) ± \(us($t; "off").scoreError | r2) | \(us($t; "on").score | r2) ± \(us($t; "on").scoreError | r2) | \(us($t; "on").score / us($t; "off").score | r2) |")
' "$results/serving-log-jmh.json" > "$results/serving-log-jmh.md"
cat "$results/serving-log-jmh.md"
