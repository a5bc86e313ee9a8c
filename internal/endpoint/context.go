package endpoint

import (
	"github.com/dop251/goja"
)

// apiContext is the Go side of the handler's one argument, Astro's
// APIContext. The JS object is a goja dynamic object (prototype: the
// APIContext.prototype of endpoint.js, which holds redirect and rewrite),
// so a request costs one Go struct and one JS object; each field is made
// from the Go values when code first reads it.
//
// What code sees is what the former JS class showed: the own enumerable
// keys params, request, props, locals, generator, routePattern,
// isPrerendered, then currentLocale, preferredLocale, preferredLocaleList,
// site, url and cookies once read; clientAddress (it throws on prerendered
// routes), _init and Astro 1.x's params read off the context (ctx.id) are
// readable but not listed. Assigned or deleted fields behave as on a plain
// object. goja's dynamic objects take no accessor, non-enumerable or
// symbol-keyed properties: defining one throws a TypeError (the symbols
// Comet's own modules set are accessors on the prototype, endpoint.js).
//
// Adding a field is one row in contextFields: its name, whether it is
// listed before it is read, and the function that makes its value (called
// once, on first read, on the loop). A field computed in JS calls a
// function endpoint.js exports (see makeCookies).
type apiContext struct {
	st *rtState

	file, method, url, site, clientAddress, routePattern, bodyContentType string
	static, middleware                                                    bool
	rewrites                                                              int64

	paramsGo   map[string]string // the params, from Go (Call) …
	paramNames []string
	paramsJS   *goja.Object // … or from JS (a rewrite's context)
	request    *goja.Object
	props      goja.Value // nil: none given ({})

	vals      [numFields]goja.Value
	listed    uint32 // fields shown by Keys (listed from the start, read or set)
	gone      uint32 // fields deleted: they read as absent
	extraKeys []string
	extraVals map[string]goja.Value
	init      *goja.Object // the JS init object, made for middleware and rewrites
	obj       *goja.Object // the JS object of this context
	// parent is the context a rewrite came from: the two share one
	// session (Astro keeps the request's session across a rewrite).
	parent *apiContext
}

// field is one APIContext field made from Go.
type field struct {
	name   string
	listed bool // an own enumerable key before it is read
	make   func(c *apiContext) goja.Value
}

const (
	fParams = iota
	fRequest
	fProps
	fLocals
	fGenerator
	fRoutePattern
	fIsPrerendered
	fCurrentLocale
	fPreferredLocale
	fPreferredLocaleList
	fSite
	fURL
	fCookies
	fSession
	numFields
)

// generator is context.generator (Astro's version, as Comet implements it).
const generator = "Astro v7.3.5 (Comet)"

var contextFields = [numFields]field{
	fParams:              {"params", true, (*apiContext).makeParams},
	fRequest:             {"request", true, func(c *apiContext) goja.Value { return c.request }},
	fProps:               {"props", true, (*apiContext).makeProps},
	fLocals:              {"locals", true, func(c *apiContext) goja.Value { return c.st.vm.NewObject() }},
	fGenerator:           {"generator", true, func(c *apiContext) goja.Value { return c.st.generator }},
	fRoutePattern:        {"routePattern", true, func(c *apiContext) goja.Value { return c.st.vm.ToValue(c.routePattern) }},
	fIsPrerendered:       {"isPrerendered", true, func(c *apiContext) goja.Value { return c.st.vm.ToValue(c.static) }},
	fCurrentLocale:       {"currentLocale", false, localeField("currentLocale")},
	fPreferredLocale:     {"preferredLocale", false, localeField("preferredLocale")},
	fPreferredLocaleList: {"preferredLocaleList", false, localeField("preferredLocaleList")},
	fSite:                {"site", false, (*apiContext).makeSite},
	fURL:                 {"url", false, (*apiContext).makeURL},
	fCookies:             {"cookies", false, (*apiContext).makeCookies},
	fSession:             {"session", false, (*apiContext).makeSession},
}

// listedFromStart is the listed bits of a new context.
var listedFromStart = func() uint32 {
	var bits uint32
	for i, f := range contextFields {
		if f.listed {
			bits |= 1 << i
		}
	}
	return bits
}()

// localeField makes a locale field with endpoint.js's localeFields (from
// the i18n config; undefined without one).
func localeField(name string) func(c *apiContext) goja.Value {
	return func(c *apiContext) goja.Value {
		fn, ok := goja.AssertFunction(c.st.locale.Get(name))
		if !ok {
			return goja.Undefined()
		}
		v, err := fn(goja.Undefined(), c.obj)
		if err != nil {
			panic(err)
		}
		return v
	}
}

