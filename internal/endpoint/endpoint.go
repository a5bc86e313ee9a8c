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
	"strings"
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

// rtState is the endpoint package's state in one runtime: the module
// namespaces loaded so far, endpoint.js's helpers the Go call path uses,
// and values made once.
type rtState struct {
	vm      *goja.Runtime
	modules map[string]*goja.Object // bundle key → module namespace

	js        *goja.Object // __comet
	callCtx   goja.Callable
	finishGo  goja.Callable
	settleGo  goja.Callable
	normGo    goja.Callable
	saveGo    goja.Callable
	failedGo  goja.Callable
	failed    goja.Callable
	newCookie goja.Callable
	clientErr goja.Callable
	ctxProto  *goja.Object
	noHandler *goja.Symbol
	urlCtor   goja.Constructor
	generator goja.Value
	locale    *goja.Object // endpoint.js's localeFields
	// sessions: the project configures a session store, so every call
	// goes through endpoint.js's callCtx, which saves the session.
	sessions bool
}

// stateOf finds the runtime's rtState (installed by Setup).
func stateOf(vm *goja.Runtime) (*rtState, error) {
	n, ok := vm.Get("__cometNative").(*goja.Object)
	if !ok {
		return nil, errors.New("endpoint: Setup was not called on this runtime")
	}
	st, ok := n.Get("state").Export().(*rtState)
	if !ok {
		return nil, errors.New("endpoint: Setup was not called on this runtime")
	}
	if st.js == nil {
		if err := st.bind(); err != nil {
			return nil, err
		}
	}
	return st, nil
}

// bind looks up endpoint.js's exports (they exist once the program ran).
func (st *rtState) bind() error {
	vm := st.vm
	js, ok := vm.Get("__comet").(*goja.Object)
	if !ok {
		return errors.New("endpoint: endpoint.js did not run on this runtime")
	}
	st.callCtx, _ = goja.AssertFunction(js.Get("callCtx"))
	st.finishGo, _ = goja.AssertFunction(js.Get("finishGo"))
	st.settleGo, _ = goja.AssertFunction(js.Get("settleGo"))
	st.normGo, _ = goja.AssertFunction(js.Get("normalizeGo"))
	st.saveGo, _ = goja.AssertFunction(js.Get("saveGo"))
	st.failedGo, _ = goja.AssertFunction(js.Get("failedGo"))
	st.failed, _ = goja.AssertFunction(js.Get("failed"))
	st.newCookie, _ = goja.AssertFunction(js.Get("newCookies"))
	st.clientErr, _ = goja.AssertFunction(js.Get("clientAddressError"))
	st.ctxProto, _ = js.Get("contextPrototype").(*goja.Object)
	if sym, ok := js.Get("NO_HANDLER").(*goja.Symbol); ok {
		st.noHandler = sym
	}
	st.urlCtor, _ = goja.AssertConstructor(vm.Get("URL"))
	st.locale, _ = js.Get("localeFields").(*goja.Object)
	if st.locale == nil || st.callCtx == nil || st.finishGo == nil || st.settleGo == nil || st.normGo == nil || st.saveGo == nil || st.failedGo == nil || st.failed == nil || st.newCookie == nil || st.clientErr == nil || st.ctxProto == nil || st.noHandler == nil || st.urlCtor == nil {
		return errors.New("endpoint: endpoint.js is missing its exports")
	}
	st.generator = vm.ToValue(generator)
	if cfg := vm.Get("__cometSessionConfig"); cfg != nil && !goja.IsUndefined(cfg) && !goja.IsNull(cfg) {
		st.sessions = true
	}
	st.js = js
	return nil
}

// hasActions reports whether the bundle has actions (a POST may be one:
// endpoint.js answers it).
func (st *rtState) hasActions() bool {
	b, ok := st.vm.Get("__cometBundle").(*goja.Object)
	if !ok {
		return false
	}
	a := b.Get("actions")
	return a != nil && a.ToBoolean()
}

