# The prologue the bench scripts share, sourced (`. bench/lib.sh`) after `cd` to the repository root:
# start the portal on an OASIS_HOME, wait until it is ready, log in and keep a session cookie.
# Conventions (the scripts use these names afterwards):
#   work    a temporary folder the caller created (the server log goes to $work/server.log)
#   server  the portal's process id, base its URL (http://localhost:$SERVER_PORT)
#   jar     the cookie file of the signed-in session, session its JSESSIONID (for `ab -C`)
# The caller exports OASIS_HOME, OASIS_ADMIN_PASSWORD and SERVER_PORT first. Every failure prints
# one sentence on stderr and exits the script.

# [JVM option...] [-- portal argument...]: starts target/oasis.jar in the background; stopped on exit
# (and $work removed, unless KEEP_WORK=1).
oasis_start() {
  local jvm=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do jvm+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  java "${jvm[@]}" -jar "${OASIS_JAR:-target/oasis.jar}" "$@" > "$work/server.log" 2>&1 &
  server=$!
  base="http://localhost:$SERVER_PORT"
  trap oasis_stop EXIT
}

oasis_stop() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null
  [ "${KEEP_WORK:-0}" = 1 ] || rm -rf "$work"
  return 0
}

# [seconds, default 600]: waits for the readiness probe (migrated, start-up load done); exits when
# the portal stops or is not ready in time.
oasis_wait_ready() {
  local limit="${1:-600}"
  for _ in $(seq 1 "$limit"); do
    curl -fs -o /dev/null "$base/actuator/health/readiness" && return 0
    kill -0 "$server" 2>/dev/null || { echo "the portal stopped:" >&2; tail -30 "$work/server.log" >&2; exit 1; }
    sleep 1
  done
  echo "the portal was not ready within $limit s (log: $work/server.log)" >&2
  exit 1
}

# PATH: the CSRF token of the form on that page (keeps the page's cookies in $jar).
oasis_form_csrf() {
  curl -s -c "$jar" -b "$jar" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="//; s/"$//'
}

# The CSRF token of the signed-in session, for the X-CSRF-TOKEN header of API calls.
oasis_api_csrf() {
  curl -s -b "$jar" "$base/api/csrf" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}

# [user, default admin] [password, default $OASIS_ADMIN_PASSWORD]: signs in at $base (a started
# portal or any URL the caller set), keeps the cookie in $jar and its id in $session; exits when
# the session cannot read the API.
oasis_login() {
  local user="${1:-admin}" password="${2:-$OASIS_ADMIN_PASSWORD}"
  jar="$work/cookies"
  local token; token=$(oasis_form_csrf /login)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" \
       --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login"
  session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/api/territories/summary" || true)
  [ "$status" = 200 ] || { echo "login failed for $user at $base (API answered $status)" >&2; exit 1; }
}
