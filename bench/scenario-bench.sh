#!/usr/bin/env bash
# Times a scenario change at the API (issue 13, item 1): POST /api/prospective/scenarios/evaluate
# with a browser session cookie and its CSRF token, one client, sequential requests, each on a
# commune drawn at random (seeded) among all communes:
#  - "installation": 3 GPs open in one commune;
#  - "msp + departure": a MSP opens (2 GPs, 3 nurses, 1 physiotherapist) and 1 GP leaves the
#    commune with GPs that has the highest GP APL (three professions evaluated).
# Prints p50/p95/max of the whole HTTP exchange (curl time_total), the median server-side
# evaluation time (computeMicros), the server's CPU time per request (user + system of the whole
# JVM from /proc, GC and JIT included: what the request costs when other builds share the cores)
# and the load average. Target: p95 < 100 ms on Grand Est.
# OASIS_ADMIN_PASSWORD, SERVER_PORT and OASIS_JAR (default target/oasis.jar) may be given (an existing home keeps its own password).
# Data: --home DIR reuses an OASIS_HOME (e.g. after the Grand Est import); --grand-est imports
# data/manifests/grand-est.yml (../shared/data) first (into --home DIR when given, kept for the next
# run; else into a temporary home); default: a fresh home with the demonstration territory.
# Usage: bench/scenario-bench.sh [--no-build] [--home DIR | --grand-est] [--requests N]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
build=1; home=""; grand_est=0; requests=200
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --home) shift; home="$1" ;;
    --grand-est) grand_est=1 ;;
    --requests) shift; requests="$1" ;;
  esac
  shift
done
[ $build = 1 ] && ./mvnw -q -B -ntp package -DskipTests
work=$(mktemp -d)
export OASIS_HOME="${home:-$work/home}" OASIS_ADMIN_PASSWORD=${OASIS_ADMIN_PASSWORD:-bench-password-123} SERVER_PORT=${SERVER_PORT:-18185}
if [ $grand_est = 1 ]; then
  start=$(date +%s)
  java -Xmx2g -jar "${OASIS_JAR:-target/oasis.jar}" import --manifest data/manifests/grand-est.yml > "$work/import.log" 2>&1
  echo "Grand Est import: $(( $(date +%s) - start )) s"
fi
oasis_start -Xmx2g
oasis_wait_ready 600
oasis_login
token=$(oasis_api_csrf)
echo "communes: $(curl -s -b "$jar" "$base/api/territories/summary")"
# The baseline layer lists every commune (and warms the GP baseline, as the page does).
curl -s -b "$jar" -w "baseline layer (first call computes the GP baseline): %{time_total} s\n" \
     -o "$work/baseline.json" "$base/api/prospective/scenarios/baseline?profession=MG"
python3 - "$work/baseline.json" > "$work/codes.txt" <<'PY'
import json, sys
layer = json.load(open(sys.argv[1]))
busiest = max((i for i in range(len(layer["codes"])) if layer["minutes"][i] == 0), key=lambda i: layer["apl"][i])
print(layer["codes"][busiest])
print("\n".join(layer["codes"]))
PY
busiest=$(head -1 "$work/codes.txt")
tail -n +2 "$work/codes.txt" > "$work/all.txt"

evaluate() { # body -> "seconds micros"
  curl -s -b "$jar" -H "X-CSRF-TOKEN: $token" -H 'Content-Type: application/json' -d "$1" \
       -w '\n%{http_code} %{time_total}\n' "$base/api/prospective/scenarios/evaluate" > "$work/answer.txt"
  local status seconds
  read -r status seconds < <(tail -1 "$work/answer.txt")
  [ "$status" = 200 ] || { echo "HTTP $status: $(head -c 300 "$work/answer.txt")" >&2; exit 1; }
  echo "$seconds $(head -1 "$work/answer.txt" | grep -o '"computeMicros":[0-9]*' | cut -d: -f2)"
}

cpu_ticks() { # user + system clock ticks of the server process
  awk '{ print $14 + $15 }' "/proc/$server/stat"
}

measure() { # label body-template (COMMUNE replaced)
  local label="$1" template="$2"
  evaluate "${template//COMMUNE/$(head -1 "$work/all.txt")}" > /dev/null # first call of its professions
  : > "$work/times.txt"
  RANDOM=13
  local count; count=$(wc -l < "$work/all.txt")
  local cpu0; cpu0=$(cpu_ticks)
  for _ in $(seq 1 "$requests"); do
    local commune; commune=$(sed -n "$(( (RANDOM * 32768 + RANDOM) % count + 1 ))p" "$work/all.txt")
    evaluate "${template//COMMUNE/$commune}" >> "$work/times.txt"
  done
  local cpu_ms; cpu_ms=$(( ($(cpu_ticks) - cpu0) * 1000 / $(getconf CLK_TCK) ))
  local server_median
  server_median=$(sort -n -k2 "$work/times.txt" | awk '{ m[NR] = $2 } END { printf "%.2f", m[int(NR * 0.5 + 0.5)] / 1000 }')
  sort -n -k1 "$work/times.txt" | awk -v label="$label" -v server="$server_median" -v cpu="$cpu_ms" '{ t[NR] = $1 * 1000 }
    END { printf "%-22s n=%d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  server median %s ms  server CPU %.1f ms/request\n",
          label, NR, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)], t[NR], server, cpu / NR }'
}

measure "installation" '{"changes":[{"kind":"installation","commune":"COMMUNE","practitioners":{"MG":3}}]}'
measure "msp + departure" '{"changes":[{"kind":"msp","commune":"COMMUNE","practitioners":{"MG":2,"INF":3,"MK":1}},{"kind":"depart","commune":"'"$busiest"'","practitioners":{"MG":1}}]}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
