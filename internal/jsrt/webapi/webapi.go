// Package webapi installs the Web platform an endpoint expects into a goja
// runtime: Headers, Request, Response, URL, URLSearchParams, fetch (with the
// Fetch standard's TypeErrors and RangeErrors), the WHATWG streams
// (ReadableStream, WritableStream, TransformStream, their readers, writers
// and controllers, queuing strategies, TextEncoderStream,
// TextDecoderStream), Blob, File, FormData, TextEncoder/TextDecoder,
// atob/btoa, AbortController/AbortSignal, Event/EventTarget, DOMException,
// structuredClone, queueMicrotask, crypto (randomUUID, getRandomValues, and
// Web Crypto's subtle for every algorithm Go's library has: crypto.js and
// crypto.go), Buffer, a console that formats as Node's
// (util.inspect / util.format, shared with node:util through __cometWeb),
// Intl (package intl, installed here), the ES2023/2024 built-ins goja lacks, and a RegExp that
// understands \p{…} and the d flag (indices.go).
//
// The classes are a hand-written JavaScript prelude (prelude/*.js, joined
// in prelude.go's order and compiled once per process into a shared
// *goja.Program): their semantics are JavaScript's (prototypes, instanceof, subclassing, async iteration), which
// Go objects would only imitate. Go provides what JS cannot do, or not fast:
// byte encodings, random bytes, URL parsing (net/url), multipart parsing
// (mime/multipart), reading header objects, and HTTP (net/http, one
// goroutine per fetch, results handed back with Loop.RunOnLoop).
//
// Buffer is the prelude's own Uint8Array subclass rather than goja_nodejs's
// buffer module: it needs no require registry, every encoding (latin1,
// base64url, ...) goes through the same Go code as TextDecoder and
// BodyBytes, and a Buffer is a Uint8Array wherever a body is expected.
//
// The Go side of a request: NewRequest (and NewAbortController for its
// signal) builds the handler's Request; IsResponse and ReadResponse read the
// Response it returns without consuming it; the server streams a
// ReadableStream body to the client with backpressure; BodyBytes converts
// Astro 1.x `{ body, encoding }` results.
package webapi

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"unsafe"

	"github.com/comet-dev/comet/internal/jsrt/intl"
	"github.com/dop251/goja"
)

//go:embed crypto.js
var cryptoSource string

var compileCrypto = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("comet:crypto.js", cryptoSource, true)
})

//go:embed engine.js
var engineSource string

//go:embed compression.js
var compressionSource string

//go:embed sharedmemory.js
var sharedMemorySource string

//go:embed webidl.js
var webIDLSource string

// compileExtras compiles the files that run after the prelude, each a
// function of the natives.
var compileExtras = sync.OnceValues(func() ([]*goja.Program, error) {
	var progs []*goja.Program
	for _, f := range []struct{ name, src string }{{"comet:engine.js", engineSource}, {"comet:compression.js", compressionSource}, {"comet:sharedmemory.js", sharedMemorySource}, {"comet:webidl.js", webIDLSource}} {
		p, err := goja.Compile(f.name, f.src, true)
		if err != nil {
			return nil, fmt.Errorf("webapi: compiling %s: %w", f.name, err)
		}
		progs = append(progs, p)
	}
	return progs, nil
})

// Loop is the event loop the runtime lives on (goja_nodejs's
// eventloop.EventLoop satisfies it). Async Go work hands results back
// through RunOnLoop.
type Loop interface {
	RunOnLoop(func(*goja.Runtime)) bool
}

// Options for Enable.
type Options struct {
	// HTTPClient is used by fetch; nil = a client with sane timeouts.
	HTTPClient *http.Client
	// Done, when closed, cancels every fetch in flight (the runtime was
	// closed: its requests must not outlive it). nil = never.
	Done <-chan struct{}
	// MaxFetchBody caps a fetched response body; 0 = 64 MiB.
	MaxFetchBody int64
	// Console receives console.* output; level is log, info, warn, error
	// or debug. nil discards it.
	Console func(level, msg string)
}

