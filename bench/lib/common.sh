# bench/lib/common.sh — sourced by bench/run.sh: logging, the data file
# every scenario appends to, and small helpers shared by the scenarios.
#
# The data file ($DATA) is tab-separated, one measurement a line; the
# first field names the scenario and bench/lib/report.py reads it:
#   ssr     endpoint conns variant round rps p50_ms p99_ms rss_kib errors
#   static  project  variant round wall_s user_s sys_s maxrss_kib
#   cold    what     variant round ms maxrss_kib
#   note    scenario text…          (shown under the scenario's heading)

log() { printf '%s [bench] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

record() { # fields… → one line of $DATA
  local IFS=$'\t'
  printf '%s\n' "$*" >>"$DATA"
}

note() { # scenario text → a note in RESULTS.md and on stderr
  log "$1: $2"
  record note "$1" "$2"
}

# need CMD PACKAGE: install a Debian package when its command is missing.
need() {
  local cmd=$1 pkg=$2
  [ -x "$cmd" ] || command -v "$cmd" >/dev/null && return 0
  log "installing Debian package $pkg (for $cmd)"
  apt-get install -y "$pkg" >/dev/null 2>&1 ||
    { apt-get update >/dev/null 2>&1 && apt-get install -y "$pkg" >/dev/null 2>&1; } ||
    { log "could not install $pkg"; return 1; }
}

# wait_http URL [tries]: poll until URL answers 2xx (every 50 ms).
wait_http() {
  local i
  for ((i = 0; i < ${2:-200}; i++)); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 0.05
  done
  return 1
}

# port_free PORT: nothing answers on 127.0.0.1:PORT.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Peak RSS of a running process, in KiB: VmHWM since the last reset_peak.
peak_rss() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# reset_peak PID: start VmHWM afresh (Linux ≥ 4.0: "5" > clear_refs), so
# the peak read after a run is that run's. Returns 1 if the kernel refused.
reset_peak() { echo 5 >"/proc/$1/clear_refs" 2>/dev/null; }

# stop PID…: SIGTERM the processes this suite started, then wait for them.
stop() {
  local p
  for p in "$@"; do
    [ -n "$p" ] && kill "$p" 2>/dev/null || true
  done
  for p in "$@"; do
    [ -n "$p" ] && wait "$p" 2>/dev/null || true
  done
}

# rotate N I ITEMS…: ITEMS rotated left by I mod N, the order of a round
# (rounds alternate which variant goes first).
rotate() {
  local n=$1 i=$2
  shift 2
  local items=("$@") k
  for ((k = 0; k < n; k++)); do
    printf '%s\n' "${items[$(((k + i) % n))]}"
  done
}

# digest DIR: one hash of every file's path and bytes under DIR, to check
# that variants wrote the same files.
digest() {
  (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha1sum) | sha1sum | cut -c1-12
}
