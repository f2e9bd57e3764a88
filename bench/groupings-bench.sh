#!/usr/bin/env bash
# Groupings of communes (issue 14) on the real Grand Est data: (1) the import of the 232 TVS with
# their dissolved contours and map shapes (the import command's "store (one transaction)" timing;
# target < 5 s), (2) the TVS choropleth layer under 50 concurrent clients with ab (contours at
# region zoom and the GP density values; target p95 < 100 ms), (3) a CPTS of 40 communes created
# through the API and its report rendered (target < 1 s), each with the load average; the
# derivations' phases with wall and thread CPU times (GroupingTerritories' log line).
# Needs ../shared/data, curl and ab (Debian apache2-utils).
# Usage: bench/groupings-bench.sh [--no-build] [--home DIR (Grand Est territories already imported)] [-c 50] [-n 2000]
#        [--cpts-only (part 3 alone, on a --home whose TVS are imported)]; SERVER_PORT (default 18184).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
build=1; cpts_only=0; home=""; clients=50; requests=2000; password=${OASIS_ADMIN_PASSWORD:-bench-password-123}
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --cpts-only) cpts_only=1 ;;
    --home) shift; home="$1" ;;
    -c) shift; clients="$1" ;;
    -n) shift; requests="$1" ;;
  esac
  shift
done
data=$(cd ../shared/data && pwd)
[ $build = 1 ] && ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
export OASIS_HOME="${home:-$work/home}" OASIS_ADMIN_PASSWORD="$password" SERVER_PORT=${SERVER_PORT:-18184}
oasis_start
oasis_wait_ready 300
oasis_login
if [ $cpts_only = 0 ]; then
if [ -z "$home" ]; then
  cat > "$work/territories.yml" <<YML
name: Grand Est territories
sources:
  - {type: cog-communes, path: "$data/decoupage-administratif/communes_grand_est.json", vintage: 2026}
  - {type: cog-epci, path: "$data/decoupage-administratif/epci_grand_est.json", vintage: 2026}
  - {type: cog-departements, path: "$data/decoupage-administratif/departements.json", vintage: 2026}
  - {type: cog-regions, path: "$data/decoupage-administratif/regions.json", vintage: 2026}
  - {type: commune-contours, path: "$data/france-geojson/communes-*.geojson", vintage: 2018}
  - {type: reference-points, path: "$data/chefs-lieux-comhisto/cheflieu_grand_est.geojson", vintage: 2020}
YML
  java -jar target/oasis.jar import --manifest "$work/territories.yml" > "$work/territories.log" 2>&1
fi
# The TVS sources exactly as grand-est.yml names them.
{ echo "name: TVS"; echo "sources:"; sed -n '/^  - type: groupings/,$p' data/manifests/grand-est.yml \
  | sed "s#../../../shared/data#$data#"; } > "$work/tvs.yml"
start=$(date +%s%N)
java -jar target/oasis.jar import --manifest "$work/tvs.yml" > "$work/tvs.log" 2>&1
echo "1. TVS + GP density import: command $(( ($(date +%s%N) - start) / 1000000 )) ms (JVM start included); timings:"
grep -iE "store \(|timings|tvs groups|territories derived" "$work/tvs.log" | sed 's/^.*INFO.*\] [^ ]* *: //; s/^/   /' | head -12
echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg)"

curl -s -b "$jar" "$base/api/territories/summary"; echo
# What the map asks for (the contours as a topology), gzipped as a browser accepts; a first pass warms
# the kept answers and the just-in-time compiler.
for url in "/api/layers/tvs?zoom=7&format=topology" "/api/indicators/gpdensitytvs?level=tvs"; do
  ab -q -k -n 1000 -c 10 -H "Accept-Encoding: gzip" -C "JSESSIONID=$session" "$base$url" > /dev/null 2>&1 || true
  ab -q -k -n "$requests" -c "$clients" -H "Accept-Encoding: gzip" -C "JSESSIONID=$session" "$base$url" > "$work/ab.txt" 2>&1 || true
  echo "2. $url, $clients clients: $(grep 'Requests per second' "$work/ab.txt" | awk '{print $4}') req/s,"\
