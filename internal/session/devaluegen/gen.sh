#!/bin/sh
# gen.sh writes ../devalue.js: the devalue library (MIT, by Rich Harris;
# the serialiser Astro's sessions use for stored values) bundled into one
# script that sets globalThis.__cometDevalue = { stringify, unflatten,
# parse }. Its LICENSE is copied beside it as devalue.LICENSE.
#
#	cd internal/session && sh devaluegen/gen.sh
set -e
here=$(pwd)
dir=$(mktemp -d)
cd "$dir"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund devalue@5.9.4 esbuild@0.25.12 >/dev/null
echo "export { stringify, unflatten, parse } from 'devalue';" > entry.js
{
  printf '// devalue 5.9.4 (MIT, https://github.com/sveltejs/devalue), bundled by\n// internal/session/devaluegen/gen.sh. Generated: do not edit.\n'
  npx esbuild entry.js --bundle --format=iife --global-name=__cometDevalue --target=es2020 \
    --platform=neutral --legal-comments=none --log-level=warning
} > "$here/devalue.js"
cp node_modules/devalue/LICENSE "$here/devalue.LICENSE"
cd "$here"
rm -rf "$dir"
