# Part 3 of the groupings bench, sourced after bench/lib.sh's oasis_login by groupings-bench.sh and
# cpts-bench.sh (uses their $base, $jar, $server and $work; the portal's TVS must be imported): a
# CPTS of 40 communes created through the API and its report rendered (target < 1 s), page and PDF,
# each with its wall time and the CPU time the portal's process spent on it, then the same report
# again after a second CPTS's creation was absorbed (the steady cost), with the load average.
token=$(oasis_api_csrf)
# CPU time of the portal's process (user + system, ms): shown beside the wall times, the machine is shared.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$server/stat"; }
# timed NAME curl-arguments...: runs curl, keeps "status wall-seconds cpu-ms" in the variable NAME.
timed() {
  local name=$1; shift
  local before; before=$(cpu_ms)
  local out; out=$(curl -s -b "$jar" -w '%{http_code} %{time_total}' "$@")
  printf -v "$name" '%s s, cpu %s ms' "$out" $(( $(cpu_ms) - before ))
}
# A running portal has rendered reports before: three TVS reports (page and PDF) warm the report code.
for tvs in $(curl -s -b "$jar" "$base/api/groupings?type=tvs" | grep -o '"code":"[^"]*"' | sed -n 1,3p | sed 's/.*:"//; s/"//'); do
  curl -s -b "$jar" -o /dev/null "$base/reports/tvs/$tvs"; curl -s -b "$jar" -o /dev/null "$base/reports/tvs/$tvs.pdf"
done
# ...and one grouping created and deleted (other communes) warms the creation code: a running portal
# has edited a grouping or imported TVS before (a fresh JVM compiles it on the first creation).
warm=$(curl -s -b "$jar" "$base/api/groupings?type=tvs" | grep -o '"communes":\[[^]]*' \
  | grep -o '"[0-9AB]\{5\}"' | sed -n 81,120p | paste -sd, -)
curl -s -b "$jar" -o /dev/null -X POST -H "X-CSRF-TOKEN: $token" -H 'Content-Type: application/json' \
  -d "{\"type\":\"cpts\",\"code\":\"WARMUP\",\"name\":\"Échauffement\",\"communes\":[$warm],\"epcis\":[]}" "$base/api/groupings"
curl -s -b "$jar" -o /dev/null -X DELETE -H "X-CSRF-TOKEN: $token" "$base/api/groupings/cpts/WARMUP"
# 40 communes: those of the first TVS in code order, then of the next ones (neighbours, mostly)
communes=$(curl -s -b "$jar" "$base/api/groupings?type=tvs" | grep -o '"communes":\[[^]]*' \
  | grep -o '"[0-9AB]\{5\}"' | sed -n 1,40p | paste -sd, -)
body="{\"type\":\"cpts\",\"code\":\"BENCH40\",\"name\":\"CPTS de banc d'essai\",\"communes\":[$communes],\"epcis\":[]}"
curl -s -b "$jar" -o /dev/null -X DELETE -H "X-CSRF-TOKEN: $token" "$base/api/groupings/cpts/BENCH40" || true
timed t_create -o "$work/created.json" -X POST -H "X-CSRF-TOKEN: $token" \
  -H 'Content-Type: application/json' -d "$body" "$base/api/groupings"
timed t_report -o "$work/report.html" "$base/reports/cpts/BENCH40"
timed t_pdf -o "$work/report.pdf" "$base/reports/cpts/BENCH40.pdf"
# The first report after a creation rebuilds what shows the grouping levels; the next report of
# another CPTS shows the steady cost: a second CPTS, other communes.
communes2=$(curl -s -b "$jar" "$base/api/groupings?type=tvs" | grep -o '"communes":\[[^]]*' \
  | grep -o '"[0-9AB]\{5\}"' | sed -n 41,80p | paste -sd, -)
curl -s -b "$jar" -o /dev/null -X DELETE -H "X-CSRF-TOKEN: $token" "$base/api/groupings/cpts/BENCH40B" || true
curl -s -b "$jar" -o /dev/null -X POST -H "X-CSRF-TOKEN: $token" -H 'Content-Type: application/json' \
  -d "{\"type\":\"cpts\",\"code\":\"BENCH40B\",\"name\":\"CPTS de banc d'essai B\",\"communes\":[$communes2],\"epcis\":[]}" "$base/api/groupings"
curl -s -b "$jar" -o /dev/null "$base/reports/cpts/BENCH40B" # the rebuild after this creation
timed t_again -o /dev/null "$base/reports/cpts/BENCH40"
timed t_again_pdf -o /dev/null "$base/reports/cpts/BENCH40.pdf"
echo "   the first CPTS again, after the second one's creation was absorbed: report HTML $t_again; PDF $t_again_pdf"
echo "3. CPTS of $(grep -o '"[0-9AB]\{5\}"' "$work/created.json" | wc -l) communes (status, wall, portal CPU): create $t_create;"\
" report HTML $t_report; PDF $t_pdf; load $(cut -d' ' -f1-3 /proc/loadavg)"
grep "cpts territories derived" "$work/server.log" | tail -1 | sed 's/^.*: cpts/   derivation: cpts/' || true
