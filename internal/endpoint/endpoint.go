// Package endpoint calls one endpoint: it loads the route's module from the
// bundle, builds Astro's context ({ params, request } of 1.x and today's
// APIContext), runs middleware, picks the handler (comet-semantics #1, #2,
// #27) and reads what it returned — a Response or a 1.x `{ body, encoding }`
// object — into Go. It also runs getStaticPaths with Astro 7's validation.
//
// The JavaScript half lives in endpoint.js (embedded, compiled once); this
// file is the Go half: it prepares the call, and converts the outcome and
// errors into Go values and diag.Diagnostics that name the route file.
package endpoint

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/comet-dev/comet/internal/jsrt/webapi"
	"github.com/dop251/goja"
)

//go:embed endpoint.js
var runtimeSource string

var compileRuntime = sync.OnceValues(func() (*jsrt.Program, error) {
	return jsrt.Compile("comet:endpoint.js", runtimeSource)
})

// Program returns the compiled endpoint runtime; run it before the bundle.
func Program() (*jsrt.Program, error) { return compileRuntime() }

// Match finds the endpoint route for a pathname, for rewrites: the bundle
// key, its params, param names and route pattern; ok=false if none.
type Match func(pathname string) (file string, params map[string]string, names []string, pattern string, ok bool)

// Setup installs the Go functions endpoint.js needs; call it from
// jsrt.Options.Setup. match may be nil (no rewrites).
func Setup(vm *goja.Runtime, match Match) error {
	native := vm.NewObject()
	native.Set("match", func(pathname string) goja.Value {
		if match == nil {
			return goja.Null()
		}
		file, params, names, pattern, ok := match(pathname)
		if !ok {
			return goja.Null()
		}
		p := vm.NewObject()
		for k, v := range params {
			p.Set(k, v)
		}
		m := vm.NewObject()
		m.Set("file", file)
		m.Set("params", p)
		m.Set("paramNames", stringsToJS(vm, names))
		m.Set("route", pattern)
		return m
	})
	native.Set("bodyBytes", func(v goja.Value, enc string) goja.Value {
		b, err := webapi.BodyBytes(vm, v, enc)
		if err != nil {
			panic(vm.NewTypeError(err.Error()))
		}
		return vm.ToValue(vm.NewArrayBuffer(b))
	})
	return vm.Set("__cometNative", native)
}

// Kind says what a handler gave back.
type Kind int

// Result kinds.
const (
	KindResponse  Kind = iota // a Response (or middleware's Response)
	KindBody                  // a 1.x `{ body, encoding }` object
	KindNoHandler             // no export handles the method
)

// Request is one call of an endpoint.
type Request struct {
	File       string // the bundle key: the route file relative to the project root
	Method     string
	URL        string // absolute
	Header     http.Header
	Host       string // the Host header, when not in Header
	Body       []byte
	Params     map[string]string
	ParamNames []string
	// Props are getStaticPaths props; only valid on the runtime that ran
	// getStaticPaths.
	Props         Props
	Site          string
	Static        bool // a build-time call: clientAddress throws
	ClientAddress string
	RoutePattern  string
	Middleware    bool // run src/middleware's onRequest around the handler
	// BodyContentType is the Content-Type a `{ body }` result gets when it
	// must become a Response (middleware, SSR; comet-semantics #4).
	BodyContentType string
	// ReadAll reads a stream body to the end (static builds).
	ReadAll bool
	// Deadline, if set, bounds the call as a deadline on Call's ctx would
	// (the server's per-call limit, without a context per request).
	Deadline time.Time
	// Abort, if set, aborts request.signal when it ends before the answer
	// is complete (Result.End): the server passes the client's context.
	Abort context.Context
	// signal is called on the loop with a function that aborts
	// request.signal; Call sets it from Abort.
	signal func(abort func())
}

// Result is what the call produced.
type Result struct {
	Kind       Kind
	Handler    string // the export that ran
	Status     int
	StatusText string
	Header     [][2]string
	Body       []byte
	Null       bool    // Response(null) or no body
	Stream     *Stream // a ReadableStream body still to be read (server)
	// Found lists the handler exports a KindNoHandler module has.
	Found []string
	// Cookies are Set-Cookie values from context.cookies.
	Cookies []string
	// abort watches Request.Abort until End.
	abort *abortWatch
}

