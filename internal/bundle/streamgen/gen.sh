#!/bin/sh
# gen.sh writes ../virtual/readable-stream.js: Node's own stream
# implementation as the readable-stream package (v4, MIT, maintained by the
# Node.js streams team from Node's lib/internal/streams) bundled into one
# CommonJS file. node/stream.js builds the `stream` built-in on it. Its
# require()s of buffer, events, process and string_decoder stay in the file
# and resolve to Comet's built-ins when a project is bundled.
#
#	cd internal/bundle && sh streamgen/gen.sh > virtual/readable-stream.js
set -e
here=$(pwd)
dir=$(mktemp -d)
cd "$dir"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund readable-stream@4.8.0 esbuild@0.25.12 >/dev/null
echo 'module.exports = { AbortController: globalThis.AbortController, AbortSignal: globalThis.AbortSignal };' > abort.js
printf '// readable-stream 4.8.0 (MIT, https://github.com/nodejs/readable-stream), bundled by\n// internal/bundle/streamgen/gen.sh. Generated: do not edit.\n'
npx esbuild node_modules/readable-stream/lib/stream.js --bundle --format=cjs --platform=browser \
  --alias:abort-controller=./abort.js --external:buffer --external:events --external:process/ --external:string_decoder/ \
  --legal-comments=none --log-level=warning |
  sed -e 's#require("process/")#require("node:process")#g' -e 's#require("string_decoder/")#require("node:string_decoder")#g' \
      -e 's#require("buffer")#require("node:buffer")#g' -e 's#require("events")#require("node:events")#g'
cd "$here"
rm -rf "$dir"
