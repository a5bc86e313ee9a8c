package compat_test

import "testing"

// TestWebPlatform runs testdata/web/src/lib/cases.mjs — URL, Headers,
// Encoding, structuredClone, Request/Response/FormData/Blob, streams,
// AbortSignal, ES2023/2024 built-ins, Unicode regexes, task ordering and
// en-US Intl — in Comet and in Node, and compares every case.
func TestWebPlatform(t *testing.T) {
	node := needNode(t)
	dir := copyProject(t, "web")
	comet := cometBuild(t, dir, "web.json")
	want := nodeRun(t, node, dir, `import { run } from './src/lib/cases.mjs'; process.stdout.write(JSON.stringify(await run()));`)
	compareJSON(t, comet, want)
}
