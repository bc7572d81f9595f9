#!/usr/bin/env bash
# Runs the corpus importer (dev.lawimpact.corpus.ImportCli) with the project's classpath.
#   corpus/import.sh COMMAND [OPTIONS] [ARGS]      (see corpus/README.md; no arguments prints usage)
# Relative paths are taken from the directory you run it in. Arguments may contain spaces but
# not double quotes (exec:java receives them as one quoted string).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
args=""
for a in "$@"; do args+="\"$a\" "; done
exec mvn -B -q -f "$root/pom.xml" -DskipTests compile \
  org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
  -Dexec.mainClass=dev.lawimpact.corpus.ImportCli \
  -Dexec.args="$args"