func (st *rtState) newURL(s string) goja.Value {
	u, err := st.urlCtor(nil, st.vm.ToValue(s))
	if err != nil {
		panic(err)
	}
	return u
}

func (st *rtState) newCookies(this goja.Value, request *goja.Object) (goja.Value, error) {
	return st.newCookie(this, request)
}

func (st *rtState) clientAddressError() goja.Value {
	v, err := st.clientErr(goja.Undefined())
	if err != nil {
		panic(err)
	}
	return v
}

// Setup installs the Go functions endpoint.js needs; call it from
// jsrt.Options.Setup. match may be nil (no rewrites).
func Setup(vm *goja.Runtime, match Match) error {
	st := &rtState{vm: vm, modules: map[string]*goja.Object{}}
	native := vm.NewObject()
	native.Set("state", st)
	native.Set("loaded", func(file string, mod *goja.Object) { st.modules[file] = mod })
	native.Set("context", func(init *goja.Object, parent goja.Value) goja.Value {
		if st.js == nil {
			if err := st.bind(); err != nil {
				panic(vm.NewGoError(err))
			}
		}
		c := st.contextFromInit(init)
		c.parent = contextOf(parent)
		return c.object()
	})
	native.Set("madeSession", func(ctx goja.Value) goja.Value {
		if c := contextOf(ctx); c != nil {
			return c.madeSession()
		}
		return goja.Undefined()
	})
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
// ran: the caller may call again on another runtime. If the call itself
// stalled rt, rt.StalledBy() names req.File.
//
// The common call runs no JavaScript but the handler: Go builds the
// Request (webapi) and the APIContext (a Go-backed object, context.go),
// finds the handler in the route's module, calls it and reads the
// Response it returns. endpoint.js runs for the rest (a route's first
// call, middleware, a POST when the project has actions, a project with
// sessions, `{ body }` results, errors).
//
// With req.Abort set, call the Result's End once the answer is complete;
// on an error Call ends it itself.
func Call(ctx context.Context, rt *jsrt.Runtime, req Request) (*Result, error) {
	var watch *abortWatch
	if req.Abort != nil {
		watch = &abortWatch{}
		req.signal = watch.hook(req.Abort, rt)
	}
	cs := callState{deferSave: true}
	res, err := jsrt.AwaitMovableFor(ctx, rt, req.File, req.Deadline, func(vm *goja.Runtime) (goja.Value, error) {
		return cs.start(vm, &req)
	}, func(vm *goja.Runtime, v goja.Value) (*Result, error) {
		res, err := cs.finish(vm, v)
		if err != nil {
			return nil, jsrt.Wrap(err)
		}
		return res, nil
	})
	// cs is the loop's until its answer came back: a call that outlived
	// its client, its time limit or its runtime may still be running.
	var je *jsrt.Error
	if (err == nil || errors.As(err, &je)) && cs.saveLater {
		res, err = cs.saveAfter(ctx, rt, req.Deadline, res, err)
	}
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

// callState carries one call from start to finish.
type callState struct {
	st  *rtState
	c   *apiContext
	obj *goja.Object // c's JS object
	// handler is the export Go called; "" when endpoint.js ran the call.
	handler string
	// deferSave: the caller can save a session after the call (Call
	// does, CallBatch does not), so an async handler's promise is awaited
	// as it is; saveLater: this call needs saveAfter.
	deferSave, saveLater bool
	// mustSave: the awaited call made a session (seen by finish, in the
	// microtask turn where endpoint.js's call() looks).
	mustSave bool
}

// start builds the request and context and calls the handler, or
// endpoint.js when Go cannot call it directly.
func (cs *callState) start(vm *goja.Runtime, req *Request) (goja.Value, error) {
	st, err := stateOf(vm)
	if err != nil {
		return nil, err
	}
	jsReq, err := webapi.NewRequest(vm, webapi.RequestInit{Method: req.Method, URL: req.URL, Header: req.Header, Host: req.Host, Body: req.Body})
	if err != nil {
		return nil, err
	}
	if req.signal != nil {
		req.signal(func() { webapi.AbortRequest(vm, jsReq) })
	}
	c := &apiContext{st: st, listed: listedFromStart,
		file: req.File, method: req.Method, url: req.URL, site: req.Site, clientAddress: req.ClientAddress,
		routePattern: req.RoutePattern, bodyContentType: req.BodyContentType, static: req.Static, middleware: req.Middleware,
		paramsGo: req.Params, paramNames: req.ParamNames, props: req.Props.v}
	c.request, _ = jsReq.(*goja.Object)
	cs.st, cs.c, cs.obj = st, c, c.object()
	if !req.Middleware && req.File != "" && !(req.Method == "POST" && !req.Static && st.hasActions()) {
		if mod := st.modules[req.File]; mod != nil {
			if name, fn := findHandler(mod, req.Method); fn != nil {
				cs.handler = name
				v, err := fn(mod, cs.obj, jsReq)
				if st.sessions {
					return cs.saveSession(vm, v, err)
				}
				return v, err
			}
		}
	}
	return st.callCtx(goja.Undefined(), cs.obj)
}

// saveSession finishes a handler call Go made on a project with a session
// store as endpoint.js's callCtx would: a session the call made is saved
// after the answer, or before its error propagates. A call that made no
// session (the common one) stays on the Go path; an async handler's
// promise goes through endpoint.js's settleGo, since the session may be
// made after Go returns (even by a microtask the handler queued before
// its promise settled, which endpoint.js's call() would still see: the
// same turns of the microtask queue).
func (cs *callState) saveSession(vm *goja.Runtime, v goja.Value, err error) (goja.Value, error) {
	st := cs.st
	if err != nil {
		var ex *goja.Exception
		if !errors.As(err, &ex) || goja.IsUndefined(cs.c.madeSession()) {
			return nil, err
		}
		cs.handler = ""
		return st.failed(goja.Undefined(), cs.obj, ex.Value())
	}
	if o, ok := v.(*goja.Object); ok {
		if then := o.Get("then"); then != nil {
			if _, ok := goja.AssertFunction(then); ok {
				if cs.deferSave {
					cs.saveLater = true
					return v, nil
				}
				name := cs.handler
				cs.handler = ""
				return st.settleGo(goja.Undefined(), cs.obj, vm.ToValue(name), v)
			}
		}
	}
	if goja.IsUndefined(cs.c.madeSession()) {
		return v, nil
	}
	name := cs.handler
	cs.handler = ""
	out, err := st.finishGo(goja.Undefined(), cs.obj, vm.ToValue(name), v)
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			return st.failed(goja.Undefined(), cs.obj, ex.Value())
		}
		return nil, err
	}
	return out, nil
}

