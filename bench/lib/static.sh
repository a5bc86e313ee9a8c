# bench/lib/static.sh — scenario 2, static build. Sourced by bench/run.sh.
#
# Generated projects (bench/lib/projects.sh), one per entry of STATIC
# (default "paths:10000 paths:100000 files:1000"):
#   paths:N   one [id].json.ts whose getStaticPaths returns N ids
#   files:N   N separate endpoint files e0000.json.ts …
# built by three variants, ROUNDS times, the order rotating every round:
#   comet   `comet build PROJECT --outDir OUT --silent`
#   floor   bench/floor: the same files, same bytes, no JS (parallel writers)
#   astro   the peer: `astro build --outDir OUT --silent` (static output),
#           only for projects of at most PEER_MAX pages (default 100000;
#           Astro takes ~30 s a round on 100,000 paths here)
# The sources are on disk under bench/.cache/astro/p/; OUT is on tmpfs
# ($SHM, default /dev/shm), emptied before each build and not timed. Each
# build runs under /usr/bin/time -f '%e %U %S %M' for user and sys CPU
# seconds and peak RSS; wall time is taken around it to the millisecond. After the first round, every variant's files must be
# the floor's (one hash of all paths and bytes).

scenario_static() {
  local spec kind n name proj outs=$SHM/comet-bench-static
  mkdir -p "$outs"
  for spec in $STATIC; do
    kind=${spec%%:*}
    n=${spec##*:}
    name=$kind-$n
    proj=$PROJECTS/$name
    log "static: generating $name"
    case $kind in
    paths) write_paths_project "$proj" "$n" ;;
    files) write_files_project "$proj" "$n" ;;
    *)
      note static "unknown project kind in STATIC: $spec"
      continue
      ;;
    esac
    local variants=(comet floor)
    if [ "$PEER_OK" != 1 ]; then
      note static "$name: peer skipped: $PEER_WHY"
    elif [ "$n" -gt "$PEER_MAX" ]; then
      note static "$name: peer skipped: $n pages > PEER_MAX=$PEER_MAX (set PEER_MAX=$n to include it)"
    else
      variants+=(astro)
    fi
    local r i v out order want got t0 t1 wall
    for ((r = 1; r <= ROUNDS; r++)); do
      mapfile -t order < <(rotate "${#variants[@]}" $((r - 1)) "${variants[@]}")
      for v in "${order[@]}"; do
        out=$outs/$name-$v
        rm -rf "$out"
        t0=$EPOCHREALTIME
        case $v in
        comet) /usr/bin/time -f '%e %U %S %M' -o "$RUN/time" "$COMET" build "$proj" --outDir "$out" --silent >"$RUN/build.log" 2>&1 ;;
        floor) /usr/bin/time -f '%e %U %S %M' -o "$RUN/time" "$FLOOR" -kind "$kind" -n "$n" -out "$out" >"$RUN/build.log" 2>&1 ;;
        astro) (cd "$proj" && exec /usr/bin/time -f '%e %U %S %M' -o "$RUN/time" "$NODE22" "$ASTRO_JS" build --outDir "$out" --silent) >"$RUN/build.log" 2>&1 ;;
        esac || {
          note static "$name: $v build failed: $(tail -n 3 "$RUN/build.log" | tr '\n' ' ')"
          continue
        }
        t1=$EPOCHREALTIME
        # Wall time to the millisecond (time's %e has 10 ms steps, too
        # coarse for the floor); CPU and peak RSS from /usr/bin/time.
        wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
        # shellcheck disable=SC2046
        record static "$name" "$v" "$r" "$wall" $(tail -n 1 "$RUN/time" | cut -d' ' -f2-)
        log "static round $r/$ROUNDS $name $v: wall ${wall}s, time: $(tail -n 1 "$RUN/time") (wall user sys KiB)"
      done
      if [ "$r" = 1 ]; then
        want=$(digest "$outs/$name-floor")
        local same=()
        for v in "${variants[@]}"; do
          got=$(digest "$outs/$name-$v")
          if [ "$got" = "$want" ]; then
            same+=("$v")
          else
            note static "$name: $v's files DIFFER from the floor's"
          fi
        done
        note static "$name: $(find "$outs/$name-floor" -type f | wc -l) files; identical paths and bytes from ${same[*]}"
      fi
    done
    rm -rf "$outs"/"$name"-*
  done
  rm -rf "$outs"
}
