#!/usr/bin/env bash
# Amendment benchmark over any directory of cases shaped like ../shared/bench/amendments/cases/
# (before.xml, amending*.xml, after.xml, case.json). Prints per-case PASS/FAIL with the failures
# and mismatching units, then overall figures and per-operation-type tallies.
#   bench/amend.sh [DIR] [--strict]        (default DIR: ../shared/bench/amendments/cases)
#   bench/amend.sh parse DIR-or-XML…       (parse share over the AmendProvision sentences found)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
MVN=${MVN:-mvn -o -B -q}
$MVN -DskipTests test-compile >/dev/null
CPFILE=$(mktemp)
trap 'rm -f "$CPFILE"' EXIT
$MVN dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CPFILE" >/dev/null
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CPFILE")"
if [ "${1:-}" = "parse" ]; then
  shift
  exec java -cp "$CP" dev.lawimpact.bench.AmendBench parse "$@"
fi
DIR=${1:-$ROOT/../shared/bench/amendments/cases}
shift || true
exec java -cp "$CP" dev.lawimpact.bench.AmendBench cases "$DIR" "$@"
