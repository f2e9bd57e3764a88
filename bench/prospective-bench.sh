#!/usr/bin/env bash
# Prospective workspace (issue 13, items 2 and 3): the retirement projection of every profession
# (target < 1 s) and "where to act" with k = 5 GPs over every commune (target < 2 s), through the
# API with a browser session cookie. Each request is sent once to warm the caches (snapshot,
# today's times to the nearest), then R times; prints the computation time the answer reports
# ("millis") and curl's total time, then the load average (figures mean little on a busy machine).
# Default: a fresh OASIS_HOME with the Grand Est open data imported (data/manifests/grand-est.yml,
# with the DREES age distribution); --demo: the demonstration territory; --home DIR: an existing one.
# The server's CPU time per request (user + system of the JVM from /proc) is printed too: with
# other builds on the cores, wall time says little. OASIS_ADMIN_PASSWORD (an existing home keeps
# its own), SERVER_PORT and OASIS_JAR (default target/oasis.jar) may be given.
# Usage: bench/prospective-bench.sh [--no-build] [--demo | --home DIR] [-r REPEATS]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
build=1; home=""; demo=0; repeats=5; password=${OASIS_ADMIN_PASSWORD:-bench-prospective-secret-7}
jarfile=${OASIS_JAR:-target/oasis.jar}
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --demo) demo=1 ;;
    --home) shift; home="$1" ;;
    -r) shift; repeats="$1" ;;
  esac
  shift
done
work=$(mktemp -d)
trap oasis_stop EXIT
[ $build = 1 ] && ./mvnw -q -B -ntp package -DskipTests
export OASIS_HOME="${home:-$work/home}" OASIS_ADMIN_PASSWORD="$password" SERVER_PORT=${SERVER_PORT:-18187}
if [ -z "$home" ] && [ $demo = 0 ]; then
  start=$(date +%s)
  java -Xmx2g -jar "$jarfile" import --manifest data/manifests/grand-est.yml > "$work/import.log" 2>&1 \
    || { tail -20 "$work/import.log"; exit 1; }
  echo "Grand Est import (with the APL runs): $(( $(date +%s) - start )) s"
fi
extra=()
[ $demo = 1 ] && extra=(--oasis.demo.load-when-empty=true)
oasis_start -Xmx2g -- "${extra[@]}"
oasis_wait_ready 900
oasis_login
if [ $demo = 1 ]; then # the demonstration loads in the background after start-up
  for _ in $(seq 1 600); do
    curl -s -b "$jar" "$base/api/prospective/retirements?years=1" | grep -q '"professions"' && break
    sleep 2
  done
fi
measure() { # name, path
  curl -s -b "$jar" -o "$work/warm.json" "$base$2"
  grep -q '"millis"' "$work/warm.json" || { echo "$1: no answer: $(head -c 300 "$work/warm.json")"; return; }
  for _ in $(seq 1 "$repeats"); do
    c0=$(awk '{ print $14 + $15 }' "/proc/$server/stat")
    t=$(curl -s -b "$jar" -o "$work/out.json" -w '%{time_total}' "$base$2")
    c1=$(awk '{ print $14 + $15 }' "/proc/$server/stat")
    m=$(grep -o '"millis":[0-9]*' "$work/out.json" | tail -1 | cut -d: -f2)
    echo "$1: computed in ${m} ms, answered in ${t} s, server CPU $(( (c1 - c0) * 1000 / $(getconf CLK_TCK) )) ms"
  done
}
communes=$(curl -s -b "$jar" "$base/api/territories/summary")
echo "territory: $communes"
measure "retirements, 18 professions, 5 years" "/api/prospective/retirements?years=5"
measure "retirements, 18 professions, 15 years" "/api/prospective/retirements?years=15"
measure "retirements, GPs with commune list, 10 years" "/api/prospective/retirements?years=10&profession=MG"
measure "where to act, 5 GPs, population objective" "/api/prospective/where-to-act?profession=MG&k=5&objective=population"
measure "where to act, 5 GPs, deficit objective" "/api/prospective/where-to-act?profession=MG&k=5&objective=deficit"
measure "where to act, 10 GPs in 10 years" "/api/prospective/where-to-act?profession=MG&k=10&objective=population&years=10"
grep -o '"evaluated":[0-9]*' "$work/out.json" | head -1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
