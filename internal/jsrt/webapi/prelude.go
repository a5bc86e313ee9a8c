package webapi

import (
	"embed"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// The prelude is one JavaScript function, `(function (native) { … })`,
// written as several files in prelude/ along the lines it draws (events,
// URL, streams, fetch, Buffer, inspect, console, …). Its parts share
// helpers (toU8, utf8, HL, …) as local names, so they are not modules: each
// file is a fragment of that one function body, and preludeParts is the
// order they are joined in. core.js opens the function, install.js defines
// the globals and closes it. The joined source is compiled once per process
// as comet:prelude.js, so start-up costs what a single file did.
//
// A new part goes into preludeParts where its names are first needed (a
// class must be declared before a later part's top-level code uses it);
// TestPreludeParts fails for a file in prelude/ the list does not name.
var preludeParts = []string{
	"core.js",     // opens the function; byte helpers
	"events.js",   // DOMException, Event, EventTarget, AbortController, AbortSignal
	"url.js",      // URLSearchParams, URL
	"encoding.js", // TextEncoder, TextDecoder, atob, btoa
	"blob.js",     // Blob, File, FormData
	"streams.js",  // ReadableStream, WritableStream, TransformStream, strategies
	"fetch.js",    // Headers, Body, Request, Response, fetch
	"clone.js",    // structuredClone, queueMicrotask
	"buffer.js",   // Buffer
	"builtins.js", // ES2023/2024 built-ins goja lacks, RegExp with \p{…}
	"inspect.js",  // util.inspect, util.format
	"console.js",  // console
	"install.js",  // the globals, __cometWeb; closes the function
}

//go:embed prelude
var preludeFiles embed.FS

// preludeSource joins the parts in order.
func preludeSource() (string, error) {
	var b strings.Builder
	for _, name := range preludeParts {
		src, err := preludeFiles.ReadFile("prelude/" + name)
		if err != nil {
			return "", err
		}
		b.Write(src)
	}
	return b.String(), nil
}

var compilePrelude = sync.OnceValues(func() (*goja.Program, error) {
	src, err := preludeSource()
	if err != nil {
		return nil, err
	}
	return goja.Compile("comet:prelude.js", src, true)
})
