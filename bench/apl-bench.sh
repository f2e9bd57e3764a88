#!/usr/bin/env bash
# APL benchmark (see ../shared/bench/README.md): for each scale, generate the synthetic input,
# run `java -jar target/oasis.jar apl` under /usr/bin/time -v, and check the output against the
# independent Python reference bench/apl_reference.py (relative 1e-9, absolute 1e-12 at 0).
#
# usage: bench/apl-bench.sh [--no-build] [scale ...]      (default scales: small dept region france)
# env:   SHARED (default ../shared), WORK (default a fresh temporary directory), SEED (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED=${SHARED:-../shared}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/apl-bench.XXXXXX")}
SEED=${SEED:-1}
BUILD=1
if [[ "${1:-}" == "--no-build" ]]; then
  BUILD=0
  shift
fi
SCALES=("$@")
[[ ${#SCALES[@]} -gt 0 ]] || SCALES=(small dept region france)

if [[ ! -f "$SHARED/bench/gen_bench.py" ]]; then
  echo "apl-bench: $SHARED/bench/gen_bench.py not found (set SHARED=path/to/shared)" >&2
  exit 2
fi
if [[ $BUILD -eq 1 || ! -f target/oasis.jar ]]; then
  ./mvnw -q -B package -DskipTests
fi

TIMER=gnu
[[ -x /usr/bin/time ]] || TIMER=date

printf '%-7s %8s %9s %8s %10s %10s %13s  %s\n' scale communes practs wall_s peak_rss_mb pairs max_rel_err check
status=0
for scale in "${SCALES[@]}"; do
  dir="$WORK/$scale"
  python3 "$SHARED/bench/gen_bench.py" --scale "$scale" --seed "$SEED" --out "$dir" > /dev/null
  args=(apl --communes "$dir/communes.csv" --practitioners "$dir/practitioners.csv" --profession MG
        --out "$dir/apl.csv")
  if [[ $TIMER == gnu ]]; then
    /usr/bin/time -v -o "$dir/time.txt" java -jar target/oasis.jar "${args[@]}" 2> "$dir/summary.txt"
    # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.23"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0;
             for (k = 1; k <= n; k++) s = s * 60 + p[k]; printf "%.2f", s}' "$dir/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$dir/time.txt")
  else
    start=$(date +%s%N)
    java -jar target/oasis.jar "${args[@]}" 2> "$dir/summary.txt"
    wall=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN {printf "%.2f", ns / 1e9}')
    rss=n/a
  fi
  pairs=$(awk '/ pairs within / {print $2}' "$dir/summary.txt")
  communes=$(awk '/ communes / {print $2; exit}' "$dir/summary.txt")
  practs=$(awk '/ practitioners kept/ {for (k = 1; k <= NF; k++) if ($k == "MG") print $(k - 1)}' "$dir/summary.txt")
  if python3 bench/apl_reference.py --communes "$dir/communes.csv" --practitioners "$dir/practitioners.csv" \
       --compare "$dir/apl.csv" > "$dir/reference.txt"; then
    check=ok
  else
    check=MISMATCH
    status=1
  fi
  err=$(sed -n 's/.*max_rel_err=\([^ ]*\).*/\1/p' "$dir/reference.txt")
  printf '%-7s %8s %9s %8s %10s %10s %13s  %s\n' "$scale" "$communes" "$practs" "$wall" "$rss" "$pairs" "$err" "$check"
  sed -n 's/^apl: read/  engine: read/p' "$dir/summary.txt"
done
echo "inputs, outputs and logs in $WORK"
exit $status
