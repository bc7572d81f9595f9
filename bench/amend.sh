#!/usr/bin/env bash
# Amendment benchmark over any directory of cases shaped like ../shared/bench/amendments/cases/
# (before.xml, amending*.xml, after.xml, case.json). Prints per-case PASS/FAIL with the failures
# and mismatching units, then overall figures and per-operation-type tallies.
#   bench/amend.sh [DIR] [--strict]        (default DIR: ../shared/bench/amendments/cases)
#   bench/amend.sh parse DIR-or-XML…       (parse share over the AmendProvision sentences found)
#   bench/amend.sh time LAW.xml [RUNS]     (a generated 20-sentence amendment: parse+apply+新旧対照表+HTML)
#   bench/amend.sh time-case CASEDIR [RUNS] (the same timing with a case's real amendment)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
MVN=${MVN:-mvn -o -B -q}
$MVN -DskipTests test-compile >/dev/null
CPFILE=$(mktemp)
trap 'rm -f "$CPFILE"' EXIT
$MVN dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CPFILE" >/dev/null
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CPFILE")"
case "${1:-}" in
  parse|time|time-case) exec java -Xmx1g -cp "$CP" dev.lawimpact.bench.AmendBench "$@" ;;
esac
DIR=${1:-$ROOT/../shared/bench/amendments/cases}
shift || true
exec java -cp "$CP" dev.lawimpact.bench.AmendBench cases "$DIR" "$@"
