# bench/lib/projects.sh — sourced by bench/run.sh: writes the generated
# Astro projects the scenarios measure. Every project is a plain Astro 7
# project that both `comet build` and `astro build` accept unchanged; they
# live under bench/.cache/astro/p/ so Node finds astro and @astrojs/node in
# bench/.cache/astro/node_modules by walking up.

# The SSR project (output: 'server', @astrojs/node standalone), four
# endpoints. bench/rawjson answers the same paths with the same bytes.
#   /api/hello.json           GET, a fixed JSON Response with headers
#   /api/products/<id>.json   dynamic [id].json.ts reading params
#   /api/echo.json            POST reading await request.json()
#   /api/wait.json            async GET awaiting a 1 ms timer
write_ssr_project() { # dir
  local d=$1
  rm -rf "$d/src"
  mkdir -p "$d/src/pages/api/products"
  echo '{"name":"bench-ssr","private":true,"type":"module"}' >"$d/package.json"
  cat >"$d/astro.config.mjs" <<'JS'
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
});
JS
  cat >"$d/src/pages/api/hello.json.ts" <<'JS'
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ message: 'Hello from an endpoint', items: [1, 2, 3], ok: true }), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
JS
  cat >"$d/src/pages/api/products/[id].json.ts" <<'JS'
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify({ id: params.id, name: 'Product ' + params.id, price: 42 }), {
    headers: { 'Content-Type': 'application/json' },
  });
JS
  cat >"$d/src/pages/api/echo.json.ts" <<'JS'
import type { APIRoute } from 'astro';

export const POST: APIRoute = async ({ request }) => {
  const body = await request.json();
  return new Response(JSON.stringify({ received: body, ok: true }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
JS
  cat >"$d/src/pages/api/wait.json.ts" <<'JS'
import type { APIRoute } from 'astro';

export const GET: APIRoute = async () => {
  await new Promise((r) => setTimeout(r, 1));
  return new Response(JSON.stringify({ waited: 1, ok: true }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
JS
}

# The POST body of the echo endpoint (bench/lib/post.lua sends it too).
SSR_POST_BODY='{"name":"Houston","mission":42,"tags":["a","b"]}'

# A static project whose one route [id].json.ts has getStaticPaths
# returning n ids; each page is a small JSON Response. Output: <id>.json.
write_paths_project() { # dir n
  local d=$1 n=$2
  rm -rf "$d/src"
  mkdir -p "$d/src/pages"
  echo '{"name":"bench-paths","private":true,"type":"module"}' >"$d/package.json"
  echo "export default {};" >"$d/astro.config.mjs"
  cat >"$d/src/pages/[id].json.ts" <<JS
import type { APIRoute } from 'astro';

export function getStaticPaths() {
  return Array.from({ length: $n }, (_, i) => ({ params: { id: String(i) } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify({ id: params.id, name: 'Item ' + params.id, ok: true }));
JS
}

# A static project of n separate endpoint files e0000.json.ts … each
# returning a small JSON Response. Output: e0000.json …
write_files_project() { # dir n
  local d=$1 n=$2 i name
  rm -rf "$d/src"
  mkdir -p "$d/src/pages"
  echo '{"name":"bench-files","private":true,"type":"module"}' >"$d/package.json"
  echo "export default {};" >"$d/astro.config.mjs"
  for ((i = 0; i < n; i++)); do
    printf -v name 'e%04d' "$i"
    printf "import type { APIRoute } from 'astro';\n\nexport const GET: APIRoute = () =>\n  new Response(JSON.stringify({ file: '%s', n: %d, ok: true }));\n" \
      "$name" "$i" >"$d/src/pages/$name.json.ts"
  done
}
