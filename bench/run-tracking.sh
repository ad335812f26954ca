#!/usr/bin/env bash
# Tracking server over HTTP: log-batch ingest (8 client threads, 1,000 points per request) vs the raw JDBC
# batched-insert rate of the same database (RawJdbcIngest), alternating for three rounds in one process, medians
# compared; the in-process store rate comes from TrackingStoreBench (run first, search part off). Then search over
# 100k runs (10 params, 10 metrics each) with a three-clause filter and order_by: p50/p95 over HTTP. PostgreSQL is
# included when MODELYARD_TEST_POSTGRES_URL is set (.ci/postgres.sh start /tmp/pg prints one).
# Results: bench/results/tracking.json (see bench/README.md).
#   bench/run-tracking.sh [requests-per-thread=50] [runs=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
batches="${1:-50}"
runs="${2:-100000}"
work="${BENCH_WORK:-modelyard-server/target/bench-work}"
rm -rf "$work" && mkdir -p "$work"
./mvnw -q -B -o -pl modelyard-tracking test-compile
./mvnw -q -B -o -pl modelyard-server test-compile
./mvnw -q -B -o -pl modelyard-server org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="modelyard-server/target/test-classes:modelyard-server/target/classes:modelyard-tracking/target/test-classes:$(cat modelyard-server/target/bench-classpath.txt)"
quiet() { grep -vE 'SLF4J|flywaydb|^INFO:|^[A-Z][a-z]{2} [0-9]+, [0-9]{4}' >&2; }
# The peer: raw JDBC batched inserts (and the store in-process) into the same databases, same point shape.
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx2g -cp "$cp" dev.modelyard.tracking.bench.TrackingStoreBench \
  "$work/store" "$work/store-ingest.json" "$batches" 0 "${MODELYARD_TEST_POSTGRES_URL:-}" 2> >(quiet) | grep -E '^ingest'
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx3g -cp "$cp" dev.modelyard.server.tracking.bench.TrackingHttpBench \
  "$work/http" bench/results/tracking.json "$batches" "$runs" "$work/store-ingest.json" "${MODELYARD_TEST_POSTGRES_URL:-}" \
  2> >(quiet) | grep -E '^(ingest|search)'
rm -rf "$work"
