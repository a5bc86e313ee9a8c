# bench/lib/gobench.sh — scenario 4, per-call cost. Sourced by bench/run.sh.
#
# Go benchmarks, in-process, no network (`go test -run xxx -bench … -benchmem`):
#   internal/routing        BenchmarkMatch: the first match among 1,000
#                           routes (static, [param], [...rest], not found, mix)
#   internal/jsrt/webapi    BenchmarkNewResponse: `new Response(JSON.stringify
#                           (obj), {headers})` in goja with the prelude;
#                           BenchmarkResponseRoundTrip: the same + read into Go
#   internal/server         BenchmarkServeJSON: a trivial handler end to end
#                           (match, context, JS call, response) beside
#                           BenchmarkServeRawBaseline (plain net/http)
# GOBENCH_TIME (default 1s) and GOBENCH_COUNT (default 1) pass through as
# -benchtime and -count. The output goes into RESULTS.md as it is.

GOBENCH_PKGS=(
  "./internal/routing Match"
  "./internal/jsrt/webapi NewResponse|ResponseRoundTrip"
  "./internal/server Serve"
)

scenario_go() {
  local entry pkg pat
  : >"$RUN/gobench.txt"
  for entry in "${GOBENCH_PKGS[@]}"; do
    pkg=${entry%% *}
    pat=${entry#* }
    log "go benchmarks: $pkg -bench '$pat'"
    echo "\$ go test -run xxx -bench '$pat' -benchmem -benchtime $GOBENCH_TIME -count $GOBENCH_COUNT $pkg" >>"$RUN/gobench.txt"
    (cd "$ROOT" && go test -run xxx -bench "$pat" -benchmem -benchtime "$GOBENCH_TIME" -count "$GOBENCH_COUNT" "$pkg") 2>&1 |
      grep -v '^\(goos\|goarch\|cpu\):' >>"$RUN/gobench.txt" || note go "$pkg: go test failed (output below)"
    echo >>"$RUN/gobench.txt"
  done
}
