#!/usr/bin/env bash
# Runs the pipeline on a real Flink 1.19 standalone session cluster on this machine:
# a JobManager (StandaloneSessionClusterEntrypoint) and a TaskManager (TaskManagerRunner) as
# separate JVMs, built from the Maven Central jars the FlinkRunner depends on.
#
#   scripts/flink-cluster.sh start            start the cluster (REST on localhost:$FLINK_REST_PORT)
#   scripts/flink-cluster.sh submit [args]    submit pipeline-bundled.jar (seeds by default)
#   scripts/flink-cluster.sh stop             stop the cluster
#   scripts/flink-cluster.sh check            start, submit the seeds, compare with the
#                                             DirectRunner's outputs, stop (exit 0 when equal)
#
# On your own cluster, submit the same jar with --runner=FlinkRunner --flinkMaster=HOST:PORT
# (the REST address of its JobManager), or give it to `flink run`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${FLINK_REST_PORT:-18081}
START_TIMEOUT=${FLINK_START_TIMEOUT:-180}   # seconds for the cluster to come up
JOB_TIMEOUT=${FLINK_JOB_TIMEOUT:-900}       # seconds for one submitted run
WORK=${FLINK_WORK:-$ROOT/target/flink-cluster}
JAR=$ROOT/pipeline/target/pipeline-bundled.jar

classpath() {
  if [ ! -s "$WORK/classpath" ]; then
    mkdir -p "$WORK"
    # mvn's own output goes to stderr: this function's stdout is the classpath
    (cd pipeline && mvn -B -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/classpath" >&2)
  fi
  cat "$WORK/classpath"
}

jar() {
  [ -s "$JAR" ] || mvn -B -q package -DskipTests
}

overview() { curl -s "http://localhost:$PORT/overview" || true; }

start() {
  if overview | grep -q taskmanagers; then
    echo "port $PORT already answers as a Flink REST endpoint (another cluster?); stop it or set FLINK_REST_PORT" >&2
    return 1
  fi
  mkdir -p "$WORK/conf"
  sed "s/port: 18081/port: $PORT/" scripts/flink/config.yaml > "$WORK/conf/config.yaml"
  local cp; cp=$(classpath)
  java -Xmx512m -cp "$cp" org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
    --configDir "$WORK/conf" > "$WORK/jobmanager.log" 2>&1 &
  echo $! > "$WORK/jobmanager.pid"
  java -Xmx700m -XX:MaxDirectMemorySize=512m -cp "$cp" org.apache.flink.runtime.taskexecutor.TaskManagerRunner \
    --configDir "$WORK/conf" > "$WORK/taskmanager.log" 2>&1 &
  echo $! > "$WORK/taskmanager.pid"
  for _ in $(seq 1 "$START_TIMEOUT"); do
    if overview | grep -q '"taskmanagers":1'; then
      echo "Flink cluster up: http://localhost:$PORT ($(overview))"
      return 0
    fi
    sleep 1
  done
  echo "Flink cluster did not start; see $WORK/jobmanager.log and $WORK/taskmanager.log" >&2
  stop
  return 1
}

submit() {
  jar
  local out=${OUT:-$ROOT/output-flink-cluster}
  local args=("$@")
  [ ${#args[@]} -gt 0 ] || args=(--input="$ROOT/seeds/*.txt" --output="$out")
  timeout "$JOB_TIMEOUT" java -jar "$JAR" --runner=FlinkRunner --flinkMaster="localhost:$PORT" --parallelism=2 "${args[@]}"
}

stop() {
  for p in taskmanager jobmanager; do
    if [ -f "$WORK/$p.pid" ]; then
      kill "$(cat "$WORK/$p.pid")" 2>/dev/null || true
      rm -f "$WORK/$p.pid"
    fi
  done
}

check() {
  local began=$SECONDS
  jar
  trap stop EXIT
  start
  rm -rf "$WORK/out-cluster" "$WORK/out-direct"
  OUT="$WORK/out-cluster" submit --input="$ROOT/seeds/*.txt" --output="$WORK/out-cluster"
  timeout "$JOB_TIMEOUT" java -jar "$JAR" --input="$ROOT/seeds/*.txt" --output="$WORK/out-direct"
  local status=0
  for f in articles.jsonl claims.jsonl quotes.jsonl entities.jsonl findings.jsonl rejects.jsonl report.md report.html; do
    if cmp -s "$WORK/out-cluster/$f" "$WORK/out-direct/$f"; then
      echo "same: $f"
    else
      echo "DIFFERENT: $f"; status=1
    fi
  done
  if ! grep -q '"runner" : "FlinkRunner"' "$WORK/out-cluster/summary.json"; then
    echo "DIFFERENT: summary.json does not name the FlinkRunner"; status=1
  fi
  echo "cluster: $(overview)"
  echo "check took $((SECONDS - began)) s: $([ $status = 0 ] && echo 'all outputs identical' || echo 'OUTPUTS DIFFER')"
  return $status
}

case "${1:-check}" in
  start) start ;;
  submit) shift; submit "$@" ;;
  stop) stop ;;
  check) check ;;
  *) echo "usage: $0 start|submit [pipeline args]|stop|check" >&2; exit 2 ;;
esac
