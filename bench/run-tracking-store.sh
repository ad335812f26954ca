#!/usr/bin/env bash
# Tracking store benchmark: log-batch ingest (8 threads) vs raw JDBC batched inserts into the same database
# (alternating for three rounds, medians compared),
# and search over 100k runs (p50/p95) vs the same queries without the (key, value) indexes.
# Results: bench/results/tracking-store.json. PostgreSQL is included when MODELYARD_TEST_POSTGRES_URL is set
# (start one with .ci/postgres.sh start /tmp/pg).
#   bench/run-tracking-store.sh [batches-per-thread=50] [runs=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
./mvnw -q -B -o -pl modelyard-tracking test-compile
cpfile=modelyard-tracking/target/bench-classpath.txt
./mvnw -q -B -o -pl modelyard-tracking org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
work="${BENCH_WORK:-modelyard-tracking/target/bench-work}"
[ -n "${BENCH_KEEP:-}" ] || rm -rf "$work"
"$JAVA_HOME/bin/java" -Xmx4g ${BENCH_JAVA_OPTS:-} \
  -cp "modelyard-tracking/target/test-classes:modelyard-tracking/target/classes:$(cat "$cpfile")" \
  dev.modelyard.tracking.bench.TrackingStoreBench "$work" bench/results/tracking-store.json "${1:-50}" "${2:-100000}" \
  "${MODELYARD_TEST_POSTGRES_URL:-}" 2> >(grep -vE 'SLF4J|flywaydb|^INFO:' >&2)
[ -n "${BENCH_KEEP:-}" ] || rm -rf "$work"