" p50 $(grep '  50%' "$work/ab.txt" | awk '{print $2}') ms, p95 $(grep '  95%' "$work/ab.txt" | awk '{print $2}') ms,"\
" failed $(grep 'Failed requests' "$work/ab.txt" | awk '{print $3}'), load $(cut -d' ' -f1-3 /proc/loadavg)"
done
fi

token=$(oasis_api_csrf)
# CPU time of the portal's process (user + system, ms): shown beside the wall times, the machine is shared.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$server/stat"; }
# timed NAME curl-arguments...: runs curl, keeps "status wall-seconds cpu-ms" in the variable NAME.
timed() {
  local name=$1; shift
  local before; before=$(cpu_ms)
  local out; out=$(curl -s -b "$jar" -w '%{http_code} %{time_total}' "$@")
  printf -v "$name" '%s s, cpu %s ms' "$out" $(( $(cpu_ms) - before ))
}
# A running portal has rendered reports before: one TVS report (page and PDF) warms the report code.
tvs1=$(curl -s -b "$jar" "$base/api/groupings?type=tvs" | grep -o '"code":"[^"]*"' | sed -n 1p | sed 's/.*:"//; s/"//')
curl -s -b "$jar" -o /dev/null "$base/reports/tvs/$tvs1"; curl -s -b "$jar" -o /dev/null "$base/reports/tvs/$tvs1.pdf"
# 40 communes: those of the first TVS in code order, then of the next ones (neighbours, mostly)
communes=$(curl -s -b "$jar" "$base/api/groupings?type=tvs" | grep -o '"communes":\[[^]]*' \
  | grep -o '"[0-9AB]\{5\}"' | sed -n 1,40p | paste -sd, -)
body="{\"type\":\"cpts\",\"code\":\"BENCH40\",\"name\":\"CPTS de banc d'essai\",\"communes\":[$communes],\"epcis\":[]}"
curl -s -b "$jar" -o /dev/null -X DELETE -H "X-CSRF-TOKEN: $token" "$base/api/groupings/cpts/BENCH40" || true
timed t_create -o "$work/created.json" -X POST -H "X-CSRF-TOKEN: $token" \
  -H 'Content-Type: application/json' -d "$body" "$base/api/groupings"
timed t_report -o "$work/report.html" "$base/reports/cpts/BENCH40"
timed t_pdf -o "$work/report.pdf" "$base/reports/cpts/BENCH40.pdf"
# The first report after a creation rebuilds what shows the grouping levels; the next report of
# another CPTS shows the steady cost: a second CPTS, other communes.
communes2=$(curl -s -b "$jar" "$base/api/groupings?type=tvs" | grep -o '"communes":\[[^]]*' \
  | grep -o '"[0-9AB]\{5\}"' | sed -n 41,80p | paste -sd, -)
curl -s -b "$jar" -o /dev/null -X DELETE -H "X-CSRF-TOKEN: $token" "$base/api/groupings/cpts/BENCH40B" || true
curl -s -b "$jar" -o /dev/null -X POST -H "X-CSRF-TOKEN: $token" -H 'Content-Type: application/json' \
  -d "{\"type\":\"cpts\",\"code\":\"BENCH40B\",\"name\":\"CPTS de banc d'essai B\",\"communes\":[$communes2],\"epcis\":[]}" "$base/api/groupings"
curl -s -b "$jar" -o /dev/null "$base/reports/cpts/BENCH40B" # the rebuild after this creation
timed t_again -o /dev/null "$base/reports/cpts/BENCH40"
timed t_again_pdf -o /dev/null "$base/reports/cpts/BENCH40.pdf"
echo "   the first CPTS again, after the second one's creation was absorbed: report HTML $t_again; PDF $t_again_pdf"
echo "3. CPTS of $(grep -o '"[0-9AB]\{5\}"' "$work/created.json" | wc -l) communes (status, wall, portal CPU): create $t_create;"\
" report HTML $t_report; PDF $t_pdf; load $(cut -d' ' -f1-3 /proc/loadavg)"
grep "cpts territories derived" "$work/server.log" | tail -1 | sed 's/^.*: cpts/   derivation: cpts/' || true
