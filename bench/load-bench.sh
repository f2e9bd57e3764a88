#!/usr/bin/env bash
# Performance under load (issue 11, item 7): the endpoints the map and the reports call, under C
# concurrent keep-alive clients (ab, Debian apache2-utils), once with a browser session cookie and
# once with a personal API token (Authorization: Bearer), and the old way (HTTP Basic with a
# password: BCrypt on every request) for scale. Prints per endpoint and credential: requests/s,
# p50, p95, max, non-2xx answers; then the load average (the figures mean little on a busy machine).
# Targets: p95 < 100 ms for the map endpoints, < 300 ms for a report's JSON, >= 10 PDF/s.
# Default: a fresh embedded database with the demonstration territory. With --home DIR, an existing
# OASIS_HOME, e.g. one where `import --manifest data/manifests/grand-est.yml` was run.
# With --url BASE, an already running portal (give --user/--password of an account on it).
# Usage: bench/load-bench.sh [--no-build] [--home DIR | --url BASE] [--user U] [--password PW]
#        [--epci CODE] [-c CLIENTS] [-n REQUESTS] [--pdf-n REQUESTS] [--basic]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
build=1; home=""; base=""; user=admin; password=bench-load-secret-7; epci=""; c=50; n=1000; pdf_n=100; basic=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --home) shift; home="$1" ;;
    --url) shift; base="$1" ;;
    --user) shift; user="$1" ;;
    --password) shift; password="$1" ;;
    --epci) shift; epci="$1" ;;
    -c) shift; c="$1" ;;
    -n) shift; n="$1" ;;
    --pdf-n) shift; pdf_n="$1" ;;
    --basic) basic=1 ;;
  esac
  shift
done
command -v ab > /dev/null || { echo "ab is missing: apt-get install apache2-utils" >&2; exit 2; }
work=$(mktemp -d)
trap oasis_stop EXIT
if [ -z "$base" ]; then
  [ $build = 1 ] && ./mvnw -q -B package -DskipTests
  export OASIS_HOME="${home:-$work/home}" OASIS_ADMIN_PASSWORD="$password" SERVER_PORT=18183
  oasis_start -Xmx1g
  oasis_wait_ready 600
fi

# A browser session (form login, CSRF token from the form).
oasis_login "$user" "$password"
# A personal API token, created on the account page as a user would, valid one day.
token=$(oasis_form_csrf /account)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "name=load-bench" --data-urlencode "role=VIEWER" \
     --data-urlencode "days=1" --data-urlencode "_csrf=$token" "$base/account/tokens"
api_token=$(curl -s -b "$jar" "$base/account" | grep -o 'id="token-value">oasis_[^<]*' | sed 's/.*>//')
[ -n "$api_token" ] || { echo "could not create an API token" >&2; exit 1; }
if [ -z "$epci" ]; then
  epci=$(curl -s -b "$jar" "$base/api/territories?level=epci&limit=1" | grep -o '"code":"[^"]*"' | head -1 | cut -d'"' -f4)
fi

run() { # label path requests header...
  local label="$1" path="$2" requests="$3"; shift 3
  curl -s -o /dev/null "${@/#/-H}" "$base$path" || true # warm the caches once
  local clients=$(( c < requests ? c : requests ))
  rm -f "$work/percent.csv"
  # Accept-Encoding as every browser sends it: the kept answers are gzipped once and sent as is.
  local args=(-k -q -c "$clients" -n "$requests" -e "$work/percent.csv" -H "Accept-Encoding: gzip")
  for h in "$@"; do args+=(-H "$h"); done
  ab "${args[@]}" "$base$path" > "$work/ab.txt" 2>&1 || true
  awk -F, -v label="$label" -v out="$work/ab.txt" '
    BEGIN { while ((getline line < out) > 0) {
              if (line ~ /^Requests per second/) { split(line, a, ":"); split(a[2], b, " "); rps = b[1] }
              if (line ~ /^Non-2xx responses/) { split(line, a, ":"); bad = a[2] + 0 }
              if (line ~ /^Failed requests/) { split(line, a, ":"); failed = a[2] + 0 } } }
    $1 == 50 { p50 = $2 } $1 == 95 { p95 = $2 } $1 == 100 { max = $2 }
    END { if (NR == 0) { printf "%-44s ab failed: %s\n", label, out; exit }
          printf "%-44s %8.1f req/s  p50 %6.0f ms  p95 %6.0f ms  max %6.0f ms  non-2xx %d  failed %d\n",
          label, rps, p50, p95, max, bad, failed }' "$work/percent.csv"
}

endpoints=(
  "/api/layers/commune?zoom=8&format=topology" # what the map asks for
  "/api/layers/commune?zoom=8"
  "/api/accessibility/commune?profession=MG&variant=all"
  "/api/indicators?level=commune"
  "/api/indicators/density?level=commune"
  "/api/filter?level=commune&c=apl.MG.all%3C2.5&c=share75%3E12"
  "/api/reports/epci/$epci"
)
# A first pass, not printed, so that the just-in-time compiler and the kept answers are warm.
for path in "${endpoints[@]}"; do
  ab -k -q -c 10 -n 1000 -H "Accept-Encoding: gzip" -H "Cookie: JSESSIONID=$session" "$base$path" > /dev/null 2>&1 || true
done
echo "Oasis at $base, $c concurrent clients, $n requests per line (PDF: $pdf_n), EPCI $epci"
credentials=("session|Cookie: JSESSIONID=$session" "token|Authorization: Bearer $api_token")
[ $basic = 1 ] && credentials+=("basic|Authorization: Basic $(printf '%s:%s' "$user" "$password" | base64 -w0)")
for credential in "${credentials[@]}"; do
  kind="${credential%%|*}"; header="${credential#*|}"
  for path in "${endpoints[@]}"; do
    label="$kind ${path%%\?*}"; [[ "$path" == *format=topology* ]] && label="$label (topology)"
    run "$label" "$path" "$n" "$header"
  done
  run "$kind /reports/epci/$epci.pdf" "/reports/epci/$epci.pdf" "$pdf_n" "$header"
done
# Revalidation: a client that kept an answer sends its ETag (If-None-Match) and gets 304 without
# any work while the data versions have not changed (ab counts 304 as non-2xx: that is expected).
for path in "/api/layers/commune?zoom=8" "/ogc/collections/communes/items?limit=1000" "/reports/epci/$epci.pdf"; do
  tag=$(curl -s -o /dev/null -D - -H "Accept-Encoding: gzip" -H "Cookie: JSESSIONID=$session" "$base$path" \
        | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')
  if [ -n "$tag" ]; then
    run "304 ${path%%\?*}" "$path" "$n" "Cookie: JSESSIONID=$session" "If-None-Match: $tag"
  fi
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
