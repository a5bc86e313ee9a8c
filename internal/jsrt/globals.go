package jsrt

// The hooks that tie Comet's Go and its JavaScript together.
//
// Go and the JS that Comet ships (embedded .js files, generated bundle
// code) meet through a few names on globalThis, all spelled __comet…, a few
// module exports and property markers with the same prefix, and the natives
// objects handed to a JS file as its function's arguments. They are spread
// over the packages of the chain (bundle writes code that names them, jsrt,
// webapi, endpoint, session, content and app install and read them), so
// this table is the one place that lists them all: each name, what kind of
// hook it is, which files install it (and the function that does), which
// files use it, and why it exists.
//
// TestGlobals keeps the table true: it scans the repository's .go and .js
// sources for __comet… identifiers and fails for one the table does not
// list, for a row whose name no source uses any more, for a source file
// that uses a name without being listed in its row, and for a listed file
// that does not name it (for an argument, a JS file that does not). Paths
// are relative to the repository root.

// hook is one row of the table.
type hook struct {
	name string
	// kind: "global" (a property of globalThis), "export" (a module
	// export of a virtual module), "property" (a marker on an object),
	// "identifier" (a name in generated code), "path" (a URL path), or
	// "argument" (a natives object passed to a JS file's function).
	kind string
	// installs: the files that define it, with the function in by.
	installs []string
	by       string
	// uses: the files that read it or name it (comments included).
	uses []string
	// constant is the Go constant some files name it by instead of the
	// literal ("" = none).
	constant string
	why      string
}

