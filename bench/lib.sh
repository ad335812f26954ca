# Shared by bench/run-*.sh: finds a JDK 21+, the datasets, and the bench module's classpath.
JAVA_BIN="$(pwd)/bin/modelyard-java"
DATASETS="${MODELYARD_DATASETS:-$(cd .. && pwd)/shared/datasets}"
export MODELYARD_DATASETS="$DATASETS"
bench_classpath() {
  local cpfile=bench/target/classpath.txt
  if [[ ! -s "$cpfile" || bench/pom.xml -nt "$cpfile" ]]; then
    ./mvnw -q -B -o -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
  fi
  echo "bench/target/classes:$(cat "$cpfile")"
}
bench_java() {
  local main="$1"; shift
  "$JAVA_BIN" -Xmx8g -cp "$(bench_classpath)" "$main" "$@"
}
