# bench/lib/ssr.sh — scenario 1, SSR throughput. Sourced by bench/run.sh.
#
# One project (bench/lib/projects.sh: write_ssr_project) with four
# endpoints — hello (JSON GET), products/[id] (params), echo (POST reading
# request.json()), wait (awaits a 1 ms timer) — served by three variants at
# once on 127.0.0.1:
#   comet    `comet preview` of a `comet build` (output: 'server'; default
#            flags, so one JS runtime)
#   ceiling  bench/rawjson: plain net/http writing the same bytes/headers
#   astro    the peer: `astro build` + `node dist/server/entry.mjs`
#            (@astrojs/node standalone, Node 22), if installed
# Before measuring, every variant must answer every endpoint with the same
# body and Content-Type as the ceiling. Then, ROUNDS times, for each
# endpoint and each connection count in CONNS, each variant gets a wrk run
# (-t$WRK_THREADS, WARM s warm-up, then SECS s with --latency); the order of
# the variants rotates every round. The server's peak RSS during the run is
# VmHWM, reset before it through /proc/PID/clear_refs.

SSR_ENDPOINTS=(hello products echo wait)

ssr_path() { # endpoint → URL path
  case $1 in
  hello) echo /api/hello.json ;;
  products) echo /api/products/42.json ;;
  echo) echo /api/echo.json ;;
  wait) echo /api/wait.json ;;
  esac
}

# ssr_fetch URL endpoint → "content-type<TAB>body" (what is compared).
ssr_fetch() {
  local args=(-s -D "$RUN/headers" -o "$RUN/body")
  [ "$2" = echo ] && args+=(-X POST -H 'Content-Type: application/json' --data-binary "$SSR_POST_BODY")
  curl "${args[@]}" "$1" || return 1
  printf '%s\t%s' "$(tr -d '\r' <"$RUN/headers" | awk -F': ' 'tolower($1) == "content-type" {print $2}')" "$(cat "$RUN/body")"
}

# wrk_run URL endpoint conns pid → "rps p50_ms p99_ms rss_kib errors"
wrk_run() {
  local url=$1 ep=$2 conns=$3 pid=$4 script=()
  [ "$ep" = echo ] && script=(-s "$RUN/post.lua")
  if [ "${WARM:-1}" != 0 ]; then
    wrk -t"$WRK_THREADS" -c"$conns" -d"${WARM}s" "${script[@]}" "$url" >/dev/null 2>&1 || true
  fi
  reset_peak "$pid" || true
  wrk -t"$WRK_THREADS" -c"$conns" -d"${SECS}s" --latency "${script[@]}" "$url" >"$RUN/wrk.out" 2>&1 || true
  cat "$RUN/wrk.out" >>"$RUN/wrk.log"
  local rss
  rss=$(peak_rss "$pid")
  awk -v rss="$rss" '
    function ms(v) {
      if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
      if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
      if (v ~ /m$/) { sub(/m$/, "", v); return v * 60000 }
      if (v ~ /s$/) { sub(/s$/, "", v); return v * 1000 }
      return v + 0
    }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx responses/ { err += $NF }
    /Socket errors/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.3f %.3f %d %d\n", rps, p50, p99, rss, err }
  ' "$RUN/wrk.out"
}

scenario_ssr() {
  log "SSR: building the project"
  local proj=$PROJECTS/ssr
  write_ssr_project "$proj"
  printf 'wrk.method = "POST"\nwrk.body = %s\nwrk.headers["Content-Type"] = "application/json"\n' \
    "$(printf '%s' "$SSR_POST_BODY" | sed 's/["\\]/\\&/g; s/.*/"&"/')" >"$RUN/post.lua"
  rm -rf "$proj/dist-comet" "$proj/dist-astro"
  "$COMET" build "$proj" --outDir "$proj/dist-comet" --silent || { note ssr "comet build failed: scenario skipped"; return; }

  local variants=(comet ceiling) ports=() pids=()
  local peer=$PEER_OK
  if [ "$peer" = 1 ]; then
    if (cd "$proj" && "$NODE22" "$ASTRO_JS" build --outDir dist-astro) >"$RUN/astro-ssr-build.log" 2>&1; then
      variants+=(astro)
    else
      peer=0
      note ssr "peer skipped: astro build failed (bench/.cache/run/astro-ssr-build.log): $(tail -n 2 "$RUN/astro-ssr-build.log" | tr '\n' ' ')"
    fi
  else
    note ssr "peer skipped: $PEER_WHY"
  fi

  local base=${PORT_BASE:-4601} port v i
  for v in "${variants[@]}"; do
    port=$base
    base=$((base + 1))
    port_free "$port" || { note ssr "port $port is taken: scenario skipped"; stop "${pids[@]}"; return; }
    case $v in
    comet) "$COMET" preview "$proj" --outDir "$proj/dist-comet" --host 127.0.0.1 --port "$port" --silent >"$RUN/comet-preview.log" 2>&1 & ;;
    ceiling) "$RAWJSON" -addr "127.0.0.1:$port" >"$RUN/rawjson.log" 2>&1 & ;;
    astro) env HOST=127.0.0.1 PORT="$port" "$NODE22" "$proj/dist-astro/server/entry.mjs" >"$RUN/astro-server.log" 2>&1 & ;;
    esac
    pids+=($!)
    ports+=("$port")
  done
  SERVER_PIDS="${pids[*]}"
  for i in "${!variants[@]}"; do
    wait_http "http://127.0.0.1:${ports[$i]}/api/hello.json" ||
      { note ssr "${variants[$i]} did not start: scenario skipped"; stop "${pids[@]}"; return; }
  done

  # Same body and Content-Type from every variant, or no measurement.
  local ep want got bad=()
  for ep in "${SSR_ENDPOINTS[@]}"; do
    want=$(ssr_fetch "http://127.0.0.1:${ports[1]}$(ssr_path "$ep")" "$ep")
    for i in "${!variants[@]}"; do
      got=$(ssr_fetch "http://127.0.0.1:${ports[$i]}$(ssr_path "$ep")" "$ep")
      if [ "$got" != "$want" ]; then
        log "$ep: ${variants[$i]} answers [$got], the ceiling [$want]"
        bad+=("${variants[$i]}")
      fi
    done
  done
  if [[ " ${bad[*]} " == *" comet "* ]]; then
    note ssr "comet's answers differ from the ceiling's (see the log above): scenario skipped"
    stop "${pids[@]}"
    return
  fi
  if [[ " ${bad[*]} " == *" astro "* ]]; then
    note ssr "peer skipped: astro's answers differ from the ceiling's"
    stop "${pids[2]}"
    variants=(comet ceiling)
  fi
  note ssr "all variants answer the four endpoints with the same body and Content-Type"
  reset_peak "${pids[0]}" || note ssr "cannot reset VmHWM: RSS is the peak since start"

  local r conns order n=${#variants[@]} res
  for ((r = 1; r <= ROUNDS; r++)); do
    for ep in "${SSR_ENDPOINTS[@]}"; do
      for conns in $CONNS; do
        mapfile -t order < <(rotate "$n" $((r - 1)) "${!variants[@]}")
        for i in "${order[@]}"; do
          res=$(wrk_run "http://127.0.0.1:${ports[$i]}$(ssr_path "$ep")" "$ep" "$conns" "${pids[$i]}")
          # shellcheck disable=SC2086
          record ssr "$ep" "$conns" "${variants[$i]}" "$r" $res
          log "SSR round $r/$ROUNDS $ep c=$conns ${variants[$i]}: $res"
        done
      done
    done
  done
  stop "${pids[@]}"
  SERVER_PIDS=
}
