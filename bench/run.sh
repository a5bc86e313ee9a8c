#!/usr/bin/env bash
# bench/run.sh — Comet's benchmark suite: one command, every scenario, each
# variant beside its ceiling or floor and beside the peer (Astro 7) in the
# same run, rounds alternating the order. It prints medians and ratios (the
# ratios are the result; absolute numbers are context) and PASS/MISS lines
# for the targets, and writes it all as markdown to bench/RESULTS.md.
#
#   bench/run.sh                      # every scenario with the defaults
#   bench/run.sh ssr cold             # only some: ssr static cold go
#   ROUNDS=5 SECS=10 bench/run.sh     # longer, quieter
#
# Scenarios (each explained at the top of its file):
#   ssr     bench/lib/ssr.sh     wrk on 4 endpoints: comet preview, raw
#                                net/http ceiling, astro + @astrojs/node
#   static  bench/lib/static.sh  10k and 100k getStaticPaths, 1k files:
#                                comet build, no-JS floor, astro build
#   cold    bench/lib/cold.sh    seed example build time; preview's time to
#                                its first response
#   go      bench/lib/gobench.sh go test -bench: routing, Response, handler
#
# Settings (environment):
#   ROUNDS=3        rounds of every measurement (medians over them)
#   SECS=5          seconds of one wrk run; WARM=1 seconds of warm-up before
#   CONNS="32 256"  wrk connections; WRK_THREADS=1 wrk threads (-t)
#   STATIC="paths:10000 paths:100000 files:1000"   static projects
#   PEER_MAX=100000 largest static project astro builds (its 100k build takes
#                   ~30 s a round here; PEER_MAX=10000 skips it)
#   COLD_RUNS=10    runs of each cold-start measurement
#   GOBENCH_TIME=1s GOBENCH_COUNT=1   go test -benchtime / -count
#   PEER=0          skip the peer (no Node, no npm)
#   SHM=/dev/shm    tmpfs for static build output
#   PORT_BASE=4601  first of the three ports the servers listen on
#   NOTE="…"        a line for RESULTS.md (e.g. what else ran meanwhile)
#   RESULTS=bench/RESULTS.md   where the markdown goes
#
# Needs Go, curl, python3, wrk and /usr/bin/time (the Debian packages wrk
# and time are installed when missing), and for the peer npm: Node 22,
# astro@7 and @astrojs/node are installed into bench/.cache/ (git-ignored).
# Default suite: about 12–15 minutes on a 2-core machine.
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
cd "$ROOT"

: "${ROUNDS:=3}" "${SECS:=5}" "${WARM:=1}" "${CONNS:=32 256}" "${WRK_THREADS:=1}"
: "${STATIC:=paths:10000 paths:100000 files:1000}" "${PEER_MAX:=100000}" "${COLD_RUNS:=10}"
: "${GOBENCH_TIME:=1s}" "${GOBENCH_COUNT:=1}" "${SHM:=/dev/shm}" "${PORT_BASE:=4601}"
: "${RESULTS:=$BENCH/RESULTS.md}"
SCENARIOS=${*:-ssr static cold go}

# The exact command, with every setting, for RESULTS.md.
COMMAND="ROUNDS=$ROUNDS SECS=$SECS WARM=$WARM CONNS='$CONNS' WRK_THREADS=$WRK_THREADS STATIC='$STATIC' PEER_MAX=$PEER_MAX COLD_RUNS=$COLD_RUNS GOBENCH_TIME=$GOBENCH_TIME GOBENCH_COUNT=$GOBENCH_COUNT${PEER:+ PEER=$PEER} SHM=$SHM bench/run.sh${*:+ $*}"

# shellcheck source-path=SCRIPTDIR
source "$BENCH/lib/common.sh"
source "$BENCH/lib/projects.sh"
source "$BENCH/lib/peer.sh"
source "$BENCH/lib/ssr.sh"
source "$BENCH/lib/static.sh"
source "$BENCH/lib/cold.sh"
source "$BENCH/lib/gobench.sh"

for s in $SCENARIOS; do
  case $s in ssr | static | cold | go) ;; *)
    echo "bench/run.sh: unknown scenario $s (ssr static cold go)" >&2
    exit 2
    ;;
  esac
done

CACHE=$BENCH/.cache
RUN=$CACHE/run # this run's logs and data; replaced by the next run
PROJECTS=$CACHE/astro/p
rm -rf "$RUN"
mkdir -p "$RUN" "$PROJECTS" "$CACHE/bin"
DATA=$RUN/data.tsv
: >"$DATA"
SERVER_PIDS=
trap 'stop $SERVER_PIDS' EXIT

need wrk wrk
need /usr/bin/time time
[ -d "$SHM" ] && [ -w "$SHM" ] || { echo "bench/run.sh: $SHM is not a writable folder (set SHM)" >&2; exit 1; }

log "building comet and the helpers"
COMET=$CACHE/bin/comet RAWJSON=$CACHE/bin/rawjson FLOOR=$CACHE/bin/floor COLDSTART=$CACHE/bin/coldstart
go build -o "$COMET" ./cmd/comet
go build -o "$RAWJSON" ./bench/rawjson
go build -o "$FLOOR" ./bench/floor
go build -o "$COLDSTART" ./bench/coldstart

case " $SCENARIOS " in *" ssr "* | *" static "* | *" cold "*) peer_setup ;; *) PEER_OK=0 PEER_WHY="not needed" ;; esac
[ "$PEER_OK" = 1 ] && log "peer: Node $PEER_NODE_VERSION, astro $PEER_ASTRO_VERSION, @astrojs/node $PEER_ADAPTER_VERSION" ||
  log "peer skipped: $PEER_WHY"

START=$(date -u '+%Y-%m-%d %H:%M:%S UTC')
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
T0=$SECONDS
for s in $SCENARIOS; do
  log "== scenario $s"
  # A scenario that fails leaves a note; the others still run.
  "scenario_$s" || note "$s" "the scenario stopped early (exit status $?): see bench/.cache/run/"
done

# Everything report.py needs besides the data.
{
  echo "command	$COMMAND"
  echo "start	$START"
  echo "minutes	$(((SECONDS - T0 + 30) / 60))"
  echo "nproc	$(nproc)"
  echo "memory	$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "cpu	$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "kernel	$(uname -sr)"
  echo "go	$(go version | cut -d' ' -f3-)"
  echo "commit	$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$([ -n "$(git status --porcelain 2>/dev/null | head -1)" ] && echo ' (with uncommitted changes)')"
  echo "wrk	$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "wrk_threads	$WRK_THREADS"
  echo "secs	$SECS"
  echo "warm	$WARM"
  echo "rounds	$ROUNDS"
  echo "shm	$SHM ($(df -T "$SHM" | awk 'NR == 2 {print $2}'))"
  echo "load	$LOAD_START → $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "peer	$([ "$PEER_OK" = 1 ] && echo "Node $PEER_NODE_VERSION, astro $PEER_ASTRO_VERSION, @astrojs/node $PEER_ADAPTER_VERSION" || echo "skipped: $PEER_WHY")"
  echo "peer_max	$PEER_MAX"
  echo "note	${NOTE:-}"
  echo "scenarios	$SCENARIOS"
} >"$RUN/meta.tsv"
[ -f "$RUN/gobench.txt" ] || : >"$RUN/gobench.txt"

python3 "$BENCH/lib/report.py" "$RUN/meta.tsv" "$DATA" "$RUN/gobench.txt" >"$RESULTS"
cat "$RESULTS"
log "wrote $RESULTS (logs in bench/.cache/run/)"
