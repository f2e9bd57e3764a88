#!/usr/bin/env bash
# Times the OGC API and the GeoPackage download on a running portal:
#  - OGC items of 1,000 communes with every attribute, 20 concurrent clients (ab, keep-alive,
#    gzip as QGIS asks), with a session cookie and with HTTP Basic (BCrypt check per request);
#  - the GeoPackage of all communes with every indicator (cold: builds the attribute table; warm).
# Data: --home DIR reuses an OASIS_HOME (e.g. after the Grand Est import); --grand-est imports
# data/manifests/grand-est.yml (../shared/data) into a fresh home first; default: a fresh home
# with the demonstration territory. Needs curl and ab (Debian's apache2-utils).
# Usage: bench/ogc-bench.sh [--no-build] [--home DIR | --grand-est] [--requests N]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
build=1; home=""; grand_est=0; requests=400
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --home) shift; home="$1" ;;
    --grand-est) grand_est=1 ;;
    --requests) shift; requests="$1" ;;
  esac
  shift
done
command -v ab >/dev/null || { echo "ogc-bench: ab is missing (apt-get install apache2-utils)" >&2; exit 1; }
[ $build = 1 ] && ./mvnw -q -B -ntp package -DskipTests
work=$(mktemp -d)
export OASIS_HOME="${home:-$work/home}" OASIS_ADMIN_PASSWORD=bench-password-123 SERVER_PORT=${SERVER_PORT:-18182}
if [ $grand_est = 1 ]; then
  java -jar target/oasis.jar import --manifest data/manifests/grand-est.yml > "$work/import.log" 2>&1
fi
oasis_start
oasis_wait_ready 300
echo "readiness: $(curl -s "$base/actuator/health/readiness")"
oasis_login
cookie=$session
echo "communes: $(curl -s -b "$jar" "$base/api/territories/summary")"

items="$base/ogc/collections/communes/items?limit=1000"
curl -s -b "$jar" -o "$work/items.json" -w "first OGC page (builds the attribute table): %{time_total} s, " "$items"
echo "$(stat -c %s "$work/items.json") bytes, $(grep -o '"numberReturned":[0-9]*' "$work/items.json")," \
     "$(grep -o '"apl_[a-z0-9_]*"' "$work/items.json" | sort -u | wc -l) APL attributes"
echo "ab -k -c 20 -n $requests (gzip, session cookie) $items"
ab -k -q -n "$requests" -c 20 -H "Accept-Encoding: gzip" -C "JSESSIONID=$cookie" "$items" \
  | grep -E "Requests per second|Total transferred|  50%|  95%|  99%|Failed"
echo "ab -k -c 20 -n $requests (gzip, HTTP Basic) $items"
ab -k -q -n "$requests" -c 20 -H "Accept-Encoding: gzip" -A "admin:$OASIS_ADMIN_PASSWORD" "$items" \
  | grep -E "Requests per second|  50%|  95%|  99%|Failed"

# "cold" only for the GeoPackage writing: the attribute table was built by the first OGC page.
for run in first second; do
  curl -s -b "$jar" -o "$work/communes.gpkg" -w "GeoPackage of all communes, every indicator ($run): %{time_total} s, " \
       "$base/api/layers/commune.gpkg"
  echo "$(stat -c %s "$work/communes.gpkg") bytes"
done
curl -s -b "$jar" -o /dev/null -w "same in Lambert-93: %{time_total} s\n" "$base/api/layers/commune.gpkg?crs=EPSG:2154"
curl -s -b "$jar" -o /dev/null -w "GeoJSON of all communes, every indicator: %{time_total} s, %{size_download} bytes\n" \
     "$base/api/layers/commune.geojson"
