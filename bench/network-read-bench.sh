#!/usr/bin/env bash
# Road network reading benchmark: reads the Travel Mapping graph (nodes + edges CSV) with
# TravelMappingReader several times in one JVM (TravelMappingReadBenchmark, test classes) and
# prints the median, best and worst time of one read, then the CPU time and peak RSS of the run.
#
# usage: bench/network-read-bench.sh [--no-build] [WARMUP ROUNDS]   (default 5 15)
# env:   DATA (default ../shared/data), WORK (default a fresh temporary directory)
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-../shared/data}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/network-read-bench.XXXXXX")}
NETWORK="$DATA/roads-travelmapping-grandest"
BUILD=1
if [[ "${1:-}" == "--no-build" ]]; then
  BUILD=0
  shift
fi
if [[ ! -d "$NETWORK" ]]; then
  echo "network-read-bench: $NETWORK not found (set DATA=path/to/shared/data)" >&2
  exit 2
fi
if [[ $BUILD -eq 1 || ! -d target/test-classes ]]; then
  ./mvnw -q -B test-compile
fi
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null
CP="target/classes:target/test-classes:$(cat "$WORK/classpath.txt")"
/usr/bin/time -v -o "$WORK/time.txt" java -Xmx512m -cp "$CP" \
  fr.oasis.accessibility.network.TravelMappingReadBenchmark "$NETWORK" "${1:-5}" "${2:-15}"
awk -F': ' '/Maximum resident set size/ {r = $2} /User time/ {u = $2} /System time/ {y = $2}
            END {printf "  whole run: CPU %.1f s, peak RSS %.0f MB\n", u + y, r / 1024}' "$WORK/time.txt"
uptime | sed 's/.*load/  load/'
