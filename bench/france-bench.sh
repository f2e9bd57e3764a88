#!/usr/bin/env bash
# The whole portal at national scale: starts it with the France-size demonstration
# (--oasis.demo.scale=france: ~35,000 communes, 1,250 EPCI, 101 départements, 18 régions,
# 100,000 practitioners, a road network) on a fresh OASIS_HOME (embedded H2GIS) and records:
#   - generation, import and recompute times (the DemoLoader and AplComputation log lines);
#   - heap used after the load (jcmd GC.heap_info, before and after a full GC) and RSS;
#   - the commune layer at national zoom (zoom 5, no bbox): payload raw and gzipped, latency
#     alone, then p50/p95/p99 under 50 concurrent keep-alive clients (ab, Debian apache2-utils);
#   - the APL recompute of the 18 professions (runs from a ready model, as a practitioner
#     re-import costs; read from the AplComputation line of the load);
#   - the report of a région, cold (first request) then warm.
# Each figure is printed with the machine's load average (1, 5, 15 min) at that moment.
# Usage: bench/france-bench.sh [--no-build] [--xmx 3g] [--region R01] [--requests 500]
# Environment: SERVER_PORT (18432), WORK (a temporary folder; kept, it holds the logs).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
build=1; xmx=3g; region=R01; requests=500
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --xmx) shift; xmx="$1" ;;
    --region) shift; region="$1" ;;
    --requests) shift; requests="$1" ;;
    *) echo "france-bench: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ $build = 1 ] && ./mvnw -q -B -ntp package -DskipTests
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
rm -rf "$work/home"
export OASIS_HOME="$work/home" OASIS_ADMIN_PASSWORD=france-bench-password-1 SERVER_PORT=${SERVER_PORT:-18432}
load() { echo "[load $(cut -d' ' -f1-3 /proc/loadavg)]"; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

echo "france-bench: -Xmx$xmx, $(nproc) cores, logs in $work"
t0=$(date +%s%N)
KEEP_WORK=1 # the logs stay in $work
oasis_start "-Xmx$xmx" -- --oasis.demo.scale=france
# Ready once the demonstration is loaded and the indicators computed.
oasis_wait_ready 3600
echo "start to ready (JVM, schema, generation, import, recompute): $(ms "$t0" "$(date +%s%N)") ms, CPU time of the JVM (all threads) $(ps -o time= -p $server | tr -d ' ') $(load)"
grep -oE "Started OasisApplication in [0-9.]+ seconds" "$work/server.log" | sed 's/^/  /'
grep -oE "Demonstration \(france\) step .*|Loaded the demonstration territory \(france\) in [0-9]+ ms" \
  "$work/server.log" | sed 's/^/  /'
grep -oE "Road travel times: .*" "$work/server.log" | sed 's/^/  /'
grep -oE "Computed [0-9]+ APL runs .*" "$work/server.log" | sed 's/^/  /'
grep -oE "timings: .*" "$work/server.log" | sed 's/^/  /' || true

heap() { jcmd $server GC.heap_info | grep -oE "total [0-9]+K, used [0-9]+K" | head -1; }
echo "heap after load: $(heap) $(load)"
jcmd $server GC.run > /dev/null
echo "heap after a full GC (live set): $(heap); RSS $(( $(ps -o rss= -p $server) / 1024 )) MB $(load)"

oasis_login
auth=(-b "$jar")
curl -s "${auth[@]}" -o /dev/null -w "territories: %{http_code} " "$base/api/territories/summary"
curl -s "${auth[@]}" "$base/api/territories/summary"; echo

layer="$base/api/layers/commune?zoom=5"
curl -s "${auth[@]}" -o "$work/layer.json" -w "commune layer at zoom 5, first request (builds it): %{time_total} s" "$layer"
echo " $(load)"
echo "  payload: $(stat -c %s "$work/layer.json") bytes raw, $(curl -s "${auth[@]}" -H 'Accept-Encoding: gzip' "$layer" | wc -c) bytes gzipped, $(grep -o '"type":"Feature"' "$work/layer.json" | wc -l) features"
for i in 1 2 3; do
  curl -s "${auth[@]}" -H 'Accept-Encoding: gzip' -o /dev/null -w "  request $i alone (gzip): %{time_total} s\n" "$layer"
done
if command -v ab > /dev/null 2>&1; then
  cookie=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")
  topology="$layer&format=topology" # what the map asks for: shared borders once
  echo "  as the map asks for it (format=topology): $(curl -s "${auth[@]}" -H 'Accept-Encoding: gzip' "$topology" | wc -c) bytes gzipped"
  for url in "$layer" "$topology"; do
    ab -k -q -n 500 -c 10 -H "Accept-Encoding: gzip" -C "JSESSIONID=$cookie" "$url" > /dev/null 2>&1 || true # warm-up
    echo "ab -k -c 50 -n $requests (gzip, session cookie) $url $(load)"
    ab -k -q -n "$requests" -c 50 -H "Accept-Encoding: gzip" -C "JSESSIONID=$cookie" "$url" \
      | grep -E "Complete requests|Failed requests|Non-2xx|Requests per second|Transfer rate|  50%|  95%|  99%|100%" \
      | sed 's/^/  /'
  done
  echo "  $(load)"
else
  echo "ab not installed (apt-get install apache2-utils): no concurrent measurement"
fi

report="$base/api/reports/region/$region"
curl -s "${auth[@]}" -o "$work/report.json" -w "report of région $region, cold: %{http_code} %{time_total} s" "$report"
echo " $(load)"
for i in 1 2 3; do
  curl -s "${auth[@]}" -o /dev/null -w "  warm $i: %{http_code} %{time_total} s\n" "$report"
done
echo "  $(load)"
echo "heap at the end: $(heap); RSS $(( $(ps -o rss= -p $server) / 1024 )) MB"
