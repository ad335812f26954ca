# Shared by bench/run-*.sh (sourced from the repository root): picks a JDK 21+ for ./mvnw, finds the
# datasets, and builds the bench module's classpath.
# The feature version (e.g. 25) of the JDK at $1, or 0 when it is not a JDK.
jdk_version() {
  [[ -x "$1/bin/javac" ]] || { echo 0; return; }
  local v
  v="$("$1/bin/java" -XX:+IgnoreUnrecognizedVMOptions -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)"
  echo "${v:-0}"
}
# Temurin 25 when present, else the newest JDK 21+ under /usr/lib/jvm.
newest_jdk() {
  local d
  for d in /usr/lib/jvm/temurin-25-jdk-amd64 $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed 's:/$::' | sort -rV); do
    (( $(jdk_version "$d") >= 21 )) && { echo "$d"; return; }
  done
  return 1
}
if (( $(jdk_version "${JAVA_HOME:-/nonexistent}") < 21 )); then
  JAVA_HOME="$(newest_jdk)" || { echo "bench: needs a JDK 21 or newer (set JAVA_HOME)" >&2; exit 2; }
fi
export JAVA_HOME
JAVA_BIN="$(pwd)/bin/modelyard-java"   # runs $JAVA_HOME/bin/java with Modelyard's JVM flags
DATASETS="${MODELYARD_DATASETS:-$(cd .. && pwd)/shared/datasets}"
export MODELYARD_DATASETS="$DATASETS"
# The bench module's dependencies from ~/.m2 (offline: the plugin is spelled out with its version).
bench_classpath() {
  local cpfile=bench/target/classpath.txt
  # Stale as soon as any module's pom changes (dependencies come transitively through the CLI).
  if [[ ! -s "$cpfile" || -n "$(find . -maxdepth 2 -name pom.xml -newer "$cpfile" -print -quit)" ]]; then
    mkdir -p bench/target
    ./mvnw -q -B -o -pl bench org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile=target/classpath.txt >/dev/null
  fi
  echo "bench/target/classes:$(cat "$cpfile")"
}
bench_java() {
  local main="$1"; shift
  "$JAVA_BIN" -Xmx8g ${BENCH_JAVA_OPTS:-} -cp "$(bench_classpath)" "$main" "$@"
}
