#!/usr/bin/env bash
# Load benchmark of the API (docs/benchmarks.md): the whole system (`skill.jar demo`: embedded Kafka,
# PostgreSQL, dispatcher, calculators) on loopback with the API measured as its own process
# (`skill-service.jar service api`, as deployed), a generated season replaying into the system while wrk
# measures (as fast as the system takes it, or REPLAY_SPEED=N for N x real time), and wrk with its
# latency histogram against the finisher top 10 and a player's skills, after a warm-up of each,
# at each number of connections given.
# Usage: [REPLAY_SPEED=N] bench/api-load.sh [duration, default 30s] [connections, default "16 64"]
# Needs: skill-cli/target/skill.jar and skill-service/target/skill-service.jar (./mvnw -q -DskipTests package),
# wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30s}
CONNECTIONS=${2:-16 64}
KAFKA_PORT=${KAFKA_PORT:-19092}
DEMO_API_PORT=${DEMO_API_PORT:-18081}
API_PORT=${API_PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-18082}
REPLAY_SPEED=${REPLAY_SPEED:-}
JAR=skill-cli/target/skill.jar
SERVICE_JAR=skill-service/target/skill-service.jar
BASE="http://127.0.0.1:${API_PORT}"
LOG=$(mktemp -d)/skill.log
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
for jar in "$JAR" "$SERVICE_JAR"; do
  [ -f "$jar" ] || { echo "$jar is missing: ./mvnw -q -DskipTests package" >&2; exit 1; }
done

java -jar "$JAR" demo --kafka-port "$KAFKA_PORT" --api-port "$DEMO_API_PORT" --management-port 0 >"$LOG" 2>&1 &
SYSTEM=$!
KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" API_PORT="$API_PORT" MANAGEMENT_PORT="$MANAGEMENT_PORT" \
    java -Xmx256m -jar "$SERVICE_JAR" service api >"$LOG.api" 2>&1 &
API=$!
REPLAY=""
trap 'kill $SYSTEM $API ${REPLAY} 2>/dev/null || true; wait 2>/dev/null || true' EXIT

echo "Waiting for the demo season's finisher ranking (logs: $LOG, $LOG.api) ..."
for _ in $(seq 1 240); do
  if curl -fs "$BASE/api/v1/rankings/finisher" 2>/dev/null | grep -q '"rank":1'; then break; fi
  sleep 1
done
RANKING=$(curl -fs "$BASE/api/v1/rankings/finisher")
PLAYER=$(echo "$RANKING" | grep -o '"playerId":"[^"]*"' | head -1 | cut -d'"' -f4)
SEASON=$(echo "$RANKING" | grep -o '"season":"[^"]*"' | head -1 | cut -d'"' -f4)
# The replayed season becomes the latest one: ask for the demo season's player by his season.
TOP10="$BASE/api/v1/rankings/finisher?season=$SEASON"
PLAYER_URL="$BASE/api/v1/players/$PLAYER/skills?season=$SEASON"
echo "Top-10 endpoint: $TOP10; player endpoint: $PLAYER_URL"

java -jar "$JAR" replay generated:seed=7 ${REPLAY_SPEED:+--speed "$REPLAY_SPEED"} \
    --bootstrap-servers "127.0.0.1:$KAFKA_PORT" >"$LOG.replay" 2>&1 &
REPLAY=$!
echo "Season replay running: generated:seed=7, ${REPLAY_SPEED:-full} speed (pid $REPLAY)"
sleep 5

run() {
  echo "== $1, $2 connections"
  wrk -t2 -c"$2" -d"$DURATION" --latency "$1" | grep -E 'Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx|Socket errors'
}
# The JIT compiles the request path before anything is measured.
for url in "$TOP10" "$PLAYER_URL"; do wrk -t2 -c16 -d10s "$url" >/dev/null; done
for c in $CONNECTIONS; do
  run "$TOP10" "$c"
  run "$PLAYER_URL" "$c"
done
if kill -0 "$REPLAY" 2>/dev/null; then echo "(the replay was still running at the end)"; else echo "(the replay finished during the measurement)"; fi
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%Y-%m-%dT%H:%MZ)"
