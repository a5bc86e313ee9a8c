#!/usr/bin/env bash
# bench/fuzz.sh — runs each fuzz target for a bounded time (run by hand,
# not in CI; `go test` in CI replays the corpus in testdata/fuzz). A
# failure leaves its input in the package's testdata/fuzz/<Target>/: fix
# the cause and keep the file, so the case is checked from then on.
#
#   bench/fuzz.sh [time-per-target]     (default 60s)
set -euo pipefail
cd "$(dirname "$0")/.."
t=${1:-60s}
for target in \
  ./internal/routing:FuzzParseFile \
  ./internal/routing:FuzzMatch \
  ./internal/server:FuzzDecodePath \
  ./internal/server:FuzzDecodeURI \
  ./internal/jsrt:FuzzV8JSONError \
  ./internal/server:FuzzRawRequest \
  ./internal/server:FuzzHandlerInput; do
  pkg=${target%%:*}; name=${target##*:}
  echo "== $name ($pkg, $t)"
  go test "$pkg" -run "^$name\$" -fuzz "^$name\$" -fuzztime "$t"
done