// finish reads what the call produced.
func (cs *callState) finish(vm *goja.Runtime, v goja.Value) (*Result, error) {
	if cs.saveLater {
		cs.mustSave = !goja.IsUndefined(cs.c.madeSession())
	}
	if cs.handler == "" {
		res, err := readResult(vm, v)
		if err != nil {
			return nil, err
		}
		res.Cookies, err = cs.cookies()
		return res, err
	}
	if o, ok := v.(*goja.Object); ok {
		if m := o.GetSymbol(cs.st.noHandler); m == nil || goja.IsUndefined(m) {
			data, err := webapi.ReadResponse(vm, o)
			if err == nil {
				res := &Result{Kind: KindResponse, Handler: cs.handler, Status: data.Status, StatusText: data.StatusText,
					Header: data.Header, Body: data.Body, Stream: streamOf(data.Stream), Null: data.Null}
				res.Cookies, err = cs.cookies()
				return res, err
			}
			if !errors.Is(err, webapi.ErrNotResponse) {
				return nil, err
			}
		}
	}
	finishJS := cs.st.finishGo
	if cs.saveLater {
		finishJS = cs.st.normGo // saveAfter saves the session
	}
	out, err := finishJS(goja.Undefined(), cs.obj, vm.ToValue(cs.handler), v)
	if err != nil {
		return nil, err
	}
	res, err := readResult(vm, out)
	if err != nil {
		return nil, err
	}
	res.Cookies, err = cs.cookies()
	return res, err
}