func fieldIndex(key string) int {
	switch key {
	case "params":
		return fParams
	case "request":
		return fRequest
	case "props":
		return fProps
	case "locals":
		return fLocals
	case "generator":
		return fGenerator
	case "routePattern":
		return fRoutePattern
	case "isPrerendered":
		return fIsPrerendered
	case "currentLocale":
		return fCurrentLocale
	case "preferredLocale":
		return fPreferredLocale
	case "preferredLocaleList":
		return fPreferredLocaleList
	case "site":
		return fSite
	case "url":
		return fURL
	case "cookies":
		return fCookies
	case "session":
		return fSession
	}
	for i := range contextFields { // fields added without a case above
		if contextFields[i].name == key {
			return i
		}
	}
	return -1
}

func (c *apiContext) object() *goja.Object {
	obj := c.st.vm.NewDynamicObject(c)
	obj.SetPrototype(c.st.ctxProto)
	c.obj = obj
	return obj
}

func (c *apiContext) field(i int) goja.Value {
	if c.gone&(1<<i) != 0 {
		return nil
	}
	v := c.vals[i]
	if v == nil {
		v = contextFields[i].make(c)
		c.vals[i] = v
		c.listed |= 1 << i
	}
	return v
}

// Get implements goja.DynamicObject.
func (c *apiContext) Get(key string) goja.Value {
	if i := fieldIndex(key); i >= 0 {
		return c.field(i)
	}
	if c.extraVals != nil {
		if v, ok := c.extraVals[key]; ok {
			return v
		}
	}
	switch key {
	case "clientAddress":
		if c.static {
			panic(c.st.clientAddressError())
		}
		return c.st.vm.ToValue(c.clientAddress)
	case "_init":
		return c.initObject()
	}
	if v, ok := c.paramAlias(key); ok {
		return v
	}
	return nil
}

