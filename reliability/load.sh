#!/usr/bin/env bash
# Load test of a running packaged service with wrk (apt-get install wrk) and reliability/mix.lua.
#   reliability/load.sh sweep BASE PID [seconds-per-step] [connections…]   saturation sweep
#   reliability/load.sh run   BASE PID [seconds] [connections]             one long run
# BASE: http://127.0.0.1:PORT (loopback only); PID: the service's java process, for heap and RSS.
# Start the service first, e.g. (first start builds the index, ~1 min on 2 cores):
#   java -Xmx2g -Dquarkus.http.port=18080 -Dquarkus.http.host=127.0.0.1 \
#     -Dlawimpact.data-dir=/tmp/lawimpact-load -Dlawimpact.corpus.root=../shared/corpus \
#     -jar target/quarkus-app/quarkus-run.jar
# NOCACHE=1: searches vary their paging so the result cache rarely answers them (see mix.lua).
set -euo pipefail
MODE=$1 BASE=$2 PID=$3
EXTRA=()
[ "${NOCACHE:-0}" = 1 ] && EXTRA=(-- nocache)
DIR=$(cd "$(dirname "$0")" && pwd)
case "$BASE" in http://127.*|http://localhost*|http://\[::1\]*) ;; *) echo "loopback addresses only"; exit 2 ;; esac
command -v wrk > /dev/null || { echo "wrk not installed: apt-get install -y wrk"; exit 2; }

memory() {
  local rss heap
  rss=$(awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$PID/status")
  heap=$(jcmd "$PID" GC.heap_info 2>/dev/null | grep -m1 -o 'total [0-9]*K, used [0-9]*K' || echo "n/a")
  echo "$1: RSS $rss, heap $heap, load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")" = 200 ] || { echo "service not ready"; exit 1; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)"
memory before
if [ "$MODE" = sweep ]; then
  SECS=${4:-30}
  shift 4 || true
  for c in "${@:-1 2 4 8 16}"; do
    printf 'connections=%s ' "$c"
    wrk -t "$(( c < 2 ? 1 : 2 ))" -c "$c" -d "${SECS}s" --timeout 30s -s "$DIR/mix.lua" "$BASE" "${EXTRA[@]}" | grep '^requests='
  done
else
  SECS=${4:-300}
  C=${5:-4}
  printf 'connections=%s ' "$C"
  wrk -t "$(( C < 2 ? 1 : 2 ))" -c "$C" -d "${SECS}s" --timeout 30s -s "$DIR/mix.lua" "$BASE" "${EXTRA[@]}" | grep '^requests='
fi
memory after
curl -s -o /dev/null -w 'ready after the run: HTTP %{http_code}\n' "$BASE/q/health/ready"
