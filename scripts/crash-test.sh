#!/usr/bin/env bash
# Crash drill: ingests a generated corpus, killing kg ingest with SIGKILL at random (seeded) points and rerunning
# it, plus a SIGTERM clean stop and a kg serve killed (SIGKILL, then SIGTERM) in the middle of kg ingest --server.
# After every kill the store must open, conform to the shapes and hold each document whole or not at all; the final
# store must equal one uninterrupted run. Usage: scripts/crash-test.sh [documents=300] [kills=20] [seed=7]
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(scripts/test-classpath.sh)"
work="$(mktemp -d -t kg-crash.XXXXXX)"
trap 'rm -rf "$work"' EXIT
nice -n 10 java -Xmx4g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" org.conflictkg.robust.CrashDrill \
  "$work" "${1:-300}" "${2:-20}" "${3:-7}"
