#!/usr/bin/env bash
# Fault injection against the packaged service (target/quarkus-app/quarkus-run.jar; build it with
# mvn -B package -DskipTests). Each scenario starts the jar as a user would, injects one fault,
# and checks the service recovers by itself. Prints PASS/FAIL per scenario and a closing
# "N passed, N failed" line; exits non-zero on any failure.
#
#   reliability/faults.sh [work-dir]        (default /tmp/lawimpact-faults; wiped first)
#
# Corpus: the key laws in ../shared/corpus/ja/core (41 Acts; a build takes long enough to be
# killed in the middle) plus a copy of src/test/resources/fixture-corpus. The disk-full scenario
# mounts a small tmpfs and so needs root; it is skipped (and says so) otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=$ROOT/target/quarkus-app/quarkus-run.jar
SHARED=$(cd "$ROOT/../shared" 2>/dev/null && pwd || true)
CORE=${SHARED:+$SHARED/corpus/ja/core}
WORK=${1:-/tmp/lawimpact-faults}
PORT=${FAULTS_PORT:-18231}
BASE=http://127.0.0.1:$PORT
PASSED=0
FAILED=0
PID=

[ -f "$JAR" ] || { echo "no $JAR: run mvn -B package -DskipTests first"; exit 2; }
[ -d "$CORE" ] || { echo "SKIPPED: ../shared/corpus/ja/core not found; the fault scenarios need it"; exit 2; }
rm -rf "$WORK" && mkdir -p "$WORK"
cp -r "$ROOT/src/test/resources/fixture-corpus" "$WORK/fixture"

log() { echo "[$(date -u +%H:%M:%S)] $*"; }
pass() { PASSED=$((PASSED + 1)); log "PASS: $*"; }
fail() { FAILED=$((FAILED + 1)); log "FAIL: $*"; }

# start NAME DATA-DIR LOCATIONS [java options…]
start() {
  local name=$1 data=$2 locations=$3
  shift 3
  java -Xmx1g "$@" -Dquarkus.http.port=$PORT -Dquarkus.http.host=127.0.0.1 -Dlawimpact.data-dir="$data" \
    -Dlawimpact.corpus.locations="$locations" -Dlawimpact.reference.root="$SHARED/corpus" \
    -jar "$JAR" > "$WORK/$name.log" 2>&1 &
  PID=$!
}

stop() { [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; PID=; }
kill9() { kill -9 "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; PID=; }

# wait_for SECONDS COMMAND…: polls every 0.2 s until the command succeeds.
wait_for() {
  local deadline=$(($(date +%s) + $1))
  shift
  until "$@"; do
    [ "$(date +%s)" -ge "$deadline" ] && return 1
    sleep 0.2
  done
}

ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")" = 200 ]; }
state() { curl -s "$BASE/api/index"; }
status_is() { state | grep -q "\"status\":\"$1\""; }
laws() { state | sed -n 's/.*"report":{[^}]*"laws":\([0-9]*\).*/\1/p'; }
in_log() { grep -q "$2" "$WORK/$1.log"; }
search_ok() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/search?q=%E6%86%B2%E6%B3%95")" = 200 ]; }

