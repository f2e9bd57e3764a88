#!/usr/bin/env bash
# Times the Grand Est import (contours + COG + points + BPE practitioners + APL) into a fresh
# embedded database, then the commune layer at region zoom (size and latency) on the running
# portal. Needs ../shared/data. Usage: bench/import-bench.sh [--no-build] [--postgis JDBC_URL]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
build=1; profile_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --postgis) shift; profile_args=(--spring.profiles.active=postgis); export OASIS_DB_URL="$1" ;;
  esac
  shift
done
[ -d ../shared/data ] || { echo "import-bench: ../shared/data is missing" >&2; exit 1; }
[ $build = 1 ] && ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
export OASIS_HOME="$work" OASIS_ADMIN_PASSWORD=bench-password-123 SERVER_PORT=18181

start=$(date +%s%N)
java -jar target/oasis.jar import --manifest data/manifests/grand-est.yml "${profile_args[@]}" > "$work/import.log" 2>&1
end=$(date +%s%N)
echo "import (whole command, JVM start included): $(( (end - start) / 1000000 )) ms"
grep -E "timings|commune:|epci:|practitioners stored" "$work/import.log" | sed 's/^/  /'

oasis_start -- "${profile_args[@]}"
oasis_wait_ready 120
url="http://localhost:$SERVER_PORT/api/layers/commune?zoom=7"
# Log in once through the form (as a browser does): HTTP Basic would re-check the BCrypt hash
# on every request (~80 ms) and measure that instead of the layer.
oasis_login
auth=(-b "$jar")
curl -s "${auth[@]}" -o "$work/layer.json" "$url"   # first call builds the cache
echo "commune layer at zoom 7: $(stat -c %s "$work/layer.json") bytes raw, $(curl -s "${auth[@]}" -H 'Accept-Encoding: gzip' "$url" | wc -c) bytes gzipped"
for i in 1 2 3 4 5; do
  curl -s "${auth[@]}" -o /dev/null -w "  request $i: %{time_total} s\n" "$url"
done
if command -v ab >/dev/null 2>&1; then
  cookie=$session
  # Keep-alive and gzip, as a browser: 50 concurrent clients, whole région then a département window.
  for u in "$url" "http://localhost:$SERVER_PORT/api/layers/commune?zoom=9&bbox=4.9,48.4,5.9,49.6"; do
    curl -s "${auth[@]}" -o /dev/null "$u"
    echo "ab -k -c 50 -n 3000 (gzip) $u"
    ab -k -q -n 3000 -c 50 -H "Accept-Encoding: gzip" -C "JSESSIONID=$cookie" "$u" \
      | grep -E "Requests per second|  50%|  95%|  99%|Failed"
  done
fi