// saveAfter is the end of an async handler's call on a project with
// sessions, once Go has awaited and read it: as endpoint.js's call() and
// callCtx() would, it saves a session the call made before the answer (or
// the error) goes out, in a second turn on the loop (endpoint.js's saveGo,
// failedGo), and reads the cookies after the save, which may set one. A
// call that made no session costs that turn only when it failed (a failed
// call's session is looked for in that turn, where endpoint.js's failed()
// looks one microtask turn after the rejection: a session first made by a
// timer in between is saved here, not there). Calls that timed out or never
// ran are left as they are: endpoint.js would not have saved their sessions
// either.
func (cs *callState) saveAfter(ctx context.Context, rt *jsrt.Runtime, deadline time.Time, res *Result, err error) (*Result, error) {
	var je *jsrt.Error
	if err == nil && !cs.mustSave || err != nil && !errors.As(err, &je) {
		return res, err
	}
	if !deadline.IsZero() {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, deadline)
		defer cancel()
	}
	failed := err != nil
	cookies, serr := jsrt.Await(ctx, rt, func(vm *goja.Runtime) (goja.Value, error) {
		if failed {
			return cs.st.failedGo(goja.Undefined(), cs.obj)
		}
		return cs.st.saveGo(goja.Undefined(), cs.obj)
	}, func(vm *goja.Runtime, _ goja.Value) ([]string, error) {
		return cs.cookies()
	})
	switch {
	case failed:
		return nil, err
	case serr != nil:
		return nil, serr
	}
	res.Cookies = cookies
	return res, nil
}

// cookies are the Set-Cookie values of context.cookies, if code used them.
func (cs *callState) cookies() ([]string, error) {
	c := cs.c.vals[fCookies]
	if c == nil || cs.c.gone&(1<<fCookies) != 0 {
		return nil, nil
	}
	obj, ok := c.(*goja.Object)
	if !ok {
		return nil, nil
	}
	fn, ok := goja.AssertFunction(obj.Get("headerList"))
	if !ok {
		return nil, nil
	}
	list, err := fn(obj)
	if err != nil {
		return nil, err
	}
	var out []string
	if err := cs.st.vm.ExportTo(list, &out); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// handlerNames are the exports findHandler tries for each method, in
// order (comet-semantics #1, #2, #27): the exact upper-case method, its
// lower-case form, `del` for DELETE, then ALL/all, and for HEAD finally
// GET/get (the caller drops the body).
var handlerNames = func() map[string][]string {
	m := map[string][]string{}
	for _, method := range []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"} {
		m[method] = candidates(method)
	}
	return m
}()

func candidates(method string) []string {
	M := strings.ToUpper(method)
	names := []string{M, strings.ToLower(M)}
	if M == "DELETE" {
		names = append(names, "del")
	}
	names = append(names, "ALL", "all")
	if M == "HEAD" {
		names = append(names, "GET", "get")
	}
	return names
}

// findHandler is endpoint.js's findHandler for Go: the first export of
// the candidates that is defined, if it is a function. It returns nil
// when there is none, or when it is not a function (endpoint.js then
// reports the error as it always has).
func findHandler(mod *goja.Object, method string) (string, goja.Callable) {
	names, ok := handlerNames[method]
	if !ok {
		names = candidates(method)
	}
	for _, name := range names {
		v := mod.Get(name)
		if v == nil || goja.IsUndefined(v) {
			continue
		}
		fn, ok := goja.AssertFunction(v)
		if !ok {
			return "", nil
		}
		return name, fn
	}
	return "", nil
}