// state is what the natives of one runtime share.
type state struct {
	vm   *goja.Runtime
	loop Loop
	opts Options
	web  *goja.Object // __cometWeb

	incoming  goja.Callable // the prelude's incoming()
	respProto *goja.Object  // Response.prototype, for IsResponse

	indexRes indexRegexps // regexp2 expressions of the d flag (loop only)

	mu      sync.Mutex
	fetches map[int64]func() // in-flight fetches' cancel funcs
	nextID  int64
	// fetchCtx is the parent of every fetch's context: Options.Done
	// cancels it.
	fetchCtx context.Context
}

// Enable installs the globals into vm. Call it on the loop goroutine (or
// before the loop starts).
func Enable(vm *goja.Runtime, loop Loop, opts Options) error {
	prog, err := compilePrelude()
	if err != nil {
		return fmt.Errorf("webapi: compiling the prelude: %w", err)
	}
	if opts.HTTPClient == nil {
		opts.HTTPClient = defaultClient
	}
	if opts.MaxFetchBody == 0 {
		opts.MaxFetchBody = 64 << 20
	}
	s := &state{vm: vm, loop: loop, opts: opts, fetches: map[int64]func(){}, fetchCtx: context.Background()}
	if opts.Done != nil {
		ctx, cancel := context.WithCancel(context.Background())
		s.fetchCtx = ctx
		go func() {
			<-opts.Done
			cancel()
		}()
	}
	fnVal, err := vm.RunProgram(prog)
	if err != nil {
		return err
	}
	fn, ok := goja.AssertFunction(fnVal)
	if !ok {
		return errors.New("webapi: the prelude is not a function")
	}
	natives := s.natives()
	if _, err := fn(goja.Undefined(), natives); err != nil {
		return err
	}
	if err := s.enableCrypto(natives); err != nil {
		return err
	}
	if err := intl.Install(vm); err != nil {
		return err
	}
	if err := guardJSONParse(vm); err != nil {
		return err
	}
	if err := runExtras(vm, natives); err != nil {
		return err
	}
	s.web = vm.Get("__cometWeb").ToObject(vm)
	s.incoming, _ = goja.AssertFunction(s.web.Get("incoming"))
	s.respProto = s.web.Get("Response").ToObject(vm).Get("prototype").ToObject(vm)
	if s.incoming == nil {
		return errors.New("webapi: the prelude did not export its internals")
	}
	// The exported helpers find s through the runtime; the property is
	// hidden from enumeration and cannot be overwritten.
	return vm.GlobalObject().DefineDataProperty("__cometWebState", vm.ToValue(s), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}

func stateOf(vm *goja.Runtime) (*state, error) {
	v := vm.Get("__cometWebState")
	if v == nil {
		return nil, errors.New("webapi: Enable was not called on this runtime")
	}
	s, ok := v.Export().(*state)
	if !ok {
		return nil, errors.New("webapi: Enable was not called on this runtime")
	}
	return s, nil
}

// RequestInit describes an incoming request to hand to a handler.
type RequestInit struct {
	Method string
	URL    string // absolute and normalised (as net/url prints it)
	Header http.Header
	// Host, if set, is the Host header (net/http keeps it out of Header).
	Host string
	Body []byte // ignored for GET and HEAD; nil is an empty body
	// Signal, if set, becomes request.signal (an AbortSignal).
	Signal goja.Value
}

// NewRequest builds a JS Request (instanceof Request). Call on the loop.
func NewRequest(vm *goja.Runtime, in RequestInit) (goja.Value, error) {
	s, err := stateOf(vm)
	if err != nil {
		return nil, err
	}
	// Headers go straight into the internal list (net/http checked them),
	// repeated headers kept apart.
	flat := make([]any, 0, 2*len(in.Header)+2)
	if in.Host != "" {
		flat = append(flat, "host", in.Host)
	}
	for name, values := range in.Header {
		if in.Host != "" && name == "Host" {
			continue
		}
		lower := lowerASCII(name)
		for _, v := range values {
			flat = append(flat, lower, v)
		}
	}
	// Every method but GET and HEAD has a body, an empty one included: as
	// in Astro 7, whose Request reads the Node request stream,
	// request.body is then an empty stream, never null (comet-semantics
	// #29).
	var body goja.Value = goja.Null()
	if in.Method != "GET" && in.Method != "HEAD" {
		body = vm.ToValue(vm.NewArrayBuffer(in.Body))
	}
	signal := in.Signal
	if signal == nil {
		signal = goja.Undefined()
	}
	return s.incoming(goja.Undefined(), vm.ToValue(in.Method), vm.ToValue(in.URL), vm.NewArray(flat...), body, signal)
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// ResponseData is a JS Response read into Go.
type ResponseData struct {
	Status     int
	StatusText string
	// Header in insertion order, names lower-cased; each Set-Cookie is its
	// own entry.
	Header [][2]string
	// Body is the whole body for string/bytes bodies; nil with Null. It
	// is read-only: a string body shares the string's memory.
	Body []byte
	// Stream is a ReadableStream body still to be read (Body is nil).
	Stream goja.Value
	// Null: the body was null.
	Null bool
}

// AbortRequest aborts the signal of a Request made by NewRequest (the
// client went away). Call on the loop. The signal itself is created only
// if the handler reads request.signal, before or after the abort.
func AbortRequest(vm *goja.Runtime, req goja.Value) {
	s, err := stateOf(vm)
	if err != nil {
		return
	}
	if abort, ok := goja.AssertFunction(s.web.Get("abortIncoming")); ok {
		abort(goja.Undefined(), req)
	}
}

// IsResponse reports whether v is a Response of the prelude (or of a
// subclass of it).
func IsResponse(vm *goja.Runtime, v goja.Value) bool {
	s, err := stateOf(vm)
	if err != nil {
		return false
	}
	return s.isResponse(v)
}

func (s *state) isResponse(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	for p := obj.Prototype(); p != nil; p = p.Prototype() {
		if p == s.respProto {
			return true
		}
	}
	return false
}

// ErrNotResponse is ReadResponse's error for a value that is not a Response.
var ErrNotResponse = errors.New("webapi: not a Response")

// ReadResponse converts a JS Response into Go. Call on the loop. It reads
// the Response's fields directly and does not consume its body: a string
// or bytes body is copied into Body, a ReadableStream is returned unread in
// Stream for the caller to read.
func ReadResponse(vm *goja.Runtime, v goja.Value) (*ResponseData, error) {
	s, err := stateOf(vm)
	if err != nil {
		return nil, err
	}
	if !s.isResponse(v) {
		return nil, ErrNotResponse
	}
	obj := v.(*goja.Object)
	d := &ResponseData{
		Status:     int(obj.Get("_status").ToInteger()),
		StatusText: obj.Get("_statusText").String(),
	}
	if list, ok := obj.Get("_hl").(*goja.Object); ok {
		flat, ok := list.Export().([]any)
		if !ok {
			return nil, errors.New("webapi: Response header list is not an array")
		}
		d.Header = make([][2]string, 0, len(flat)/2)
		for i := 0; i+1 < len(flat); i += 2 {
			name, _ := flat[i].(string)
			value, _ := flat[i+1].(string)
			d.Header = append(d.Header, [2]string{name, value})
		}
	}
	switch b := obj.Get("_body").(type) {
	case *goja.Object:
		if bytes, ok := typedBytes(vm, b); ok {
			d.Body = append([]byte(nil), bytes...)
		} else if bytes, ok := untouchedStreamBytes(vm, b); ok {
			d.Body = append([]byte(nil), bytes...)
		} else {
			d.Stream = b
		}
	case nil:
		d.Null = true
	default:
		if goja.IsNull(b) || goja.IsUndefined(b) {
			d.Null = true
		} else {
			// The string's own bytes, not a copy: a module-level 8 MB
			// string sent to 40 clients that read slowly cost 320 MB.
			str := b.String()
			d.Body = unsafe.Slice(unsafe.StringData(str), len(str))
		}
	}
	return d, nil
}

// untouchedStreamBytes returns the bytes behind a stream the prelude made
// of a bytes body (Response.body asked for, never read): the body is still
// whole, and sending it as bytes keeps its Content-Length.
func untouchedStreamBytes(vm *goja.Runtime, stream *goja.Object) ([]byte, bool) {
	src, ok := stream.Get("_bytes").(*goja.Object)
	if !ok || stream.Get("_disturbed").ToBoolean() || stream.Get("_locked").ToBoolean() {
		return nil, false
	}
	return typedBytes(vm, src)
}

// typedBytes returns the bytes a typed array, DataView or ArrayBuffer views
// (shared, not copied).
func typedBytes(vm *goja.Runtime, o *goja.Object) ([]byte, bool) {
	switch x := o.Export().(type) {
	case goja.ArrayBuffer:
		return x.Bytes(), true
	case []byte:
		return x, true
	}
	buf := o.Get("buffer")
	if buf == nil || goja.IsUndefined(buf) {
		return nil, false
	}
	ab, ok := buf.Export().(goja.ArrayBuffer)
	if !ok {
		return nil, false
	}
	off := int(o.Get("byteOffset").ToInteger())
	n := int(o.Get("byteLength").ToInteger())
	all := ab.Bytes()
	if off < 0 || n < 0 || off+n > len(all) {
		return nil, false
	}
	return all[off : off+n], true
}

// BodyBytes converts a JS body value to bytes: strings with a Node
// BufferEncoding ("utf8" when "", "binary"/"latin1", "base64", "base64url",
// "hex", "ascii", "utf16le"/"ucs2"); typed arrays, DataViews and
// ArrayBuffers as their raw bytes whatever the encoding.
func BodyBytes(vm *goja.Runtime, v goja.Value, encoding string) ([]byte, error) {
	if o, ok := v.(*goja.Object); ok {
		if b, ok := typedBytes(vm, o); ok {
			return append([]byte(nil), b...), nil
		}
	}
	enc, err := normEncoding(encoding)
	if err != nil {
		return nil, err
	}
	return encodeString(v.String(), enc)
}

// NewAbortController returns a new AbortController of the prelude and a
// func that aborts it with an AbortError (as a browser does when a fetch is
// cancelled). Use controller.Get("signal") as RequestInit.Signal; call
// abort on the loop, as often as you like (only the first call counts).
func NewAbortController(vm *goja.Runtime) (controller *goja.Object, abort func(), err error) {
	s, err := stateOf(vm)
	if err != nil {
		return nil, nil, err
	}
	ctrl, err := vm.New(s.web.Get("AbortController"))
	if err != nil {
		return nil, nil, err
	}
	fn, _ := goja.AssertFunction(ctrl.Get("abort"))
	return ctrl, func() { fn(ctrl) }, nil
}

// runExtras runs the files that follow the prelude (engine.js: goja's
// language gaps; compression.js; sharedmemory.js; webidl.js, last).
func runExtras(vm *goja.Runtime, natives *goja.Object) error {
	progs, err := compileExtras()
	if err != nil {
		return err
	}
	for _, prog := range progs {
		v, err := vm.RunProgram(prog)
		if err != nil {
			return err
		}
		if fn, ok := goja.AssertFunction(v); ok {
			if _, err := fn(goja.Undefined(), natives); err != nil {
				return err
			}
		}
	}
	return nil
}
