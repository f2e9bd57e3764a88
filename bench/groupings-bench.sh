#!/usr/bin/env bash
# Groupings of communes (issue 14) on the real Grand Est data: (1) the import of the 232 TVS with
# their dissolved contours and map shapes (the import command's "store (one transaction)" timing;
# target < 5 s), (2) the TVS choropleth layer under 50 concurrent clients with ab (contours at
# region zoom and the GP density values; target p95 < 100 ms), (3) a CPTS of 40 communes created
# through the API and its report rendered (target < 1 s), each with the load average; the
# derivations' phases with wall and thread CPU times (GroupingTerritories' log line).
# The import's report gives the store step's wall time, its steps (groupings, indicators) and the CPU
# time of the import process over the store step (JIT and GC included; the portal's H2 server side
# is not in it), and the command's own user+sys CPU is printed: on this shared machine, compare CPU
# times and the load average, not wall times alone.
# Needs ../shared/data, curl and ab (Debian apache2-utils).
# Usage: bench/groupings-bench.sh [--no-build] [--home DIR (Grand Est territories already imported)]
#        [--from-home DIR (same, but a copy of DIR is used, so every run starts without TVS)] [-c 50] [-n 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
build=1; home=""; from_home=""; clients=50; requests=2000; password=${OASIS_ADMIN_PASSWORD:-bench-password-123}
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --home) shift; home="$1" ;;
    --from-home) shift; from_home="$1" ;;
    -c) shift; clients="$1" ;;
    -n) shift; requests="$1" ;;
  esac
  shift
done
data=$(cd ../shared/data && pwd)
[ $build = 1 ] && ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
if [ -n "$from_home" ]; then
  cp -a "$from_home" "$work/home-copy"
  home="$work/home-copy"
fi
export OASIS_HOME="${home:-$work/home}" OASIS_ADMIN_PASSWORD="$password" SERVER_PORT=18184
oasis_start
oasis_wait_ready 300
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
/usr/bin/time -f "%U %S" -o "$work/tvs.cpu" java -jar target/oasis.jar import --manifest "$work/tvs.yml" > "$work/tvs.log" 2>&1
echo "1. TVS + GP density import: command $(( ($(date +%s%N) - start) / 1000000 )) ms, CPU $(awk '{print $1 + $2}' "$work/tvs.cpu") s"\
" (JVM start included); timings:"
grep -iE "store \(|timings|tvs groups|territories derived" "$work/tvs.log" | sed 's/^.*INFO.*\] [^ ]* *: //; s/^/   /' | head -12
echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg)"

oasis_login
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

. bench/cpts-part.sh
