#!/usr/bin/env bash
# Writes every kind of bad input (encodings, sizes, broken JSONL, dates, links, names, languages) into one directory,
# ingests it in one batch and checks that each is handled. Usage: scripts/bad-inputs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(scripts/test-classpath.sh)"
work="$(mktemp -d -t kg-bad.XXXXXX)"
trap 'rm -rf "$work"' EXIT
nice -n 10 java -Xmx4g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" org.conflictkg.robust.BadInputs "$work"
