#!/usr/bin/env bash
# Long fuzz run: the same generated hostile requests as FuzzApiTest (run by mvn verify with a
# small count), many more of them, plus the pathological-regex test. Usage:
#   reliability/fuzz.sh [cases-per-endpoint] [seed]
# Results: target/fuzz-summary.tsv (cases, slowest answer, 2xx/4xx per endpoint).
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-2000}
SEED=${2:-$(date +%s)}
echo "fuzz: $CASES rounds per test, seed $SEED"
mvn -B -o -q test -Dtest='FuzzApiTest,PathologicalRegexTest' -Dfuzz.cases="$CASES" -Dfuzz.seed="$SEED" -Dsurefire.failIfNoSpecifiedTests=false
cat target/fuzz-summary.tsv
