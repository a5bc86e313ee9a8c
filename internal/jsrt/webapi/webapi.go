// Package webapi installs the Web platform an endpoint expects into a goja
// runtime: Headers, Request, Response, URL, URLSearchParams, fetch,
// ReadableStream, Blob, File, FormData, TextEncoder/TextDecoder, atob/btoa,
// AbortController, structuredClone, crypto, Buffer and console.
//
// The classes are a hand-written JavaScript prelude (prelude.js, compiled
// once per process): their semantics are JavaScript's (prototypes,
// instanceof, async iteration), which Go objects would only imitate. Go
// provides the natives JS cannot do, or not fast: byte encodings, random
// bytes, URL parsing (net/url), multipart parsing (mime/multipart) and HTTP
// (net/http, one goroutine per fetch, results handed back on the loop).
package webapi

import (
	_ "embed"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"

	"github.com/dop251/goja"
)

//go:embed prelude.js
var preludeSource string

//go:embed intl.js
var intlSource string

var compilePrelude = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("comet:prelude.js", preludeSource, true)
})

var compileIntl = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("comet:intl.js", intlSource, true)
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

	incoming goja.Callable // the prelude's incoming(), looked up once

	mu      sync.Mutex
	fetches map[int64]func() // in-flight fetches' cancel funcs
	nextID  int64
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
	s := &state{vm: vm, loop: loop, opts: opts, fetches: map[int64]func(){}}
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
	intl, err := compileIntl()
	if err != nil {
		return fmt.Errorf("webapi: compiling intl.js: %w", err)
	}
	intlVal, err := vm.RunProgram(intl)
	if err != nil {
		return err
	}
	if fn, ok := goja.AssertFunction(intlVal); ok {
		if _, err := fn(goja.Undefined(), natives); err != nil {
			return err
		}
	}
	s.web = vm.Get("__cometWeb").ToObject(vm)
	vm.Set("__cometWebState", s) // keeps s reachable from vm for the exported helpers
	return nil
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
	Body   []byte // nil = no body
	// Signal, if set, becomes request.signal (an AbortSignal).
	Signal goja.Value
}

// NewRequest builds a JS Request (instanceof Request). Call on the loop.
func NewRequest(vm *goja.Runtime, in RequestInit) (goja.Value, error) {
	s, err := stateOf(vm)
	if err != nil {
		return nil, err
	}
	if s.incoming == nil {
		s.incoming, _ = goja.AssertFunction(s.web.Get("incoming"))
	}
	// Headers go straight into the internal list (net/http checked them),
	// repeated headers kept apart.
	flat := make([]any, 0, 2*len(in.Header))
	for name, values := range in.Header {
		lower := lowerASCII(name)
		for _, v := range values {
			flat = append(flat, lower, v)
		}
	}
	var body goja.Value = goja.Null()
	if in.Body != nil && in.Method != "GET" && in.Method != "HEAD" {
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
	// Body is the whole body for string/bytes bodies; nil with Null.
	Body []byte
	// Stream is a ReadableStream body still to be read (Body is nil).
	Stream goja.Value
	// Null: the body was null.
	Null bool
}

// IsResponse reports whether v is a Response of the prelude.
func IsResponse(vm *goja.Runtime, v goja.Value) bool {
	s, err := stateOf(vm)
	if err != nil {
		return false
	}
	if _, ok := v.(*goja.Object); !ok {
		return false
	}
	is, _ := goja.AssertFunction(s.web.Get("isResponse"))
	r, err := is(goja.Undefined(), v)
	return err == nil && r.ToBoolean()
}

// ReadResponse converts a JS Response. Call on the loop. A stream body is
// returned unread in Stream.
func ReadResponse(vm *goja.Runtime, v goja.Value) (*ResponseData, error) {
	s, err := stateOf(vm)
	if err != nil {
		return nil, err
	}
	obj, ok := v.(*goja.Object)
	if !ok || obj.Get("_status") == nil || obj.Get("headers") == nil {
		return nil, errors.New("webapi: not a Response")
	}
	d := &ResponseData{
		Status:     int(obj.Get("_status").ToInteger()),
		StatusText: obj.Get("_statusText").String(),
	}
	hdrs := obj.Get("headers").ToObject(vm)
	list := hdrs.GetSymbol(s.web.Get("H").(*goja.Symbol)).ToObject(vm)
	n := int(list.Get("length").ToInteger())
	d.Header = make([][2]string, 0, n)
	for i := 0; i < n; i++ {
		p := list.Get(strconv.Itoa(i)).ToObject(vm)
		d.Header = append(d.Header, [2]string{p.Get("0").String(), p.Get("1").String()})
	}
	body := obj.Get("_body")
	switch b := body.(type) {
	case nil:
		d.Null = true
	case *goja.Object:
		if bytes, ok := typedBytes(vm, b); ok {
			d.Body = append([]byte(nil), bytes...)
		} else {
			d.Stream = b
		}
	default:
		if goja.IsNull(body) || goja.IsUndefined(body) {
			d.Null = true
		} else {
			d.Body = []byte(body.String())
		}
	}
	return d, nil
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
