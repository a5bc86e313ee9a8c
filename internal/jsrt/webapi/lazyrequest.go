package webapi

import (
	"github.com/dop251/goja"
)

// lazyRequest is the Go side of an incoming Request (NewRequest). The JS
// object is a goja dynamic object whose prototype is the prelude's
// Request.prototype, so `instanceof Request` and every method work as for
// a Request made in JS; its internal fields (url, method, _hl, _body,
// _signal) are made only when code reads them. Most handlers read no
// header, so the header list — the costly part, one JS string per name
// and value — is usually never built.
//
// Anything else code stores on the object (the Body methods set _used,
// _h, _body; code may add its own fields) goes into extra, in order, as an
// ordinary object keeps it. Symbol-keyed properties are not supported by
// goja's dynamic objects: setting one throws a TypeError.
type lazyRequest struct {
	vm *goja.Runtime
	in RequestInit

	hl      goja.Value // the flat header list, once made
	body    goja.Value // _body, once made or set
	signal  goja.Value // _signal, once set
	urlV    goja.Value
	methodV goja.Value
	// gone marks built-in fields deleted or overwritten into extra.
	gone       uint8
	extraKeys  []string
	extraVals  map[string]goja.Value
	bodyIsNull bool // GET and HEAD: no _body own property
}

const (
	goneURL = 1 << iota
	goneMethod
	goneHL
	goneBody
	goneSignal
)

func (r *lazyRequest) Get(key string) goja.Value {
	switch key {
	case "url":
		if r.gone&goneURL == 0 {
			if r.urlV == nil {
				r.urlV = r.vm.ToValue(r.in.URL)
			}
			return r.urlV
		}
	case "method":
		if r.gone&goneMethod == 0 {
			if r.methodV == nil {
				r.methodV = r.vm.ToValue(r.in.Method)
			}
			return r.methodV
		}
	case "_hl":
		if r.gone&goneHL == 0 {
			if r.hl == nil {
				r.hl = r.vm.NewArray(flatHeaders(r.in)...)
			}
			return r.hl
		}
	case "_body":
		if r.gone&goneBody == 0 {
			if r.body == nil && !r.bodyIsNull {
				r.body = r.newBody()
			}
			return r.body // nil for GET/HEAD: the prototype's null
		}
	case "_signal":
		if r.gone&goneSignal == 0 && r.signal != nil {
			return r.signal
		}
		if r.gone&goneSignal == 0 && r.in.Signal != nil {
			r.signal = r.in.Signal
			return r.signal
		}
	}
	if r.extraVals != nil {
		return r.extraVals[key]
	}
	return nil
}

// newBody makes the body bytes a Uint8Array over a fresh ArrayBuffer.
func (r *lazyRequest) newBody() goja.Value {
	u8, _ := goja.AssertConstructor(r.vm.Get("Uint8Array"))
	v, err := u8(nil, r.vm.ToValue(r.vm.NewArrayBuffer(r.in.Body)))
	if err != nil {
		panic(err)
	}
	return v
}

func (r *lazyRequest) builtin(key string) uint8 {
	switch key {
	case "url":
		return goneURL
	case "method":
		return goneMethod
	case "_hl":
		return goneHL
	case "_body":
		return goneBody
	case "_signal":
		return goneSignal
	}
	return 0
}

func (r *lazyRequest) Set(key string, val goja.Value) bool {
	switch key {
	case "_hl":
		if r.gone&goneHL == 0 {
			r.hl = val
			return true
		}
	case "_body":
		if r.gone&goneBody == 0 {
			r.body, r.bodyIsNull = val, false
			return true
		}
	case "_signal":
		if r.gone&goneSignal == 0 {
			r.signal = val
			return true
		}
	case "url":
		if r.gone&goneURL == 0 {
			r.urlV = val
			return true
		}
	case "method":
		if r.gone&goneMethod == 0 {
			r.methodV = val
			return true
		}
	}
	if r.extraVals == nil {
		r.extraVals = map[string]goja.Value{}
	}
	if _, ok := r.extraVals[key]; !ok {
		r.extraKeys = append(r.extraKeys, key)
	}
	r.extraVals[key] = val
	return true
}

func (r *lazyRequest) Has(key string) bool {
	if b := r.builtin(key); b != 0 && r.gone&b == 0 {
		switch b {
		case goneBody:
			return r.body != nil || !r.bodyIsNull
		case goneSignal:
			return r.signal != nil || r.in.Signal != nil
		}
		return true
	}
	_, ok := r.extraVals[key]
	return ok
}

func (r *lazyRequest) Delete(key string) bool {
	if b := r.builtin(key); b != 0 && r.gone&b == 0 {
		r.gone |= b
		return true
	}
	if _, ok := r.extraVals[key]; ok {
		delete(r.extraVals, key)
		for i, k := range r.extraKeys {
			if k == key {
				r.extraKeys = append(r.extraKeys[:i:i], r.extraKeys[i+1:]...)
				break
			}
		}
	}
	return true
}

// Keys lists the own fields in the order the prelude's incoming() made
// them: url, method, _hl, then _signal and _body when present.
func (r *lazyRequest) Keys() []string {
	out := make([]string, 0, 5+len(r.extraKeys))
	for _, k := range [...]string{"url", "method", "_hl", "_signal", "_body"} {
		if r.Has(k) {
			out = append(out, k)
		}
	}
	return append(out, r.extraKeys...)
}

// flatHeaders is the request's header list as the prelude keeps it:
// [name, value, ...], names lower-cased, repeated headers kept apart, Host
// first when it is not in Header.
func flatHeaders(in RequestInit) []any {
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
	return flat
}

// newLazyRequest makes the JS object of a lazyRequest.
func (s *state) newLazyRequest(in RequestInit) *goja.Object {
	r := &lazyRequest{vm: s.vm, in: in, bodyIsNull: in.Method == "GET" || in.Method == "HEAD"}
	obj := s.vm.NewDynamicObject(r)
	obj.SetPrototype(s.reqProto)
	return obj
}
