#!/usr/bin/env bash
# bench/server.sh — requests/s and p99 latency of `comet preview` on a JSON
# endpoint, beside a raw net/http server writing the same bytes, measured
# with wrk on 127.0.0.1 in the same run (rounds alternate the order).
#
#   bench/server.sh [seconds-per-round] [rounds]
#
# Needs wrk (Debian package `wrk`; installed if missing and apt works).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
rounds=${2:-2}
command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/comet" ./cmd/comet
go build -o "$work/rawjson" ./bench/rawjson
mkdir -p "$work/site/src/pages/api"
cat > "$work/site/astro.config.mjs" <<'JS'
export default { output: 'server' };
JS
cat > "$work/site/src/pages/api/[id].json.ts" <<'JS'
import type { APIRoute } from 'astro';
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify({ id: params.id, name: 'Product ' + params.id, price: 42 }), {
    headers: { 'Content-Type': 'application/json' },
  });
JS
"$work/comet" build "$work/site" --silent
"$work/comet" preview "$work/site" --host 127.0.0.1 --port 4398 --silent &
"$work/rawjson" -addr 127.0.0.1:4399 &
for p in 4398 4399; do
  for i in $(seq 100); do curl -sf "http://127.0.0.1:$p/api/42.json" >/dev/null && break; sleep 0.1; done
done
a=$(curl -s http://127.0.0.1:4398/api/42.json); b=$(curl -s http://127.0.0.1:4399/api/42.json)
[ "$a" = "$b" ] || { echo "bodies differ: $a vs $b"; exit 1; }

run() { # port → "rps p99ms"
  wrk -t1 -c32 -d2s "http://127.0.0.1:$1/api/42.json" >/dev/null  # warm-up
  wrk -t1 -c32 -d"${secs}s" --latency "http://127.0.0.1:$1/api/42.json" |
    awk '/Requests\/sec/ {rps=$2} /^ +99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; p99=v} END {printf "%.0f %.2f\n", rps, p99}'
}
echo "round  comet-req/s  comet-p99-ms  raw-req/s  raw-p99-ms  ratio"
for r in $(seq "$rounds"); do
  if [ $((r % 2)) -eq 1 ]; then c=$(run 4398); g=$(run 4399); else g=$(run 4399); c=$(run 4398); fi
  set -- $c $g
  printf "%5d  %11s  %12s  %9s  %10s  %5.2f\n" "$r" "$1" "$2" "$3" "$4" "$(echo "$1 / $3" | bc -l)"
done
rss=$(awk '/VmHWM/ {print $2/1024 " MiB"}' /proc/$(pgrep -f "$work/comet preview" | head -1)/status 2>/dev/null || true)
echo "comet peak RSS: ${rss:-n/a}"
