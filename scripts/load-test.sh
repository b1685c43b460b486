#!/usr/bin/env bash
# Load test on loopback: kg serve --update on a store of generated documents; while kg ingest --server sends more,
# wrk runs the named queries from several connections for a fixed time. Prints requests, errors and p50/p99, then
# stops the server with SIGTERM and checks the store: it conforms and holds all 90 documents. Fails on any failed
# request, a failed ingest or a store that is not whole. Usage: scripts/load-test.sh [seconds=30] [connections=8]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "load-test: wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
seconds="${1:-30}"
connections="${2:-8}"
cp="$(scripts/test-classpath.sh)"
work="$(mktemp -d -t kg-load.XXXXXX)"
java_kg=(nice -n 10 java -Xmx4g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" org.conflictkg.cli.Kg)
kg() { "${java_kg[@]}" "$@"; }
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
java -cp "$cp" org.conflictkg.robust.Corpus "$work/first" 30 1
java -cp "$cp" org.conflictkg.robust.Corpus "$work/more/batch" 60 2
kg ingest --store "$work/store" --date 2024-06-01 "$work/first" >/dev/null
echo "loadtest: $(openssl rand -hex 12 2>/dev/null || echo pw$RANDOM$RANDOM)" > "$work/passwd"
chmod 600 "$work/passwd"
port=$((20000 + RANDOM % 20000))
# Started directly (not through the function), so that $! is the server's own process (nice execs java).
"${java_kg[@]}" serve --store "$work/store" --port "$port" --update --passwd "$work/passwd" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/\$/ping" >/dev/null 2>&1 && break; sleep 0.5; done
kg ingest --server "http://127.0.0.1:$port/" --passwd "$work/passwd" --date 2024-06-01 "$work/more" \
  > "$work/ingest.log" 2>&1 &
ingest=$!
queries=()
for name in documents timeline actors-by-type events-by-actor places-with-events claims-and-blame evidence; do
  queries+=("$PWD/queries/$name.rq")
done
cat > "$work/named.lua" <<'LUA'
local queries = {}
local n = 0
function init(args)
  for _, file in ipairs(args) do
    local f = assert(io.open(file, "r")); queries[#queries + 1] = f:read("*a"); f:close()
  end
end
function request()
  n = n % #queries + 1
  return wrk.format("POST", "/kg/sparql", {["Content-Type"] = "application/sparql-query",
    ["Accept"] = "application/sparql-results+json"}, queries[n])
end
LUA
wrk -t 2 -c "$connections" -d "${seconds}s" --latency -s "$work/named.lua" "http://127.0.0.1:$port" \
  -- "${queries[@]}" > "$work/wrk.log"
ingested=0
wait "$ingest" || ingested=$?
kill -TERM "$server"; wait "$server" || true; server=""
requests=$(awk '/requests in/ {print $1}' "$work/wrk.log")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.log"); non2xx=${non2xx:-0}
socket=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' "$work/wrk.log"); socket=${socket:-0}
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.log")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.log")
valid=0
validate=$(kg validate --store "$work/store" | head -1) || valid=$?
documents=$(kg stats --store "$work/store" | awk '/^documents:/ {print $2}')
echo "load: ${requests} requests in ${seconds} s from ${connections} connections (wrk) during an ingest of 60 documents; errors: $((non2xx + socket)); p50 ${p50}, p99 ${p99}"
echo "load: $(grep 'documents:' "$work/ingest.log" | head -1 | sed 's/^ *//'); after SIGTERM: ${validate} (90 expected)"
status=0
[ "$((non2xx + socket))" = 0 ] || { echo "load-test: $((non2xx + socket)) requests failed" >&2; status=1; }
[ "$ingested" = 0 ] || { echo "load-test: the ingest during the load failed (exit $ingested):" >&2; cat "$work/ingest.log" >&2; status=1; }
[ "$valid" = 0 ] || { echo "load-test: the store does not conform after SIGTERM" >&2; status=1; }
[ "$documents" = 90 ] || { echo "load-test: the store holds ${documents:-no} documents, not 90" >&2; status=1; }
exit "$status"
