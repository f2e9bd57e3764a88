#!/usr/bin/env bash
# OpenStreetMap import benchmark: writes synthetic .osm.pbf grids (SyntheticOsmBenchmark, test
# classes) and reads each with OsmNetworkReader under /usr/bin/time -v, with a capped heap.
#
# usage: bench/osm-bench.sh [--no-build] [N:S ...]   N×N junctions, S shape points per road
#                                                   (default 100:3 300:3 500:4)
# env:   HEAP (default 2g), WORK (default a fresh temporary directory)
set -euo pipefail
cd "$(dirname "$0")/.."

HEAP=${HEAP:-2g}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/osm-bench.XXXXXX")}
BUILD=1
if [[ "${1:-}" == "--no-build" ]]; then
  BUILD=0
  shift
fi
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(100:3 300:3 500:4)

if [[ $BUILD -eq 1 || ! -d target/test-classes ]]; then
  ./mvnw -q -B test-compile
fi
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null
CP="target/classes:target/test-classes:$(cat "$WORK/classpath.txt")"
MAIN=fr.oasis.accessibility.network.SyntheticOsmBenchmark

for size in "${SIZES[@]}"; do
  n=${size%%:*}
  s=${size##*:}
  pbf="$WORK/grid-$n-$s.osm.pbf"
  java -cp "$CP" "$MAIN" generate "$n" "$s" "$pbf" 2> /dev/null
  /usr/bin/time -v -o "$WORK/time-$n-$s.txt" java -Xmx"$HEAP" -cp "$CP" "$MAIN" read "$pbf" \
    > "$WORK/read-$n-$s.log" 2>&1 || { echo "read failed, see $WORK/read-$n-$s.log"; tail -5 "$WORK/read-$n-$s.log"; exit 1; }
  grep '^read ' "$WORK/read-$n-$s.log"
  awk -F': ' '/Elapsed \(wall clock\)/ {w = $2} /Maximum resident set size/ {r = $2}
              /User time/ {u = $2} /System time/ {y = $2}
              END {printf "  wall %s, CPU %.1f s, peak RSS %.0f MB (heap cap '"$HEAP"')\n", w, u + y, r / 1024}' \
      "$WORK/time-$n-$s.txt"
  uptime | sed 's/.*load/  load/'
done
