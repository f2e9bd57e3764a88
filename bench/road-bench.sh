#!/usr/bin/env bash
# Road travel-time benchmark: the Grand Est communes (2026, chef-lieu points) and BPE GPs in the
# `apl` contract format (bench/road_bench_inputs.py), then `apl --network` on the Travel Mapping
# graph with a 30-minute table, under /usr/bin/time -v. Prints the road table's size and build
# time, the APL time on top of it, wall time and peak RSS; the crow-fly run is printed for scale.
#
# usage: bench/road-bench.sh [--no-build]
# env:   DATA (default ../shared/data), WORK (default a fresh temporary directory), BOUND (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-../shared/data}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/road-bench.XXXXXX")}
BOUND=${BOUND:-30}
NETWORK="$DATA/roads-travelmapping-grandest"
if [[ ! -d "$NETWORK" ]]; then
  echo "road-bench: $NETWORK not found (set DATA=path/to/shared/data)" >&2
  exit 2
fi
if [[ "${1:-}" != "--no-build" || ! -f target/oasis.jar ]]; then
  ./mvnw -q -B package -DskipTests
fi
python3 bench/road_bench_inputs.py --data "$DATA" --out "$WORK"

run() { # name, extra apl arguments...
  local name=$1
  shift
  local args=(apl --communes "$WORK/communes.csv" --practitioners "$WORK/practitioners.csv" --profession MG
              --out "$WORK/apl-$name.csv" "$@")
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v -o "$WORK/time-$name.txt" java -jar target/oasis.jar "${args[@]}" 2> "$WORK/summary-$name.txt"
  else
    java -jar target/oasis.jar "${args[@]}" 2> "$WORK/summary-$name.txt"
    echo "Maximum resident set size (kbytes): 0" > "$WORK/time-$name.txt"
  fi
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0;
           for (k = 1; k <= n; k++) s = s * 60 + p[k]; printf "%.2f", s}' "$WORK/time-$name.txt")
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ {s += $2} END {printf "%.2f", s}' "$WORK/time-$name.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$WORK/time-$name.txt")
  printf '%-9s wall %5s s  cpu (user+sys) %5s s  peak RSS %4s MB  load %s\n' "$name" "${wall:-n/a}" "$cpu" "$rss" \
    "$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo n/a)"
  sed -n 's/^apl: /  /p' "$WORK/summary-$name.txt" | cut -c1-220
}

run road --network "$NETWORK" --road-bound "$BOUND"
run crow-fly
echo "inputs, outputs and logs in $WORK"
