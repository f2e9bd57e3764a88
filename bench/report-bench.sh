#!/usr/bin/env bash
# Times territorial reports on a running portal: the HTML page, JSON, PDF and XLSX of one EPCI,
# cold (first request after start: layers and caches built) then warm (N requests, min / median /
# p95); then the ZIP of the EPCI PDFs of one département (first build, then served from memory)
# and the map export (PNG, PDF) of the default view. Targets (issue 12): EPCI PDF < 1 s warm,
# ZIP of 24 EPCI < 15 s, map export < 2 s.
# Default: a fresh embedded database holding the demonstration territory. With --home DIR, an
# existing OASIS_HOME (e.g. one where data/manifests/grand-est.yml was imported).
# Usage: bench/report-bench.sh [--no-build] [--home DIR] [--epci CODE] [--departement CODE] [--password PW] [-n N]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
build=1; home=""; epci=999000001; departement=9A; password=bench-password-123; n=30
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --home) shift; home="$1" ;;
    --epci) shift; epci="$1" ;;
    --departement) shift; departement="$1" ;;
    --password) shift; password="$1" ;;
    -n) shift; n="$1" ;;
  esac
  shift
done
[ $build = 1 ] && ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
export OASIS_HOME="${home:-$work}" OASIS_ADMIN_PASSWORD="$password" SERVER_PORT=18182
oasis_start
oasis_wait_ready 600
# A browser session (form login): HTTP Basic would re-check the BCrypt hash on every request.
oasis_login

measure() { # label url
  local label="$1" url="$2" times=()
  echo "$label cold: $(curl -s -b "$jar" -o "$work/body" -w '%{http_code} %{time_total} s' "$url"), $(stat -c %s "$work/body") bytes"
  for _ in $(seq 1 "$n"); do
    times+=("$(curl -s -b "$jar" -o /dev/null -w '%{time_total}' "$url")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 }
    END { printf "%s warm (%d requests): min %.0f ms, median %.0f ms, p95 %.0f ms\n", label, NR, t[1],
          t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)] }'
}
measure "HTML /reports/epci/$epci" "$base/reports/epci/$epci"
measure "JSON /api/reports/epci/$epci" "$base/api/reports/epci/$epci"
measure "PDF /reports/epci/$epci.pdf" "$base/reports/epci/$epci.pdf"
measure "XLSX /reports/epci/$epci.xlsx" "$base/reports/epci/$epci.xlsx"
# The ZIP: the first request builds it (every EPCI PDF, 2 threads), later ones are served from memory.
echo "ZIP /reports/departement/$departement/epci.zip first build: $(curl -s -b "$jar" -o "$work/zip" \
  -w '%{http_code} %{time_total} s' "$base/reports/departement/$departement/epci.zip"), $(stat -c %s "$work/zip") bytes,\
 $(unzip -l "$work/zip" 2>/dev/null | tail -1 | awk '{print $2}') PDFs"
measure "ZIP (built)" "$base/reports/departement/$departement/epci.zip"
view="level=commune&indicator=apl&profession=MG&variant=all&method=quantile"
measure "Map export PNG" "$base/map/export.png?$view"
measure "Map export PDF" "$base/map/export.pdf?$view"
measure "Map export PNG, EPCI, fixed" "$base/map/export.png?level=epci&indicator=nearest&profession=MG&variant=all&method=fixed"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
