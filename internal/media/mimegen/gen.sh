#!/bin/sh
# gen.sh installs mime-types into a temporary folder and writes
# ../types_gen.go from it (see gen.mjs). Run by `go generate ./internal/media`.
set -eu
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
npm install --silent --no-audit --no-fund --prefix "$d" mime-types@3 >/dev/null
node mimegen/gen.mjs "$d" > types_gen.go
gofmt -w types_gen.go