# Laws = files that end with </Law> (the fixture corpus has one truncated file on purpose).
valid() { for f in "$1"/*.xml; do tail -c 200 "$f" | grep -q '</Law>' && echo "$f"; done | wc -l; }
CORE_N=$(valid "$CORE")
FIX_N=$(valid "$WORK/fixture")

# 1. SIGKILL during the first index build → the next start rebuilds from nothing, complete.
log "1. SIGKILL in the middle of a first index build"
start s1a "$WORK/d1" "$CORE"
if wait_for 120 in_log s1a "Building index into"; then
  sleep 2
  if in_log s1a "Index built"; then fail "first build finished before the kill (corpus too small to test)"; fi
  kill9
  ls "$WORK/d1/indexes" > "$WORK/s1.before-restart"
  [ ! -f "$WORK/d1/CURRENT" ] && log "killed mid-build: no CURRENT, partial dir $(cat "$WORK/s1.before-restart")"
  start s1b "$WORK/d1" "$CORE"
  if wait_for 180 status_is READY && [ "$(laws)" = "$CORE_N" ] && in_log s1b "Removing unfinished" && search_ok; then
    pass "restart removed the unfinished build and rebuilt: $(laws) laws ($CORE_N files)"
  else
    fail "no complete index after restart: $(state | head -c 400)"
  fi
  stop
else
  fail "build did not start: $(tail -5 "$WORK/s1a.log")"; kill9
fi

# 2. SIGKILL during a rebuild (corpus changed) → old index served throughout; next start rebuilds.
log "2. SIGKILL in the middle of a rebuild"
start s2a "$WORK/d1" "$CORE;$WORK/fixture"
if wait_for 60 in_log s2a "Building index into" && wait_for 30 ready && search_ok; then
  log "rebuilding while the previous index ($(laws) laws) serves searches; status: $(state | grep -o '"status":"[A-Z]*"')"
  sleep 2
  kill9
  start s2b "$WORK/d1" "$CORE;$WORK/fixture"
  if wait_for 60 ready && search_ok; then log "after restart the previous index serves at once"; fi
  if wait_for 180 status_is READY && [ "$(laws)" = "$((CORE_N + FIX_N))" ] && in_log s2b "Removing unfinished"; then
    pass "rebuild resumed after the kill: $(laws) laws ($CORE_N + $FIX_N files)"
  else
    fail "rebuild not complete after restart: $(state | head -c 400)"
  fi
  stop
else
  fail "rebuild did not start or old index not served: $(state | head -c 300)"; kill9
fi

# 3. A corrupted and a truncated index file → detected at start, reported, rebuilt.
for mode in corrupt truncate; do
  log "3. index file: $mode"
  dir="$WORK/d1/indexes/$(cat "$WORK/d1/CURRENT")"
  f=$(ls -S "$dir" | grep -v -e write.lock | head -1)
  size=$(stat -c %s "$dir/$f")
  if [ "$mode" = corrupt ]; then
    printf 'garbage-garbage-garbage' | dd of="$dir/$f" bs=1 seek=$((size / 2)) conv=notrunc status=none
  else
    truncate -s $((size / 2)) "$dir/$f"
  fi
  start "s3-$mode" "$WORK/d1" "$CORE;$WORK/fixture"
  if wait_for 180 status_is READY && [ "$(laws)" = "$((CORE_N + FIX_N))" ] && in_log "s3-$mode" "cannot be used" && search_ok; then
    pass "$mode $f ($size bytes): reported ('$(grep -o 'Index at .*cannot be used[^;]*' "$WORK/s3-$mode.log" | head -1 | cut -c1-160)…') and rebuilt: $(laws) laws"
  else
    fail "$mode $f: $(state | head -c 300) / $(grep -m1 'cannot be used' "$WORK/s3-$mode.log")"
  fi
  stop
done

# 4. Corpus location missing, or unreadable → clear message; an existing index is still served.
log "4. corpus location missing"
start s4a "$WORK/d1" "$WORK/no-such-corpus"
if wait_for 60 ready && search_ok && state | grep -q "corpus unavailable.*serving the existing index"; then
  pass "missing corpus: '$(state | grep -o '"message":"[^"]*"' | cut -c1-200)', existing index served"
else
  fail "missing corpus: $(state | head -c 300)"
fi
stop
start s4b "$WORK/d-empty" "$WORK/no-such-corpus"
if wait_for 60 status_is FAILED && [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/search?q=x")" = 503 ]; then
  pass "missing corpus, no index: status FAILED with '$(state | grep -o '"message":"[^"]*"' | cut -c1-160)', searches 503 with a problem body"
else
  fail "missing corpus without index: $(state | head -c 300)"
fi
stop
log "4b. corpus unreadable (permissions; root's override capabilities dropped with setpriv)"
mkdir -p "$WORK/locked" && cp "$WORK"/fixture/*.xml "$WORK/locked/" && chmod 000 "$WORK/locked"
if command -v setpriv > /dev/null && [ "$(id -u)" = 0 ]; then
  DROP=(setpriv --inh-caps=-dac_override,-dac_read_search --bounding-set=-dac_override,-dac_read_search)
else
  DROP=()
fi
"${DROP[@]}" java -Xmx1g -Dquarkus.http.port=$PORT -Dquarkus.http.host=127.0.0.1 -Dlawimpact.data-dir="$WORK/d1" \
  -Dlawimpact.corpus.locations="$WORK/locked" -Dlawimpact.reference.root="$SHARED/corpus" -jar "$JAR" > "$WORK/s4c.log" 2>&1 &
PID=$!
if wait_for 60 ready && search_ok && state | grep -qi "unavailable\|denied\|cannot"; then
  pass "unreadable corpus: '$(state | grep -o '"message":"[^"]*"' | cut -c1-200)', existing index served"
else
  fail "unreadable corpus: $(state | head -c 300)"
fi
stop
chmod 755 "$WORK/locked"

# 5. A corpus file truncated, and one that is not XML → reported per file, the rest indexed and served.
log "5. truncated and non-XML corpus files"
mkdir -p "$WORK/damaged" && cp "$WORK"/fixture/*.xml "$WORK/damaged/"
first=$(ls "$WORK/damaged"/*.xml | head -1)
truncate -s $(($(stat -c %s "$first") / 2)) "$first"
head -c 3000 /dev/urandom > "$WORK/damaged/599AC0000000077.xml"
printf 'this is not XML at all' > "$WORK/damaged/599AC0000000078.xml"
start s5 "$WORK/d5" "$WORK/damaged"
if wait_for 120 status_is READY && search_ok; then
  problems=$(state | grep -o '"problems":\[[^]]*\]' | head -c 600)
  n=$(laws)
  if [ "$n" = "$(valid "$WORK/damaged")" ] && echo "$problems" | grep -q "599AC0000000077\|599AC0000000078"; then
    pass "damaged files reported ($problems), $n laws indexed and served"
  else
    fail "damaged files: laws=$n problems=$problems"
  fi
else
  fail "damaged corpus: $(state | head -c 300)"
fi
stop

# 6. Disk full while indexing → clear error, previous index still served.
log "6. disk full during a rebuild (tmpfs)"
if [ "$(id -u)" = 0 ] && mkdir -p "$WORK/small" && mount -t tmpfs -o size=96m tmpfs "$WORK/small" 2>/dev/null; then
  start s6a "$WORK/small/data" "$WORK/fixture"
  wait_for 120 status_is READY
  before=$(laws)
  stop
  # Leave ~1 MiB free, then change the corpus so the next start rebuilds into the full disk.
  free_kb=$(df --output=avail -k "$WORK/small" | tail -1)
  dd if=/dev/zero of="$WORK/small/filler" bs=1k count=$((free_kb - 1024)) status=none 2>/dev/null
  start s6b "$WORK/small/data" "$WORK/fixture;$CORE"
  if wait_for 180 in_log s6b "Index build failed" && wait_for 10 ready && search_ok \
      && state | grep -q "index build failed.*serving the previous index" && [ "$(laws)" = "$before" ]; then
    pass "disk full: '$(state | grep -o '"message":"[^"]*"' | cut -c1-220)', previous index ($before laws) served"
  else
    fail "disk full: $(state | head -c 400) / $(grep -m1 -i 'space\|failed' "$WORK/s6b.log")"
  fi
  stop
  # Space back: the next start completes the rebuild.
  rm -f "$WORK/small/filler"
  start s6c "$WORK/small/data" "$WORK/fixture;$CORE"
  if wait_for 180 status_is READY && [ "$(laws)" = "$((CORE_N + FIX_N))" ]; then
    pass "space freed: rebuild completed, $(laws) laws"
  else
    fail "after freeing space: $(state | head -c 300)"
  fi
  stop
  umount "$WORK/small"
else
  log "SKIPPED disk full: needs root to mount a tmpfs"
fi

# 7. Searches during a rebuild and at the swap: every answer a 200 from the old or the new index.
log "7. searches during a rebuild (consistency)"
start s7a "$WORK/d7" "$CORE"
wait_for 180 status_is READY
Q='q=%E6%9E%B6%E7%A9%BA&limit=5' # 架空: only the fixture laws match, so old and new totals differ
total() { sed -n 's/.*"total":\([0-9]*\).*/\1/p'; }
old_total=$(curl -s "$BASE/api/search?$Q" | total)
stop
start s7b "$WORK/d7" "$CORE;$WORK/fixture"
wait_for 60 ready
searcher() {
  while [ ! -f "$WORK/s7.stop" ]; do
    curl -s -o "$WORK/s7.body.$1" -w '%{http_code} ' "$BASE/api/search?$Q" && total < "$WORK/s7.body.$1"
    echo
  done > "$WORK/s7.out.$1"
}
rm -f "$WORK/s7.stop"
SEARCHERS=()
for i in 1 2 3; do searcher $i & SEARCHERS+=($!); done
wait_for 180 status_is READY
sleep 3
touch "$WORK/s7.stop"
wait "${SEARCHERS[@]}"
new_total=$(curl -s "$BASE/api/search?$Q" | total)
cat "$WORK"/s7.out.* | grep -v '^$' > "$WORK/s7.all"
n=$(wc -l < "$WORK/s7.all")
bad=$(grep -v -e "^200 $old_total\$" -e "^200 $new_total\$" "$WORK/s7.all" | sort | uniq -c | head -5)
seen_old=$(grep -c "^200 $old_total\$" "$WORK/s7.all")
seen_new=$(grep -c "^200 $new_total\$" "$WORK/s7.all")
if [ -z "$bad" ] && [ "$seen_old" -gt 0 ] && [ "$seen_new" -gt 0 ] && [ "$old_total" != "$new_total" ]; then
  pass "$n searches during the rebuild and swap: $seen_old answered from the old index (total $old_total), $seen_new from the new (total $new_total), 0 errors or mixed answers"
else
  fail "searches during rebuild: old=$old_total new=$new_total seen_old=$seen_old seen_new=$seen_new other: $bad"
fi
stop

echo "faults: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