func readResult(vm *goja.Runtime, v goja.Value) (*Result, error) {
	o := v.ToObject(vm)
	res := &Result{}
	if h := o.Get("handler"); h != nil && !goja.IsUndefined(h) {
		res.Handler = h.String()
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
	// pairs are the params as name, value, name, value… in the order of
	// the params object's keys (undefined ones left out): a build holds
	// one StaticPath per page, and a slice is a fifth of a map's memory.
	pairs []string
	// Props is the entry's props (undefined when absent); valid only on
	// the runtime that ran getStaticPaths.
	Props    Props
	HasProps bool
}

// Params returns the entry's params as a new map.
func (sp *StaticPath) Params() map[string]string {
	m := make(map[string]string, len(sp.pairs)/2)
	sp.ParamsInto(m)
	return m
}

// ParamsInto empties m and puts the entry's params in it, so a caller
// looking at many entries can reuse one map.
func (sp *StaticPath) ParamsInto(m map[string]string) {
	clear(m)
	for i := 0; i+1 < len(sp.pairs); i += 2 {
		m[sp.pairs[i]] = sp.pairs[i+1]
	}
}

// EachParam calls fn for each param, in the order of the entry's keys.
func (sp *StaticPath) EachParam(fn func(name, value string)) {
	for i := 0; i+1 < len(sp.pairs); i += 2 {
		fn(sp.pairs[i], sp.pairs[i+1])
	}
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
		return readStaticPaths(vm, v, route.Params)
	})
	if err != nil {
		return nil, Diagnose(err, file)
	}
	return paths, nil
}

// readStaticPaths reads getStaticPaths' array (endpoint.js checked it is
// one) into Go, validating each entry as Astro 7 does without making JS
// objects for it: params must be a non-empty object of strings, numbers
// (kept as JS prints them) or undefined (left out). For an entry that is
// not valid, endpoint.js's checkEntry throws Astro's error.
func readStaticPaths(vm *goja.Runtime, v goja.Value, paramNames []string) ([]StaticPath, error) {
	arr := v.ToObject(vm)
	n := int(arr.Get("length").ToInteger())
	out := make([]StaticPath, n)
	for i := 0; i < n; i++ {
		ev := arr.Get(strconv.Itoa(i))
		params, ok := staticEntry(ev)
		if !ok {
			js, _ := vm.Get("__comet").(*goja.Object)
			check, _ := goja.AssertFunction(js.Get("checkEntry"))
			if _, err := check(goja.Undefined(), ev, stringsToJS(vm, paramNames)); err != nil {
				return nil, jsrt.Wrap(err)
			}
			return nil, fmt.Errorf("endpoint: getStaticPaths entry %d is not valid", i)
		}
		out[i].pairs = params
		props := ev.(*goja.Object).Get("props")
		out[i].Props = Props{props}
		out[i].HasProps = props != nil && !goja.IsUndefined(props)
	}
	return out, nil
}

// staticEntry reads one entry's params as name, value pairs; ok=false if
// the entry is invalid.
func staticEntry(ev goja.Value) ([]string, bool) {
	e, ok := ev.(*goja.Object)
	if !ok || e.ClassName() == "Array" || isCallable(e) {
		return nil, false
	}
	p, ok := e.Get("params").(*goja.Object)
	if !ok || isCallable(p) {
		return nil, false
	}
	keys := p.Keys()
	if len(keys) == 0 {
		return nil, false
	}
	params := make([]string, 0, 2*len(keys))
	for _, k := range keys {
		switch x := p.Get(k).(type) {
		case nil:
		case goja.String:
			params = append(params, k, x.String())
		default:
			if goja.IsUndefined(x) {
				continue
			}
			if goja.IsNumber(x) {
				params = append(params, k, x.String())
				continue
			}
			return nil, false
		}
	}
	return params, true
}

func isCallable(o *goja.Object) bool {
	_, ok := goja.AssertFunction(o)
	return ok
}