// Call runs req on rt and waits for the handler's promise. If rt stalls
// before the call could start, Call returns jsrt.ErrStalled and nothing
// ran: the caller may call again on another runtime.
//
// With req.Abort set, call the Result's End once the answer is complete;
// on an error Call ends it itself.
func Call(ctx context.Context, rt *jsrt.Runtime, req Request) (*Result, error) {
	var watch *abortWatch
	if req.Abort != nil {
		watch = &abortWatch{}
		req.signal = watch.hook(req.Abort, rt)
	}
	res, err := jsrt.AwaitMovableBy(ctx, rt, req.Deadline, func(vm *goja.Runtime) (goja.Value, error) {
		return req.callJS(vm)
	}, func(vm *goja.Runtime, v goja.Value) (*Result, error) {
		return readResult(vm, v)
	})
	if err != nil {
		if watch != nil {
			watch.end()
		}
		return nil, Diagnose(err, req.File)
	}
	res.abort = watch
	if res.Stream != nil {
		res.Stream.rt = rt
	}
	if res.Kind == KindBody && req.BodyContentType != "" {
		res.Header = [][2]string{{"content-type", req.BodyContentType}}
	}
	if res.Stream != nil && req.ReadAll {
		body, err := readStream(ctx, res.Stream)
		if err != nil {
			res.End()
			return nil, Diagnose(err, req.File)
		}
		res.Body, res.Stream, res.Null = body, nil, false
	}
	return res, nil
}

// callJS calls __comet.callWith with the request's fields.
func (req *Request) callJS(vm *goja.Runtime) (goja.Value, error) {
	in := webapi.RequestInit{Method: req.Method, URL: req.URL, Header: req.Header, Host: req.Host, Body: req.Body}
	jsReq, err := webapi.NewRequest(vm, in)
	if err != nil {
		return nil, err
	}
	if req.signal != nil {
		req.signal(func() { webapi.AbortRequest(vm, jsReq) })
	}
	params := vm.NewObject()
	for k, v := range req.Params {
		params.Set(k, v)
	}
	names := make([]any, len(req.ParamNames))
	for i, n := range req.ParamNames {
		names[i] = n
	}
	props := req.Props.value()
	var site goja.Value = goja.Undefined()
	if req.Site != "" {
		site = vm.ToValue(req.Site)
	}
	var file goja.Value = goja.Null()
	if req.File != "" {
		file = vm.ToValue(req.File)
	}
	var bodyType goja.Value = goja.Undefined()
	if req.BodyContentType != "" {
		bodyType = vm.ToValue(req.BodyContentType)
	}
	callWith, _ := goja.AssertFunction(vm.Get("__comet").ToObject(vm).Get("callWith"))
	return callWith(goja.Undefined(), file, vm.ToValue(req.Method), vm.ToValue(req.URL), jsReq, params,
		vm.NewArray(names...), props, site, vm.ToValue(req.Static), vm.ToValue(req.ClientAddress),
		vm.ToValue(req.RoutePattern), vm.ToValue(req.Middleware), bodyType)
}

func readResult(vm *goja.Runtime, v goja.Value) (*Result, error) {
	o := v.ToObject(vm)
	res := &Result{}
	if h := o.Get("handler"); h != nil && !goja.IsUndefined(h) {
		res.Handler = h.String()
	}
	if c, ok := o.Get("cookies").(*goja.Object); ok {
		if n := int(c.Get("length").ToInteger()); n > 0 {
			res.Cookies = make([]string, n)
			for i := range res.Cookies {
				res.Cookies[i] = c.Get(strconv.Itoa(i)).String()
			}
		}
	}
	if nh := o.Get("noHandler"); nh != nil && nh.ToBoolean() {
		res.Kind = KindNoHandler
		vm.ExportTo(o.Get("found"), &res.Found)
		res.Status = http.StatusNotFound
		if r := o.Get("response"); r != nil && !goja.IsUndefined(r) {
			data, err := webapi.ReadResponse(vm, r)
			if err != nil {
				return nil, err
			}
			res.Header = data.Header
		}
		res.Null = true
		return res, nil
	}
	if r := o.Get("response"); r != nil && !goja.IsUndefined(r) {
		data, err := webapi.ReadResponse(vm, r)
		if err != nil {
			return nil, err
		}
		res.Kind = KindResponse
		res.Status, res.StatusText, res.Header = data.Status, data.StatusText, data.Header
		res.Body, res.Stream, res.Null = data.Body, streamOf(data.Stream), data.Null
		return res, nil
	}
	res.Kind = KindBody
	res.Status = http.StatusOK
	enc := ""
	if e := o.Get("encoding"); e != nil && !goja.IsUndefined(e) && !goja.IsNull(e) {
		enc = e.String()
	}
	body := o.Get("body")
	if body == nil || goja.IsUndefined(body) || goja.IsNull(body) {
		res.Null = true
		return res, nil
	}
	b, err := webapi.BodyBytes(vm, body, enc)
	if err != nil {
		return nil, &jsrt.Error{Name: "InvalidEncoding", Message: err.Error()}
	}
	res.Body = b
	return res, nil
}

