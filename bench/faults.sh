#!/usr/bin/env bash
# bench/faults.sh — the load test with faults (run by hand, not in CI):
# `comet preview` on 127.0.0.1 serves 32 healthy clients for DURATION while
# other clients keep hitting handlers that throw, spin forever and allocate
# without end. Prints the healthy requests served and failed (must be 0),
# the faulty answers, and RSS after warm-up / at the end / at most. Exits 1
# if a healthy request failed or RSS did not stay flat.
#
#   bench/faults.sh [duration]     (default 60s)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bin
go build -o bin/comet ./cmd/comet
go run ./bench/faultload -comet bin/comet -duration "${1:-60s}"
