# bench/lib/cold.sh — scenario 3, cold start. Sourced by bench/run.sh.
#
#   build-seed              `comet build examples/seed-static` (into a temp
#                           --outDir, so the example's dist/ is untouched):
#                           wall time from exec to exit, COLD_RUNS runs
#   preview-first-response  time from exec of the server to its first 200
#                           on GET /api/hello.json of the SSR project (a JS
#                           endpoint), polled every 2 ms by bench/coldstart;
#                           variants: comet preview, the raw net/http
#                           ceiling, and astro's node entry (the peer); one
#                           run of each in turn, COLD_RUNS times, rotating
# Times come from bench/coldstart (sub-millisecond resolution; the page
# cache is warm, so "cold" means a new process, not a cold disk).

scenario_cold() {
  local r v order res
  for ((r = 1; r <= COLD_RUNS; r++)); do
    rm -rf "$RUN/seed-dist"
    res=$("$COLDSTART" -runs 1 -- "$COMET" build "$ROOT/examples/seed-static" --outDir "$RUN/seed-dist" --silent) ||
      { note cold "comet build examples/seed-static failed"; break; }
    # shellcheck disable=SC2086
    record cold build-seed comet "$r" $res
  done
  rm -rf "$RUN/seed-dist"

  local proj=$PROJECTS/ssr variants=(comet ceiling) port=${PORT_BASE:-4601}
  write_ssr_project "$proj"
  rm -rf "$proj/dist-comet"
  "$COMET" build "$proj" --outDir "$proj/dist-comet" --silent || { note cold "comet build of the SSR project failed"; return; }
  if [ "$PEER_OK" = 1 ]; then
    if [ -f "$proj/dist-astro/server/entry.mjs" ] ||
      (cd "$proj" && "$NODE22" "$ASTRO_JS" build --outDir dist-astro) >"$RUN/astro-ssr-build.log" 2>&1; then
      variants+=(astro)
    else
      note cold "peer skipped: astro build failed"
    fi
  else
    note cold "peer skipped: $PEER_WHY"
  fi
  port_free "$port" || { note cold "port $port is taken: preview skipped"; return; }
  local url=http://127.0.0.1:$port/api/hello.json
  for ((r = 1; r <= COLD_RUNS; r++)); do
    mapfile -t order < <(rotate "${#variants[@]}" $((r - 1)) "${variants[@]}")
    for v in "${order[@]}"; do
      case $v in
      comet) res=$("$COLDSTART" -runs 1 -url "$url" -- "$COMET" preview "$proj" --outDir "$proj/dist-comet" --host 127.0.0.1 --port "$port" --silent) ;;
      ceiling) res=$("$COLDSTART" -runs 1 -url "$url" -- "$RAWJSON" -addr "127.0.0.1:$port") ;;
      astro) res=$(HOST=127.0.0.1 PORT=$port "$COLDSTART" -runs 1 -url "$url" -- "$NODE22" "$proj/dist-astro/server/entry.mjs") ;;
      esac || { note cold "$v: no first response"; continue; }
      # shellcheck disable=SC2086
      record cold preview-first-response "$v" "$r" $res
    done
  done
  log "cold: done"
}