// paramAlias is Astro 1.x's ctx.<param>: a param read off the context,
// for names the context or its prototype chain does not have already.
func (c *apiContext) paramAlias(key string) (goja.Value, bool) {
	if c.paramsJS != nil {
		v := c.paramsJS.Get(key)
		if v == nil {
			return nil, false
		}
		if c.st.ctxProto.Get(key) != nil {
			return nil, false
		}
		return v, true
	}
	v, ok := c.paramsGo[key]
	if !ok {
		found := false
		for _, n := range c.paramNames {
			if n == key {
				found = true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	if c.st.ctxProto.Get(key) != nil {
		return nil, false
	}
	if !ok {
		return goja.Undefined(), true
	}
	return c.st.vm.ToValue(v), true
}

// Set implements goja.DynamicObject.
func (c *apiContext) Set(key string, val goja.Value) bool {
	if i := fieldIndex(key); i >= 0 {
		c.vals[i] = val
		c.listed |= 1 << i
		c.gone &^= 1 << i
		return true
	}
	if key == "clientAddress" {
		return false // a getter without a setter
	}
	if c.extraVals == nil {
		c.extraVals = map[string]goja.Value{}
	}
	if _, ok := c.extraVals[key]; !ok {
		c.extraKeys = append(c.extraKeys, key)
	}
	c.extraVals[key] = val
	return true
}

// Has implements goja.DynamicObject.
func (c *apiContext) Has(key string) bool {
	if i := fieldIndex(key); i >= 0 {
		return c.gone&(1<<i) == 0
	}
	if _, ok := c.extraVals[key]; ok {
		return true
	}
	if key == "clientAddress" || key == "_init" {
		return true
	}
	_, ok := c.paramAlias(key)
	return ok
}

// Delete implements goja.DynamicObject.
func (c *apiContext) Delete(key string) bool {
	if i := fieldIndex(key); i >= 0 {
		c.gone |= 1 << i
		c.listed &^= 1 << i
		c.vals[i] = nil
		return true
	}
	if _, ok := c.extraVals[key]; ok {
		delete(c.extraVals, key)
		for i, k := range c.extraKeys {
			if k == key {
				c.extraKeys = append(c.extraKeys[:i:i], c.extraKeys[i+1:]...)
				break
			}
		}
	}
	return true
}

// Keys implements goja.DynamicObject.
func (c *apiContext) Keys() []string {
	out := make([]string, 0, numFields+len(c.extraKeys))
	for i := range contextFields {
		if c.listed&(1<<i) != 0 && c.gone&(1<<i) == 0 {
			out = append(out, contextFields[i].name)
		}
	}
	return append(out, c.extraKeys...)
}

// makeParams is context.params: every param name of the route (undefined
// when the path has none), then the values given.
func (c *apiContext) makeParams() goja.Value {
	vm := c.st.vm
	p := vm.NewObject()
	if c.paramsJS != nil {
		names := c.paramNames
		for _, n := range names {
			p.Set(n, goja.Undefined())
		}
		for _, k := range c.paramsJS.Keys() {
			p.Set(k, c.paramsJS.Get(k))
		}
		return p
	}
	for _, n := range c.paramNames {
		if v, ok := c.paramsGo[n]; ok {
			p.Set(n, v)
		} else {
			p.Set(n, goja.Undefined())
		}
	}
	for k, v := range c.paramsGo {
		if p.Get(k) == nil {
			p.Set(k, v)
		}
	}
	return p
}

func (c *apiContext) makeProps() goja.Value {
	if c.props == nil || goja.IsUndefined(c.props) {
		return c.st.vm.NewObject()
	}
	return c.props
}

func (c *apiContext) makeSite() goja.Value {
	if c.site == "" {
		return goja.Undefined()
	}
	return c.st.newURL(c.site)
}

func (c *apiContext) makeURL() goja.Value { return c.st.newURL(c.url) }

// makeCookies calls endpoint.js: AstroCookies is JavaScript.
func (c *apiContext) makeCookies() goja.Value {
	v, err := c.st.newCookies(goja.Undefined(), c.request)
	if err != nil {
		panic(err)
	}
	return v
}

// makeSession is Astro's AstroSession (internal/session's session.js),
// made on first use (through the JS object: contextFields may not
// refer to field), undefined, with Astro's warning, when the project
// configures no session store. endpoint.js saves a session that was made
// once the answer is ready, or before a thrown error propagates.
func (c *apiContext) makeSession() goja.Value {
	if c.parent != nil {
		if v := c.parent.obj.Get("session"); v != nil {
			return v
		}
		return goja.Undefined()
	}
	create, ok := goja.AssertFunction(c.st.vm.Get("__cometSession").ToObject(c.st.vm).Get("create"))
	if !ok {
		return goja.Undefined()
	}
	v, err := create(goja.Undefined(), c.obj.Get("cookies"))
	if err != nil {
		panic(err)
	}
	return v
}

// madeSession is the session a call made, or undefined when code never
// read context.session (nothing to save).
func (c *apiContext) madeSession() goja.Value {
	for c.parent != nil {
		c = c.parent
	}
	if v := c.vals[fSession]; v != nil && c.gone&(1<<fSession) == 0 {
		return v
	}
	return goja.Undefined()
}

// initObject is the init object endpoint.js's middleware and rewrite code
// reads (made once, only on those paths).
func (c *apiContext) initObject() *goja.Object {
	if c.init != nil {
		return c.init
	}
	vm := c.st.vm
	o := vm.NewObject()
	if c.file != "" {
		o.Set("file", c.file)
	} else {
		o.Set("file", goja.Null())
	}
	o.Set("method", c.method)
	o.Set("url", c.url)
	o.Set("request", c.request)
	if c.paramsJS != nil {
		o.Set("params", c.paramsJS)
	} else {
		p := vm.NewObject()
		for k, v := range c.paramsGo {
			p.Set(k, v)
		}
		o.Set("params", p)
	}
	o.Set("paramNames", stringsToJS(vm, c.paramNames))
	if c.props != nil {
		o.Set("props", c.props)
	} else {
		o.Set("props", goja.Undefined())
	}
	if c.site != "" {
		o.Set("site", c.site)
	} else {
		o.Set("site", goja.Undefined())
	}
	o.Set("static", c.static)
	o.Set("clientAddress", c.clientAddress)
	o.Set("routePattern", c.routePattern)
	o.Set("middleware", c.middleware)
	if c.bodyContentType != "" {
		o.Set("bodyContentType", c.bodyContentType)
	} else {
		o.Set("bodyContentType", goja.Undefined())
	}
	if c.rewrites > 0 {
		o.Set("rewrites", c.rewrites)
	}
	c.init = o
	return o
}

// contextFromInit builds the context of a rewrite from endpoint.js's init
// object.
func (st *rtState) contextFromInit(o *goja.Object) *apiContext {
	str := func(k string) string {
		v := o.Get(k)
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return ""
		}
		return v.String()
	}
	c := &apiContext{st: st, listed: listedFromStart, init: o,
		file: str("file"), method: str("method"), url: str("url"), site: str("site"),
		clientAddress: str("clientAddress"), routePattern: str("routePattern"), bodyContentType: str("bodyContentType")}
	if v := o.Get("static"); v != nil {
		c.static = v.ToBoolean()
	}
	if v := o.Get("middleware"); v != nil {
		c.middleware = v.ToBoolean()
	}
	if v := o.Get("rewrites"); v != nil {
		c.rewrites = v.ToInteger()
	}
	if p, ok := o.Get("params").(*goja.Object); ok {
		c.paramsJS = p
	} else {
		c.paramsJS = st.vm.NewObject()
	}
	if names, ok := o.Get("paramNames").(*goja.Object); ok {
		_ = st.vm.ExportTo(names, &c.paramNames)
	}
	c.request, _ = o.Get("request").(*goja.Object)
	if v := o.Get("props"); v != nil && !goja.IsUndefined(v) {
		c.props = v
	}
	return c
}

// contextOf is the Go side of a context object (nil for anything else).
func contextOf(v goja.Value) *apiContext {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	c, _ := o.Export().(*apiContext)
	return c
}
