#!/usr/bin/env bash
# test.sh — Comet's whole test suite: go vet, the unit/integration tests
# (race detector on), and the shared conformance suite against a freshly
# built binary when ../shared/conformance is present. Needs Go and python3,
# and installs Debian's chromium when missing (as root); no Node, no network
# beyond the Go module proxy and Debian's packages.
set -euo pipefail
cd "$(dirname "$0")"

# The browser test of the captcha example needs Chromium (Debian package).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "== installing chromium (Debian package) for the browser test"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
fi

# pg and ioredis parity (test/platform/db_test.go) need Redis and PostgreSQL (Debian packages).
./test/platform/services.sh || true

echo "== gofmt, go vet"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then echo "gofmt would change: $unformatted"; exit 1; fi
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
