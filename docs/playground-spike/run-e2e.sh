#!/usr/bin/env bash
# Start bot + Agents Playground (loopback only), run the Playwright e2e, stop both (by PID).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
PG_PORT=${PG_PORT:-56150}
BOT_PORT=${BOT_PORT:-3978}
LOGDIR=$(mktemp -d /tmp/pg-run.XXXXXX)
now() { date +%s%3N; }

# Refuse to run if the Playground port is busy: the CLI silently falls back to a RANDOM port.
if ss -ltn "( sport = :$PG_PORT )" | grep -q LISTEN; then echo "port $PG_PORT busy" >&2; exit 1; fi

cleanup() { for p in ${PG_PID:-} ${BOT_PID:-}; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

t0=$(now)
PORT=$BOT_PORT ACT_DIR="$LOGDIR/activities" node bot.js >"$LOGDIR/bot.log" 2>&1 &
BOT_PID=$!
# Run from pgcfg/ so .m365agentsplayground.yml is picked up (or set M365_AGENTS_PLAYGROUND_CONFIG_PATH).
( cd pgcfg && exec env TEAMSAPPTESTER_BROWSER=none \
    M365_AGENTS_PLAYGROUND_CONFIG_PATH="$ROOT/pgcfg/.m365agentsplayground.yml" \
    M365_AGENTS_PLAYGROUND_LOGFILE="$LOGDIR/playground.log" \
    node -r "$ROOT/bind-loopback.js" "$ROOT/node_modules/@microsoft/m365agentsplayground/cli.js" \
      --app-endpoint "http://127.0.0.1:$BOT_PORT/api/messages" --channel-id msteams --port "$PG_PORT" \
      --service-url "http://127.0.0.1:$PG_PORT/_connector" --disable-telemetry ) >"$LOGDIR/pg.out" 2>&1 &
PG_PID=$!

for i in $(seq 1 100); do
  curl -sf -m 1 "http://127.0.0.1:$BOT_PORT/healthz" >/dev/null 2>&1 && \
  curl -sf -m 1 "http://127.0.0.1:$PG_PORT/_debug/ping" >/dev/null 2>&1 && break
  sleep 0.1
done
t1=$(now); echo "bot + playground ready in $((t1 - t0)) ms (logs in $LOGDIR)"

PG_URL="http://127.0.0.1:$PG_PORT/" BOT_URL="http://127.0.0.1:$BOT_PORT" \
PG_BOT_NAME='Usage Bot' PG_TEAM='Usage Team' PG_CHANNEL='Reports' SHOTS="$ROOT/shots/run" node e2e.js
t2=$(now); echo "e2e took $((t2 - t1)) ms; total $((t2 - t0)) ms"
ls "$LOGDIR/activities"