// Diagnose turns an error from the JS side into a diag.Diagnostic about
// file: Astro's error name and hint for Comet's own errors, the message and
// source-mapped stack for the user's exceptions.
func Diagnose(err error, file string) error {
	var je *jsrt.Error
	if !errors.As(err, &je) {
		return err
	}
	d := &diag.Diagnostic{Message: je.Message, File: file, Stack: je.Stack}
	if md := moduleDiagnostic(je, file); md != nil {
		return md
	}
	if obj, ok := je.Value.(*goja.Object); ok && obj.Get("cometError") != nil && obj.Get("cometError").ToBoolean() {
		d.Name = je.Name
		if h := obj.Get("hint"); h != nil {
			d.Hint = h.String()
		}
		d.Stack = ""
		return d
	}
	if je.Name != "" && je.Name != "Error" {
		d.Message = je.Name + ": " + je.Message
	}
	if f, line, col := je.Location(); f != "" {
		d.File, d.Line, d.Col = f, line, col
		if f != file {
			d.Message = fmt.Sprintf("%s (while rendering %s)", d.Message, file)
		}
	}
	return d
}

// StaticPath is one getStaticPaths entry.
type StaticPath struct {
	Params map[string]string
	// Props is the entry's props (undefined when absent); valid only on
	// the runtime that ran getStaticPaths.
	Props    Props
	HasProps bool
}

func stringsToJS(vm *goja.Runtime, list []string) goja.Value {
	out := make([]any, len(list))
	for i, s := range list {
		out[i] = s
	}
	return vm.NewArray(out...)
}

// PathsRoute describes a dynamic route to StaticPaths.
type PathsRoute struct {
	File    string   // the bundle key
	Params  []string // param names
	Rest    []string // the names of rest params among them
	Pattern string   // Astro's route string, e.g. "/blog/[page].json"
	Base    string   // the base prefix for paginate()'s URLs ("" for "/")
	// Generate builds a pathname from params (paginate()'s URLs).
	Generate func(map[string]string) (string, error)
}

// StaticPaths calls the route's getStaticPaths once (with Astro's
// paginate()) and validates what it returns.
func StaticPaths(ctx context.Context, rt *jsrt.Runtime, route PathsRoute) ([]StaticPath, error) {
	file := route.File
	paths, err := jsrt.Await(ctx, rt, func(vm *goja.Runtime) (goja.Value, error) {
		fn, _ := goja.AssertFunction(vm.Get("__comet").ToObject(vm).Get("staticPaths"))
		r := vm.NewObject()
		r.Set("params", stringsToJS(vm, route.Params))
		r.Set("rest", stringsToJS(vm, route.Rest))
		r.Set("pattern", route.Pattern)
		r.Set("base", route.Base)
		r.Set("generate", func(c goja.FunctionCall) goja.Value {
			params := map[string]string{}
			if o, ok := c.Argument(0).(*goja.Object); ok {
				for _, k := range o.Keys() {
					if v := o.Get(k); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
						params[k] = v.String()
					}
				}
			}
			p, err := route.Generate(params)
			if err != nil {
				panic(vm.NewTypeError(err.Error()))
			}
			return vm.ToValue(p)
		})
		return fn(goja.Undefined(), vm.ToValue(file), r)
	}, func(vm *goja.Runtime, v goja.Value) ([]StaticPath, error) {
		arr := v.ToObject(vm)
		n := int(arr.Get("length").ToInteger())
		out := make([]StaticPath, n)
		for i := 0; i < n; i++ {
			e := arr.Get(fmt.Sprint(i)).ToObject(vm)
			var p map[string]string
			if err := vm.ExportTo(e.Get("params"), &p); err != nil {
				return nil, err
			}
			out[i].Params = p
			props := e.Get("props")
			out[i].Props = Props{props}
			out[i].HasProps = props != nil && !goja.IsUndefined(props)
		}
		return out, nil
	})
	if err != nil {
		return nil, Diagnose(err, file)
	}
	return paths, nil
}
