#!/usr/bin/env bash
# The robustness check of issue 7 in one command: the crash drill (20 kills), every kind of bad input in one batch,
# and the load test with wrk; then one summary. Installs wrk (Debian package) when it is missing and apt-get can.
# Usage: scripts/robustness.sh [kills=20] [documents=300]
set -uo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "robustness: installing wrk (apt-get install wrk)"
    { apt-get update -qq && apt-get install -y -qq wrk; } >/dev/null || echo "robustness: could not install wrk" >&2
  else
    echo "robustness: wrk is missing; install it first (sudo apt-get install wrk)" >&2
  fi
fi
log="$(mktemp -d -t kg-robust.XXXXXX)"
start=$SECONDS
scripts/crash-test.sh "${2:-300}" "${1:-20}" 7 | tee "$log/crash.txt"; crash=${PIPESTATUS[0]}
scripts/bad-inputs.sh | tee "$log/bad.txt"; bad=${PIPESTATUS[0]}
scripts/load-test.sh 30 8 | tee "$log/load.txt"; load=${PIPESTATUS[0]}
echo
echo "=== robustness summary ==="
grep -E '^(kills survived|SIGTERM clean stops|server kills survived|store checks passed|documents lost|final graph)' \
  "$log/crash.txt"
grep -E '^bad inputs tried' "$log/bad.txt"
grep -E '^load:' "$log/load.txt"
status=$(( crash != 0 || bad != 0 || load != 0 ))
echo "result: $([ "$status" = 0 ] && echo PASSED || echo FAILED) (crash $crash, bad inputs $bad, load $load) in" \
  "$(( (SECONDS - start) / 60 )) min; logs in $log"
exit "$status"
