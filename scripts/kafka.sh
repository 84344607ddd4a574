#!/usr/bin/env bash
# Runs a real Apache Kafka broker on this machine for the Kafka source (docs/streaming.md,
# "Kafka"): one JVM in KRaft mode (process.roles=broker,controller, no ZooKeeper), listening on
# 127.0.0.1 only, built from the Kafka jars on Maven Central (scripts/kafka/pom.xml, resolved
# with mvn dependency:build-classpath). No Docker, nothing embedded.
#
#   scripts/kafka.sh start           format the storage (first time) and start the broker
#   scripts/kafka.sh stop            stop it (its data stays in $KAFKA_WORK/data until `clean`)
#   scripts/kafka.sh status          say whether it answers, and list its topics
#   scripts/kafka.sh topic [NAME]    create topic NAME ($KAFKA_TOPIC, articles) if missing
#   scripts/kafka.sh produce FILE    send each non-empty line of FILE (crawler JSON Lines) as
#                                    one message to $KAFKA_TOPIC
#   scripts/kafka.sh clean           stop it and delete its data
#
# Then run the pipeline with --kafkaBootstrap=127.0.0.1:$KAFKA_PORT --kafkaTopic=$KAFKA_TOPIC.
# Every wait is bounded (KAFKA_START_TIMEOUT seconds) and ends with a message naming the log.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${KAFKA_PORT:-19092}
CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-19093}
TOPIC=${KAFKA_TOPIC:-articles}
PARTITIONS=${KAFKA_PARTITIONS:-2}
START_TIMEOUT=${KAFKA_START_TIMEOUT:-90}
WORK=${KAFKA_WORK:-$ROOT/target/kafka}
BOOTSTRAP=127.0.0.1:$PORT

classpath() {
  if [ ! -s "$WORK/classpath" ]; then
    mkdir -p "$WORK"
    # mvn's own output goes to stderr: this function's stdout is the classpath
    (cd scripts/kafka && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" >&2)
  fi
  cat "$WORK/classpath"
}

tool() {
  local main=$1; shift
  java -Xmx256m -Dlog4j.configuration="file:$WORK/tools-log4j.properties" -cp "$(classpath)" "$main" "$@"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running() { [ -f "$WORK/broker.pid" ] && kill -0 "$(cat "$WORK/broker.pid")" 2>/dev/null; }

write_config() {
  mkdir -p "$WORK/data"
  cat > "$WORK/server.properties" <<EOF
# written by scripts/kafka.sh: a single KRaft node, broker and controller, loopback only
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$WORK/data
num.partitions=$PARTITIONS
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
log.retention.hours=168
EOF
  cat > "$WORK/log4j.properties" <<EOF
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.FileAppender
log4j.appender.file.File=$WORK/broker.log
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.org.apache.kafka.controller=INFO
EOF
  cat > "$WORK/tools-log4j.properties" <<EOF
log4j.rootLogger=WARN, stderr
log4j.appender.stderr=org.apache.log4j.ConsoleAppender
log4j.appender.stderr.Target=System.err
log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
EOF
}

start() {
  if running; then
    echo "Kafka broker already running (pid $(cat "$WORK/broker.pid")) on $BOOTSTRAP"
    return 0
  fi
  if port_open "$PORT" || port_open "$CONTROLLER_PORT"; then
    echo "port $PORT or $CONTROLLER_PORT is already taken (another broker?); stop it or set KAFKA_PORT and KAFKA_CONTROLLER_PORT" >&2
    return 1
  fi
  write_config
  local cp; cp=$(classpath)
  if [ ! -f "$WORK/data/meta.properties" ]; then
    # kafka-storage format: a fresh cluster id, written once into the data directory
    tool kafka.tools.StorageTool format --config "$WORK/server.properties" \
      --cluster-id "$(tool kafka.tools.StorageTool random-uuid)" --ignore-formatted > "$WORK/format.log"
  fi
  : > "$WORK/broker.log"
  java -Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$WORK/log4j.properties" -cp "$cp" kafka.Kafka "$WORK/server.properties" \
    > "$WORK/broker.out" 2>&1 &
  echo $! > "$WORK/broker.pid"
  for _ in $(seq 1 "$START_TIMEOUT"); do
    if ! running; then
      echo "Kafka broker exited while starting; see $WORK/broker.out and $WORK/broker.log" >&2
      tail -5 "$WORK/broker.out" >&2 || true
      rm -f "$WORK/broker.pid"
      return 1
    fi
    if port_open "$PORT" && grep -q "Kafka Server started" "$WORK/broker.log" "$WORK/broker.out" 2>/dev/null; then
      echo "Kafka broker up on $BOOTSTRAP (KRaft, pid $(cat "$WORK/broker.pid"), data in $WORK/data)"
      topic "$TOPIC"
      return 0
    fi
    sleep 1
  done
  echo "Kafka broker did not start within $START_TIMEOUT s; see $WORK/broker.log" >&2
  stop
  return 1
}

stop() {
  if [ -f "$WORK/broker.pid" ]; then
    local pid; pid=$(cat "$WORK/broker.pid")
    if kill "$pid" 2>/dev/null; then
      # a clean shutdown flushes the log; bounded, then forced
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
      echo "Kafka broker stopped"
    fi
    rm -f "$WORK/broker.pid"
  fi
}

status() {
  if running && port_open "$PORT"; then
    echo "Kafka broker running on $BOOTSTRAP (pid $(cat "$WORK/broker.pid")); topics:"
    tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --list
  else
    echo "Kafka broker not running (scripts/kafka.sh start)"
    return 1
  fi
}

topic() {
  local name=${1:-$TOPIC}
  tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$name" --partitions "$PARTITIONS" --replication-factor 1 >/dev/null
  echo "topic $name ($PARTITIONS partitions) on $BOOTSTRAP"
}

produce() {
  local file=${1:?usage: scripts/kafka.sh produce FILE (one JSON article per line)}
  [ -r "$file" ] || { echo "cannot read $file" >&2; return 1; }
  running || { echo "Kafka broker not running (scripts/kafka.sh start)" >&2; return 1; }
  grep -v '^[[:space:]]*$' "$file" | tool kafka.tools.ConsoleProducer --bootstrap-server "$BOOTSTRAP" \
    --topic "$TOPIC" --producer-property acks=all --producer-property max.request.size=8388608
  echo "produced $(grep -cv '^[[:space:]]*$' "$file") messages from $file to $TOPIC"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  topic) shift; topic "$@" ;;
  produce) shift; produce "$@" ;;
  clean) stop; rm -rf "$WORK/data" "$WORK/meta.properties"; echo "Kafka data removed" ;;
  *) echo "usage: $0 start|stop|status|topic [NAME]|produce FILE|clean" >&2; exit 2 ;;
esac
