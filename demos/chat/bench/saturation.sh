#!/bin/sh
# The side-by-side table in demos/chat/README.md: for syncscope-chat and gorilla's chat
# example, the highest broadcast rate each sustains with every message delivered in
# order and p99 under 100 ms, at 100, 1,000 and 5,000 clients, and the server's resident
# memory per idle connection at 1,000 and 10,000. Loopback only; both servers speak the
# plain protocol at /ws, so the same `chat-load --plain` drives both.
#
#   cargo build --release -p syncscope-chat --bins
#   demos/chat/bench/build-gorilla.sh /path/to/websocket.git
#   demos/chat/bench/saturation.sh [CLIENT_COUNTS] [IDLE_COUNTS] > saturation.txt
#
# Run it on a quiet machine: the load generator shares the cores with the server, so
# anything else running moves the figures. Not part of CI's pass/fail.
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
ours="$root/target/release/syncscope-chat"
load="$root/target/release/chat-load"
gorilla="$root/target/gorilla-chat/chat"
counts=${1:-100 1000 5000}
idle=${2:-1000 10000}
for bin in "$ours" "$load" "$gorilla"; do
  [ -x "$bin" ] || { echo "missing $bin (see the commands above)" >&2; exit 1; }
done
ulimit -n 65536 2>/dev/null || true

start_server() { # name port
  case $1 in
    syncscope) "$ours" --addr "127.0.0.1:$2" --rate 0 >/dev/null 2>&1 & ;;
    # gorilla's example serves home.html from its working directory.
    gorilla) (cd "$root/target/gorilla-chat/src/chat" && exec "$gorilla" -addr "127.0.0.1:$2") >/dev/null 2>&1 & ;;
  esac
  pid=$!
  sleep 1
}

for server in syncscope gorilla; do
  for n in $counts; do
    start_server $server 9911
    echo "== $server, $n clients"
    "$load" --url ws://127.0.0.1:9911/ws --plain --clients "$n" --saturate \
      --start-rate 25 --trial 3s --refine 3 --timeout 60s || true
    kill "$pid"; wait "$pid" 2>/dev/null || true
    sleep 2
  done
  for n in $idle; do
    start_server $server 9911
    echo "== $server, $n idle connections"
    # gorilla's process is the shell's child here too, so $pid is the server itself.
    "$load" --url ws://127.0.0.1:9911/ws --plain --clients "$n" --hold 10s \
      --server-pid "$pid" --timeout 120s || true
    kill "$pid"; wait "$pid" 2>/dev/null || true
    sleep 2
  done
done