// hooks is the table.
var hooks = []hook{
	// The bundle and the runtime.
	{
		name: "__cometBundle", kind: "global",
		installs: []string{"internal/bundle/bundle.go", "internal/bundle/esm.go", "internal/app/app.go"},
		by:       "the bundle program (esm.go turns the entry's export into the assignment; app.go writes an empty one for a project without routes)",
		uses:     []string{"internal/endpoint/endpoint.go", "internal/endpoint/endpoint.js", "internal/app/content_loadall.js"},
		constant: "GlobalName",
		why:      "the bundle's exports: each route's lazy module loader, the middleware, the i18n and actions halves",
	},
	{
		name: "__cometEnv", kind: "global",
		installs: []string{"internal/jsrt/jsrt.go"},
		by:       "jsrt.New (the runtime's import.meta.env values)",
		uses:     []string{"internal/bundle/bundle.go", "internal/bundle/config.go", "internal/bundle/virtual/astro-i18n.js", "internal/bundle/virtual/astro-actions.js"},
		constant: "EnvGlobal",
		why:      "import.meta.env: esbuild's define replaces it with this global, so one bundle runs with each runtime's env",
	},
	{
		name: "__cometModuleURL", kind: "global",
		installs: []string{"internal/jsrt/jsrt.go"},
		by:       "jsrt.New (installModuleURL, from node.State's root)",
		uses:     []string{"internal/bundle/importmeta.go"},
		why:      "import.meta.url of a bundled module that names it: its source file's URL, made at run time so a moved server build still finds its files",
	},
	{
		name: "__cometNode", kind: "global",
		installs: []string{"internal/jsrt/node/fs.go", "internal/jsrt/node/node.go"},
		by:       "node.Install (installNode: the natives of fs, os, zlib, net, tls and dns, and the project root)",
		uses: []string{"internal/jsrt/node/net.go", "internal/jsrt/node/dns.go",
			"internal/bundle/node.go", "internal/bundle/content.js",
			"internal/bundle/node/fs.js", "internal/bundle/node/os.js", "internal/bundle/node/net.js",
			"internal/bundle/node/tls.js", "internal/bundle/node/dns.js", "internal/bundle/node/zlib.js"},
		why: "the Go half of the node:* built-ins, which are JS modules in the bundle (internal/bundle/node/); astro:content reads its root",
	},
	{
		name: "__cometWeb", kind: "global",
		installs: []string{"internal/jsrt/webapi/prelude/install.js", "internal/jsrt/webapi/crypto.js"},
		by:       "webapi.Enable (the prelude's install part; crypto.js adds .crypto); non-enumerable",
		uses: []string{"internal/jsrt/webapi/webapi.go", "internal/jsrt/webapi/prelude.go", "internal/jsrt/webapi/crypto.go",
			"internal/bundle/node/crypto.js", "internal/bundle/node/util.js", "internal/jsrt/node/node.go"},
		why: "the prelude's internals that Go (incoming requests, Response.prototype) and node:util / node:crypto share: inspect, format, byte helpers, KeyObject's natives",
	},
	{
		name: "__cometWebState", kind: "global",
		installs: []string{"internal/jsrt/webapi/webapi.go"},
		by:       "webapi.Enable; non-enumerable, read-only",
		uses:     []string{"internal/jsrt/webapi/webapi.go"},
		why:      "the runtime's Go-side webapi state, found from the *goja.Runtime by NewRequest, ReadResponse and the other exported helpers",
	},
	{
		name: "__cometWasmModule", kind: "global",
		installs: []string{"internal/jsrt/wasm/wasm.js"},
		by:       "wasm.Enable; non-enumerable",
		uses:     []string{"internal/bundle/wasm.go"},
		why:      "a .wasm import becomes a module that compiles its base64 bytes with this",
	},
	{
		name: "__cometEmbeddedWasm", kind: "global",
		installs: []string{"internal/jsrt/wasm/wasm.js"},
		by:       "wasm.Enable; non-enumerable",
		uses:     []string{"internal/bundle/resvg.go", "internal/jsrt/wasm/embedded.go"},
		why:      "Comet's @resvg/resvg-js compiles the renderer the runtime ships (wasm/embedded.go) by name, so its 2.5 MB stay out of the bundle",
	},
	{
		name: "__cometInitSync", kind: "export",
		installs: []string{"internal/bundle/virtual/resvg/resvg-wasm.js"},
		by:       "the vendored resvg-wasm glue (appended by internal/bundle/resvggen/gen.sh)",
		uses:     []string{"internal/bundle/virtual/resvg-js.js"},
		why:      "instantiates the renderer synchronously (the glue's initWasm is async), so resvg-js's synchronous API needs no top-level await",
	},
	// The endpoint call.
	{
		name: "__cometNative", kind: "global",
		installs: []string{"internal/endpoint/endpoint.go"},
		by:       "endpoint.Setup",
		uses:     []string{"internal/endpoint/endpoint.go", "internal/endpoint/endpoint.js"},
		why:      "Go's half of a call for endpoint.js: the Go-backed context, route matching for rewrites, body bytes, the module-loaded callback",
	},
	{
		name: "__comet", kind: "global",
		installs: []string{"internal/endpoint/endpoint.js"},
		by:       "endpoint.Setup (runs endpoint.js)",
		uses:     []string{"internal/endpoint/endpoint.go"},
		why:      "endpoint.js's entry points that Go calls: a call with middleware, getStaticPaths, error texts",
	},
	{
		name: "__comet", kind: "property",
		installs: []string{"internal/jsrt/node/buffer.js"},
		by:       "node.Install (buffer.js)",
		uses:     []string{"internal/jsrt/node/buffer.js"},
		why:      "marks Buffer.prototype.write as already wrapped, so the shim wraps it once",
	},
	{
		name: "__comet", kind: "export",
		installs: []string{"internal/bundle/virtual/astro.js"},
		by:       "the stand-in for the astro package",
		why:      "the module's only value export: endpoints import only types from astro, and the module must not be empty",
	},
	{
		name: "__comet", kind: "path",
		installs: []string{"internal/server/reload.go"},
		by:       "server.ReloadPath",
		why:      "the live-reload event stream of comet dev (/__comet/reload), out of the way of the project's routes",
	},
	{
		name: "__cometSequence", kind: "global",
		installs: []string{"internal/endpoint/endpoint.js"},
		by:       "endpoint.Setup (runs endpoint.js)",
		uses:     []string{"internal/bundle/virtual/astro-middleware.js"},
		why:      "astro:middleware's sequence() is endpoint.js's, which runs the middleware chain",
	},
	// Sessions, content, env, i18n, actions.
	{
		name: "__cometSession", kind: "global",
		installs: []string{"internal/session/session.js"},
		by:       "session.Setup (runs session.js)",
		uses:     []string{"internal/endpoint/context.go", "internal/endpoint/endpoint.js"},
		why:      "context.session is created on first read (create) and saved when the answer is ready (persist)",
	},
	{
		name: "__cometSessionConfig", kind: "global",
		installs: []string{"internal/session/session.go"},
		by:       "session.Setup",
		uses:     []string{"internal/session/session.js", "internal/endpoint/endpoint.go"},
		why:      "the session options and the store natives; its presence tells endpoint that every call saves a session",
	},
	{
		name: "__cometDevalue", kind: "global",
		installs: []string{"internal/bundle/devalue.go"},
		by:       "bundle.DevalueScript (esbuild's IIFE global name)",
		uses:     []string{"internal/session/session.js"},
		why:      "the vendored devalue that sessions serialise with, the same code as astro:actions",
	},
	{
		name: "__cometContent", kind: "global",
		installs: []string{"internal/content/source.go"},
		by:       "content.Setup",
		uses:     []string{"internal/bundle/content.js"},
		why:      "astro:content's Go half: a loader's entries as JSON (load), digest, log",
	},
	{
		name: "__cometContentLoadAll", kind: "global",
		installs: []string{"internal/bundle/content.js"},
		by:       "the astro:content virtual module, when it is in the bundle",
		uses:     []string{"internal/app/content.go", "internal/app/content_loadall.js"},
		why:      "a build loads every collection once, to store the content snapshot",
	},
	{
		name: "__cometLoadAll", kind: "export",
		installs: []string{"internal/bundle/content.js"},
		by:       "the astro:content virtual module",
		uses:     []string{"internal/bundle/content.js"},
		why:      "the function behind __cometContentLoadAll",
	},
	{
		name: "__cometEnvSchema", kind: "global",
		installs: []string{"internal/app/env.go"},
		by:       "app's envSetup",
		uses:     []string{"internal/app/env_server.js"},
		why:      "astro:env/server's getSecret and the validated secrets, read at run time",
	},
	{
		name: "__cometI18n", kind: "export",
		installs: []string{"internal/bundle/virtual/astro-i18n.js"},
		by:       "the astro:i18n virtual module",
		uses:     []string{"internal/bundle/bundle.go"},
		why:      "the entry re-exports it as __cometBundle.i18n: the locale fields of the context",
	},
	{
		name: "__cometActions", kind: "export",
		installs: []string{"internal/bundle/virtual/astro-actions.js"},
		by:       "the astro:actions virtual module",
		uses:     []string{"internal/bundle/bundle.go"},
		why:      "the entry hands it the loader of src/actions; the result is __cometBundle.actions for endpoint.js",
	},
	{
		name: "__cometActionsRoute", kind: "export",
		installs: []string{"internal/bundle/virtual/astro-actions.js"},
		by:       "the astro:actions virtual module",
		uses:     []string{"internal/bundle/astro.go"},
		why:      "the POST handler of the injected /_actions/ route (comet:actions-route)",
	},
	// The config.
	{
		name: "__cometConfig", kind: "global",
		installs: []string{"internal/bundle/config.go"},
		by:       "bundle.Config (the config script's var)",
		uses:     []string{"internal/config/config.go"},
		constant: "ConfigGlobalName",
		why:      "the config module's exports, awaited by config.Load",
	},
	{
		name: "__cometReadConfig", kind: "global",
		installs: []string{"internal/bundle/config_inert.js"},
		by:       "the config bundle's banner",
		uses:     []string{"internal/bundle/config.go", "internal/config/config.go"},
		constant: "ConfigReader",
		why:      "turns the config's default export into plain values, stand-ins marked, for config's reader",
	},
	{
		name: "__cometInert", kind: "global",
		installs: []string{"internal/bundle/config_inert.js"},
		by:       "the config bundle's banner",
		uses:     []string{"internal/bundle/config.go"},
		why:      "every package a config imports is an inert stand-in made by it",
	},
	{
		name: "__cometDefault", kind: "identifier",
		installs: []string{"internal/bundle/config.go"},
		by:       "bundle.Config's rewrite of the config's export default",
		why:      "the config's default export, returned by its async function",
	},
	// Markers.
	{
		name: "__cometAsyncContext", kind: "global",
		installs: []string{"internal/bundle/node/async_hooks.js"},
		by:       "node:async_hooks; non-enumerable",
		uses:     []string{"internal/bundle/node/async_hooks.js"},
		why:      "Promise.prototype.then is patched for AsyncLocalStorage once per runtime",
	},
	{
		name: "__cometCallable", kind: "property",
		installs: []string{"internal/jsrt/node/buffer.js"},
		by:       "node.Install (buffer.js)",
		uses:     []string{"internal/jsrt/node/buffer.js"},
		why:      "marks Buffer as already made callable without new",
	},
	// Natives handed to a JS file's function rather than put on globalThis.
	{
		name: "native", kind: "argument",
		installs: []string{"internal/jsrt/webapi/natives.go"},
		by:       "webapi's state.natives",
		uses:     []string{"internal/jsrt/webapi/prelude/core.js", "internal/jsrt/webapi/crypto.js", "internal/jsrt/webapi/compression.js"},
		why:      "what JS cannot do or not fast (bytes, encodings, URL parsing, multipart, HTTP, random bytes, crypto), never reachable from user code",
	},
	{
		name: "C", kind: "argument",
		installs: []string{"internal/jsrt/webapi/crypto.go"},
		by:       "webapi's state.enableCrypto (cryptoNatives)",
		uses:     []string{"internal/jsrt/webapi/crypto.js"},
		why:      "Web Crypto's keys and operations on Go's crypto packages, keys kept in Go as opaque handles",
	},
	{
		name: "n", kind: "argument",
		installs: []string{"internal/jsrt/wasm/wasm.go"},
		by:       "wasm.Enable (State.natives)",
		uses:     []string{"internal/jsrt/wasm/wasm.js"},
		why:      "compiling, instantiating and calling wasm on wazero, and the memories and tables behind WebAssembly's classes",
	},
	{
		name: "report, arm, disarm", kind: "argument",
		installs: []string{"internal/jsrt/timers.go"},
		by:       "jsrt's installTimers",
		uses:     []string{"internal/jsrt/timers.js"},
		why:      "timers run in Node's order: JS keeps the queue, Go arms one wake-up; exceptions in callbacks reach the console",
	},
	{
		name: "tooDeep, max", kind: "argument",
		installs: []string{"internal/jsrt/webapi/jsondepth.go"},
		by:       "webapi's guardJSONParse",
		uses:     []string{"internal/jsrt/webapi/jsondepth.js"},
		why:      "JSON.parse refuses input nested deeper than MaxJSONDepth before goja's recursive parser would overflow the stack",
	},
	{
		name: "intlNative", kind: "argument",
		installs: []string{"internal/jsrt/intl/intl.go"},
		by:       "intl.Install (intlNatives)",
		uses:     []string{"internal/jsrt/intl/intl.js"},
		why:      "Intl's locale data, time zone offsets and collation",
	},
}
