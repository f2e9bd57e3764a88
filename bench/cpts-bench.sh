#!/usr/bin/env bash
# Part 3 of bench/groupings-bench.sh alone (issue 14: a CPTS of 40 communes created in the portal and
# its report rendered under 1 s), on a copy of an OASIS_HOME whose Grand Est territories and TVS are
# imported (e.g. the home of a groupings-bench.sh run kept with KEEP_WORK=1): no import, so it runs in
# a minute and can be repeated. Prints wall and portal CPU times and the load average (see
# bench/cpts-part.sh).
# Usage: bench/cpts-bench.sh --home DIR [--no-build]; SERVER_PORT (default 18185), OASIS_JAR.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
build=1; home=""; password=${OASIS_ADMIN_PASSWORD:-bench-password-123}
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --home) shift; home="$1" ;;
  esac
  shift
done
[ -n "$home" ] || { echo "usage: bench/cpts-bench.sh --home DIR (territories and TVS imported) [--no-build]" >&2; exit 1; }
[ $build = 1 ] && ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
cp -a "$home" "$work/home"
export OASIS_HOME="$work/home" OASIS_ADMIN_PASSWORD="$password" SERVER_PORT=${SERVER_PORT:-18185}
oasis_start
oasis_wait_ready 300
oasis_login
echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
. bench/cpts-part.sh
