#!/usr/bin/env bash
# test.sh — Comet's whole test suite: go vet, the unit/integration tests
# (race detector on), and the shared conformance suite against a freshly
# built binary when ../shared/conformance is present. Needs only Go and
# python3; no Node, no network.
set -euo pipefail
cd "$(dirname "$0")"

echo "== go vet"
go vet ./...

echo "== go test"
go test -race -count=1 ./...

conf=../shared/conformance
if [ -x "$conf/run.sh" ] && command -v python3 >/dev/null; then
  echo "== conformance (../shared/conformance)"
  mkdir -p bin
  go build -o bin/comet ./cmd/comet
  export CANDIDATE_BUILD="$PWD/bin/comet build {dir} --silent"
  export CANDIDATE_SERVE="$PWD/bin/comet preview {dir} --host {host} --port {port} --silent"
  export COMPARE_QUIET=1
  for era in comet-v7 comet-v1; do
    echo "-- ERA=$era"
    ERA=$era "$conf/run.sh"
  done
fi
