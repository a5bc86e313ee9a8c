// Package wasm gives a goja runtime the JavaScript WebAssembly API
// (WebAssembly.compile, instantiate, validate, Module, Instance, Memory,
// Table, Global, the error classes, the streaming forms) on wazero, a
// WebAssembly engine in pure Go.
//
// The API's classes are JavaScript (wasm.js, compiled once per process);
// Go compiles, links and calls. Each goja runtime that uses WebAssembly gets
// its own wazero runtime (made on first use), so instances, their memories
// and their names belong to that runtime and go away with it; the machine
// code is shared through one process-wide compilation cache, and each
// runtime keeps the modules it compiled by content hash, so a Module is
// compiled once per process and decoded once per runtime, never per request.
//
// Imports. wazero links imports by module name among instantiated modules.
// For each import module name of an instantiation, a small proxy module is
// generated that imports the JS functions (from a host module made for this
// instantiation) and the memories, globals and tables the importObject
// gives (each owned by some module instance), and exports them under the
// names the instantiated module asks for; wazero's import resolver points
// the names at the proxies. Nothing is registered under a global name, so
// any number of instances can import "env".
//
// Time limits. wasm code runs on the loop goroutine and goja's Interrupt
// cannot reach it, so wazero is set to close a module when the context of
// its call ends (compiled code then checks at loop headers and calls);
// Interrupt cancels that context for the whole runtime, which jsrt calls
// when it interrupts a runaway handler. The runtime is broken afterwards.
package wasm

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/experimental/table"
)

//go:embed wasm.js
var source string

var compileJS = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("comet:wasm.js", source, true)
})

// cache holds machine code for every runtime of the process, and on disk
// (under the user cache folder) for the next process: compiling a large
// module such as resvg's 2.5 MB takes seconds, loading it milliseconds.
var cache = sync.OnceValue(func() wazero.CompilationCache {
	if dir, err := os.UserCacheDir(); err == nil {
		if c, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "comet", "wazero")); err == nil {
			return c
		}
	}
	return wazero.NewCompilationCache()
})

// compiling serialises compiling the same bytes in several runtimes at
// once, so that the first fills the cache and the others find it there.
var compiling sync.Map // [32]byte → *sync.Mutex

// infos holds parsed module descriptions by content hash.
var infos sync.Map // [32]byte → *info

// Loop is the event loop the runtime lives on; async compilation hands its
// result back through RunOnLoop.
type Loop interface {
	RunOnLoop(func(*goja.Runtime)) bool
}

// State is the WebAssembly support of one goja runtime.
type State struct {
	vm     *goja.Runtime
	loop   Loop
	ctx    context.Context
	cancel context.CancelFunc

	mu       sync.Mutex
	rt       wazero.Runtime
	compiled map[[32]byte]*module
	closed   bool

	// Loop-only fields.
	memories                        []*memory  // memories JS has seen, to refresh their buffers
	thrown                          goja.Value // a JS exception on its way through wasm frames
	hasThrow                        bool
	hosts                           int // host modules made, for their names
	compileErr, linkErr, runtimeErr goja.Value
	exportFn                        goja.Callable // wasm.js's wrapper for exported functions
	memoryOf, globalOf, tableOf     goja.Callable // wasm.js's wrappers for exported values
	originSym                       *goja.Symbol  // a function value's *funcOrigin (table.go)
	opsOf                           map[tableKey]api.Module
	slots                           map[tableKey]map[uint32]goja.Value // functions stored by Table.set/grow
}

type module struct {
	info *info
	cm   wazero.CompiledModule
}

// memory, global and table are the values behind WebAssembly.Memory, Global
// and Table: the module instance that owns them and their export name.
type memory struct {
	owner api.Module
	name  string
	mem   api.Memory
	buf   goja.ArrayBuffer
	bufV  goja.Value
	ptr   unsafe.Pointer
	size  uint32
}

type global struct {
	owner api.Module
	name  string
	g     api.Global
	typ   globalType
}

type tableRef struct {
	owner api.Module
	name  string
	index uint32 // in owner's table space
	info  *info  // owner's description (element segments, types)
	typ   tableType
}

// Enable installs WebAssembly into vm. Call it on the loop goroutine.
func Enable(vm *goja.Runtime, loop Loop) (*State, error) {
	prog, err := compileJS()
	if err != nil {
		return nil, fmt.Errorf("wasm: compiling wasm.js: %w", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &State{vm: vm, loop: loop, ctx: ctx, cancel: cancel, compiled: map[[32]byte]*module{}}
	fn, err := vm.RunProgram(prog)
	if err != nil {
		cancel()
		return nil, err
	}
	call, ok := goja.AssertFunction(fn)
	if !ok {
		cancel()
		return nil, errors.New("wasm: wasm.js is not a function")
	}
	if _, err := call(goja.Undefined(), s.natives()); err != nil {
		cancel()
		return nil, err
	}
	return s, nil
}

// Interrupt stops wasm code running on the runtime, now and later: every
// call fails from then on. Safe from any goroutine.
func (s *State) Interrupt() { s.cancel() }

// Close frees the runtime's instances and compiled modules.
func (s *State) Close() {
	s.cancel()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	if s.rt != nil {
		s.rt.Close(context.Background())
	}
}

func (s *State) runtime() (wazero.Runtime, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, errors.New("wasm: runtime closed")
	}
	if s.rt == nil {
		cfg := wazero.NewRuntimeConfig().
			WithCompilationCache(cache()).
			WithCloseOnContextDone(true).
			WithCustomSections(false).
			WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesThreads | experimental.CoreFeaturesTailCall | experimental.CoreFeaturesExtendedConst)
		s.rt = wazero.NewRuntimeWithConfig(s.ctx, cfg)
	}
	return s.rt, nil
}

// compile compiles b (not retained); any goroutine.
func (s *State) compile(b []byte) (*module, error) {
	sum := sha256.Sum256(b)
	s.mu.Lock()
	m := s.compiled[sum]
	s.mu.Unlock()
	if m != nil {
		return m, nil
	}
	var inf *info
	if v, ok := infos.Load(sum); ok {
		inf = v.(*info)
	} else {
		var err error
		if inf, err = parse(b); err != nil {
			return nil, err
		}
		infos.Store(sum, inf)
	}
	rt, err := s.runtime()
	if err != nil {
		return nil, err
	}
	lock, _ := compiling.LoadOrStore(sum, &sync.Mutex{})
	lock.(*sync.Mutex).Lock()
	cm, err := rt.CompileModule(s.ctx, b)
	lock.(*sync.Mutex).Unlock()
	if err != nil {
		return nil, errors.New(strings.TrimPrefix(err.Error(), "invalid module: "))
	}
	m = &module{info: inf, cm: cm}
	s.mu.Lock()
	if old := s.compiled[sum]; old != nil {
		m = old
	} else {
		s.compiled[sum] = m
	}
	s.mu.Unlock()
	return m, nil
}

// throw raises a JS exception made by ctor.
func (s *State) throw(ctor goja.Value, msg string) {
	c, _ := goja.AssertConstructor(ctor)
	if c == nil {
		panic(s.vm.NewTypeError(msg))
	}
	o, err := c(nil, s.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	panic(o)
}

func (s *State) bytesArg(call goja.FunctionCall, i int) []byte {
	ab, ok := call.Argument(i).Export().(goja.ArrayBuffer)
	if !ok {
		panic(s.vm.NewTypeError("wasm: expected an ArrayBuffer"))
	}
	b := ab.Bytes()
	off, n := call.Argument(i+1).ToInteger(), call.Argument(i+2).ToInteger()
	if off < 0 || n < 0 || off+n > int64(len(b)) {
		panic(s.rangeError("wasm: bytes out of range"))
	}
	return b[off : off+n]
}

func (s *State) moduleArg(v goja.Value) *module {
	m, ok := v.Export().(*module)
	if !ok {
		panic(s.vm.NewTypeError("wasm: not a WebAssembly.Module"))
	}
	return m
}

func (s *State) natives() *goja.Object {
	vm := s.vm
	n := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { n.Set(name, fn) }

	set("init", func(c goja.FunctionCall) goja.Value {
		s.compileErr, s.linkErr, s.runtimeErr = c.Argument(0), c.Argument(1), c.Argument(2)
		s.exportFn, _ = goja.AssertFunction(c.Argument(3))
		s.memoryOf, _ = goja.AssertFunction(c.Argument(4))
		s.globalOf, _ = goja.AssertFunction(c.Argument(5))
		s.tableOf, _ = goja.AssertFunction(c.Argument(6))
		return goja.Undefined()
	})
	// compile(buf, off, len) → module handle; throws CompileError.
	set("compile", func(c goja.FunctionCall) goja.Value {
		m, err := s.compile(s.bytesArg(c, 0))
		if err != nil {
			s.throw(s.compileErr, err.Error())
		}
		return vm.ToValue(m)
	})
	// embedded(name) → module handle of a module Comet ships (embedded.go).
	set("embedded", func(c goja.FunctionCall) goja.Value {
		load, ok := embedded[c.Argument(0).String()]
		if !ok {
			panic(vm.NewTypeError("wasm: no embedded module " + c.Argument(0).String()))
		}
		b, err := load()
		if err != nil {
			s.throw(s.compileErr, err.Error())
		}
		m, err := s.compile(b)
		if err != nil {
			s.throw(s.compileErr, err.Error())
		}
		return vm.ToValue(m)
	})
	// compileAsync(buf, off, len, cb): cb(err message | null, handle) on the loop.
	set("compileAsync", func(c goja.FunctionCall) goja.Value {
		b := append([]byte(nil), s.bytesArg(c, 0)...)
		cb, _ := goja.AssertFunction(c.Argument(3))
		go func() {
			m, err := s.compile(b)
			s.loop.RunOnLoop(func(vm *goja.Runtime) {
				if err != nil {
					cb(goja.Undefined(), vm.ToValue(err.Error()), goja.Null())
					return
				}
				cb(goja.Undefined(), goja.Null(), vm.ToValue(m))
			})
		}()
		return goja.Undefined()
	})
	set("validate", func(c goja.FunctionCall) goja.Value {
		_, err := s.compile(s.bytesArg(c, 0))
		return vm.ToValue(err == nil)
	})
	// describe(handle, "imports"|"exports") → [{module?, name, kind}]
	set("describe", func(c goja.FunctionCall) goja.Value {
		m := s.moduleArg(c.Argument(0))
		list := m.info.exports
		imports := c.Argument(1).String() == "imports"
		if imports {
			list = m.info.imports
		}
		out := make([]any, 0, len(list))
		for _, e := range list {
			o := vm.NewObject()
			if imports {
				o.Set("module", e.module)
			}
			o.Set("name", e.name)
			o.Set("kind", kindNames[e.kind])
			out = append(out, o)
		}
		return vm.NewArray(out...)
	})
	set("customSections", func(c goja.FunctionCall) goja.Value {
		m := s.moduleArg(c.Argument(0))
		name := c.Argument(1).String()
		var out []any
		for _, cs := range m.info.custom {
			if cs.name == name {
				out = append(out, vm.NewArrayBuffer(append([]byte(nil), cs.data...)))
			}
		}
		return vm.NewArray(out...)
	})
	// instantiate(handle, values[]) → [[name, kind, value]...]
	set("instantiate", func(c goja.FunctionCall) goja.Value {
		m := s.moduleArg(c.Argument(0))
		var vals []goja.Value
		if o := c.Argument(1).ToObject(vm); o != nil {
			for i := range m.info.imports {
				vals = append(vals, o.Get(strconv.Itoa(i)))
			}
		}
		return s.instantiate(m, vals)
	})
	set("memoryNew", func(c goja.FunctionCall) goja.Value {
		lim := limits{min: uint64(c.Argument(0).ToInteger())}
		if mx := c.Argument(1); !goja.IsUndefined(mx) {
			lim.hasMax, lim.max = true, uint64(mx.ToInteger())
		}
		if c.Argument(2).ToBoolean() {
			lim.flags |= 2
		}
		owner := s.standalone(&extern{kind: kindMemory, mem: lim}, 0)
		return vm.ToValue(s.memory(owner, "v", owner.ExportedMemory("v")))
	})
	set("memoryBuffer", func(c goja.FunctionCall) goja.Value {
		mem := c.Argument(0).Export().(*memory)
		s.refresh(mem, false)
		return mem.bufV
	})
	set("memoryGrow", func(c goja.FunctionCall) goja.Value {
		mem := c.Argument(0).Export().(*memory)
		delta := c.Argument(1).ToInteger()
		if delta < 0 || delta > math.MaxUint32 {
			panic(vm.NewTypeError("WebAssembly.Memory.grow(): Argument 0 must be non-negative"))
		}
		prev, ok := mem.mem.Grow(uint32(delta))
		if !ok {
			panic(s.rangeError("WebAssembly.Memory.grow(): Maximum memory size exceeded"))
		}
		s.refresh(mem, true)
		return vm.ToValue(prev)
	})
	set("globalNew", func(c goja.FunctionCall) goja.Value {
		gt := globalType{val: valueType(c.Argument(0).String()), mutable: c.Argument(1).ToBoolean()}
		if gt.val == 0 {
			panic(vm.NewTypeError("WebAssembly.Global(): Descriptor property 'value' must be a WebAssembly type"))
		}
		init := s.toWasm(c.Argument(2), gt.val)
		owner := s.standalone(&extern{kind: kindGlobal, global: gt}, init)
		return vm.ToValue(&global{owner: owner, name: "v", g: owner.ExportedGlobal("v"), typ: gt})
	})
	set("globalGet", func(c goja.FunctionCall) goja.Value {
		g := c.Argument(0).Export().(*global)
		return s.toJS(g.g.Get(), g.typ.val)
	})
	set("globalSet", func(c goja.FunctionCall) goja.Value {
		g := c.Argument(0).Export().(*global)
		mg, ok := g.g.(api.MutableGlobal)
		if !ok || !g.typ.mutable {
			panic(vm.NewTypeError("WebAssembly.Global.value: Can't set the value of an immutable global."))
		}
		mg.Set(s.toWasm(c.Argument(1), g.typ.val))
		return goja.Undefined()
	})
	set("globalType", func(c goja.FunctionCall) goja.Value {
		g := c.Argument(0).Export().(*global)
		return vm.ToValue(typeName(g.typ.val))
	})
	set("tableNew", func(c goja.FunctionCall) goja.Value {
		elem := byte(typeFuncref)
		if c.Argument(0).String() == "externref" {
			elem = typeExternref
		}
		tt := tableType{elem: elem, lim: limits{min: uint64(c.Argument(1).ToInteger())}}
		if mx := c.Argument(2); !goja.IsUndefined(mx) {
			tt.lim.hasMax, tt.lim.max = true, uint64(mx.ToInteger())
		}
		owner := s.standalone(&extern{kind: kindTable, table: tt}, 0)
		return vm.ToValue(&tableRef{owner: owner, name: "v", typ: tt, info: &info{tables: []tableType{tt}}})
	})
	set("tableLength", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(s.tableSize(c.Argument(0).Export().(*tableRef)))
	})
	// tableGrow(handle, delta, value) → old length; tableSet(handle, i, value)
	set("tableGrow", func(c goja.FunctionCall) goja.Value {
		t := c.Argument(0).Export().(*tableRef)
		return vm.ToValue(s.tableGrow(t, uint32(c.Argument(1).ToInteger()), c.Argument(2)))
	})
	set("tableSet", func(c goja.FunctionCall) goja.Value {
		t := c.Argument(0).Export().(*tableRef)
		s.tableSet(t, uint32(c.Argument(1).ToInteger()), c.Argument(2), c.Argument(3).String())
		return goja.Undefined()
	})
	set("tableGet", func(c goja.FunctionCall) goja.Value {
		t := c.Argument(0).Export().(*tableRef)
		return s.tableGet(t, uint32(c.Argument(1).ToInteger()))
	})
	return n
}

func valueType(s string) byte {
	switch s {
	case "i32":
		return typeI32
	case "i64":
		return typeI64
	case "f32":
		return typeF32
	case "f64":
		return typeF64
	case "externref":
		return typeExternref
	case "anyfunc", "funcref":
		return typeFuncref
	}
	return 0
}

func typeName(t byte) string {
	switch t {
	case typeI32:
		return "i32"
	case typeI64:
		return "i64"
	case typeF32:
		return "f32"
	case typeF64:
		return "f64"
	case typeExternref:
		return "externref"
	case typeFuncref:
		return "anyfunc"
	case typeV128:
		return "v128"
	}
	return "unknown"
}

// standalone instantiates a module that defines only def, exported as "v".
func (s *State) standalone(def *extern, init uint64) api.Module {
	def.name = "v"
	bin := encodeModule(nil, nil, def, init, []extern{{name: "v", kind: def.kind}})
	m, err := s.compile(bin)
	if err != nil {
		panic(s.vm.NewTypeError("wasm: " + err.Error()))
	}
	rt, err := s.runtime()
	if err != nil {
		panic(s.vm.NewGoError(err))
	}
	inst, err := rt.InstantiateModule(s.ctx, m.cm, wazero.NewModuleConfig().WithName("").WithStartFunctions())
	if err != nil {
		panic(s.rangeError("wasm: " + err.Error()))
	}
	return inst
}

// memory wraps mem for JS and remembers it for refreshes.
func (s *State) memory(owner api.Module, name string, mem api.Memory) *memory {
	for _, m := range s.memories {
		if m.mem == mem {
			return m
		}
	}
	m := &memory{owner: owner, name: name, mem: mem}
	s.refresh(m, false)
	s.memories = append(s.memories, m)
	return m
}

// refresh gives mem a new ArrayBuffer if its bytes moved or grew (or
// always, with force), detaching the old one as the JS API says.
func (s *State) refresh(m *memory, force bool) {
	size := m.mem.Size()
	data, _ := m.mem.Read(0, size)
	var ptr unsafe.Pointer
	if len(data) > 0 {
		ptr = unsafe.Pointer(&data[0])
	}
	if !force && m.bufV != nil && ptr == m.ptr && size == m.size {
		return
	}
	if m.bufV != nil {
		m.buf.Detach()
	}
	m.buf = s.vm.NewArrayBuffer(data[:len(data):len(data)])
	m.bufV = s.vm.ToValue(m.buf)
	m.ptr, m.size = ptr, size
}

func (s *State) refreshAll() {
	for _, m := range s.memories {
		s.refresh(m, false)
	}
}

// toWasm converts a JS value to a wasm value of type t (ToWebAssemblyValue).
func (s *State) toWasm(v goja.Value, t byte) uint64 {
	switch t {
	case typeI32:
		return uint64(uint32(v.ToInteger()))
	case typeI64:
		b, ok := v.Export().(*big.Int)
		if !ok {
			if goja.IsUndefined(v) {
				return 0
			}
			panic(s.vm.NewTypeError(fmt.Sprintf("Cannot convert %s to a BigInt", v.String())))
		}
		return new(big.Int).And(b, new(big.Int).SetUint64(math.MaxUint64)).Uint64()
	case typeF32:
		return api.EncodeF32(float32(v.ToFloat()))
	case typeF64:
		return api.EncodeF64(v.ToFloat())
	}
	if goja.IsNull(v) || goja.IsUndefined(v) {
		return 0
	}
	panic(s.vm.NewTypeError("wasm: reference values cannot cross between JS and wasm here"))
}

func (s *State) toJS(w uint64, t byte) goja.Value {
	switch t {
	case typeI32:
		return s.vm.ToValue(int32(uint32(w)))
	case typeI64:
		return s.vm.ToValue(big.NewInt(int64(w)))
	case typeF32:
		return s.vm.ToValue(float64(api.DecodeF32(w)))
	case typeF64:
		return s.vm.ToValue(api.DecodeF64(w))
	}
	return goja.Null()
}

// function wraps an exported wasm function for JS.
func (s *State) function(fn api.Function, t funcType, name string) goja.Value {
	vm := s.vm
	params, results := t.params, t.results
	stackLen := max(len(params), len(results))
	native := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		stack := make([]uint64, stackLen)
		for i, p := range params {
			stack[i] = s.toWasm(c.Argument(i), p)
		}
		err := fn.CallWithStack(s.ctx, stack)
		s.refreshAll()
		if err != nil {
			s.rethrow(err)
		}
		switch len(results) {
		case 0:
			return goja.Undefined()
		case 1:
			return s.toJS(stack[0], results[0])
		}
		out := make([]any, len(results))
		for i, r := range results {
			out[i] = s.toJS(stack[i], r)
		}
		return vm.NewArray(out...)
	})
	if s.exportFn == nil {
		return native
	}
	v, err := s.exportFn(goja.Undefined(), native, vm.ToValue(name), vm.ToValue(len(params)))
	if err != nil {
		panic(err)
	}
	return v
}

// rethrow turns a failed call into the JS exception: the one a JS import
// threw, or a RuntimeError for a trap.
func (s *State) rethrow(err error) {
	if s.hasThrow {
		v := s.thrown
		s.thrown, s.hasThrow = nil, false
		panic(v)
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		panic(ex)
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		panic(ie)
	}
	s.throw(s.runtimeErr, trapMessage(err))
}

// trapMessage words a wazero trap as V8 does.
func trapMessage(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, "\nwasm stack trace"); i >= 0 {
		msg = msg[:i]
	}
	msg = strings.TrimPrefix(msg, "wasm error: ")
	switch {
	case strings.HasPrefix(msg, "module closed with context canceled"), strings.Contains(msg, "context canceled"):
		return "execution time limit exceeded"
	}
	switch msg {
	case "integer divide by zero":
		return "divide by zero"
	case "out of bounds memory access":
		return "memory access out of bounds"
	case "invalid table access":
		return "table index is out of bounds"
	case "indirect call type mismatch":
		return "null function or function signature mismatch"
	case "integer overflow":
		return "divide result unrepresentable"
	case "invalid conversion to integer":
		return "float unrepresentable in integer range"
	case "stack overflow":
		return "Maximum call stack size exceeded"
	}
	return msg
}

// exportValue gives JS the value of export e of inst.
func (s *State) exportValue(inst api.Module, m *module, e extern) goja.Value {
	vm := s.vm
	switch e.kind {
	case kindFunction:
		t, _ := m.info.funcTypeOf(e.index)
		v := s.function(inst.ExportedFunction(e.name), t, strconv.Itoa(int(e.index)))
		s.markOrigin(v, &funcOrigin{owner: inst, name: e.name, typ: t})
		return v
	case kindMemory:
		mem := s.memory(inst, e.name, inst.ExportedMemory(e.name))
		v, err := s.memoryOf(goja.Undefined(), vm.ToValue(mem))
		if err != nil {
			panic(err)
		}
		return v
	case kindGlobal:
		g := inst.ExportedGlobal(e.name)
		gt := globalType{val: byte(g.Type())}
		_, gt.mutable = g.(api.MutableGlobal)
		v, err := s.globalOf(goja.Undefined(), vm.ToValue(&global{owner: inst, name: e.name, g: g, typ: gt}))
		if err != nil {
			panic(err)
		}
		return v
	case kindTable:
		tt := tableType{elem: typeFuncref}
		if int(e.index) < len(m.info.tables) {
			tt = m.info.tables[e.index]
		}
		v, err := s.tableOf(goja.Undefined(), vm.ToValue(&tableRef{owner: inst, name: e.name, index: e.index, info: m.info, typ: tt}))
		if err != nil {
			panic(err)
		}
		return v
	}
	return goja.Undefined()
}

// instantiate links m with the import values (already checked by wasm.js:
// callables for functions, handles for the rest, numbers for globals) and
// returns its exports as [name, value] pairs.
func (s *State) instantiate(m *module, vals []goja.Value) goja.Value {
	vm := s.vm
	rt, err := s.runtime()
	if err != nil {
		panic(vm.NewGoError(err))
	}
	proxies := map[string]api.Module{}
	var order []string
	groups := map[string][]int{}
	for i, im := range m.info.imports {
		if _, ok := groups[im.module]; !ok {
			order = append(order, im.module)
		}
		groups[im.module] = append(groups[im.module], i)
	}
	for _, name := range order {
		p, err := s.proxy(rt, m, groups[name], vals)
		if err != nil {
			s.throw(s.linkErr, fmt.Sprintf("WebAssembly.Instance(): Import %q: %v", name, err))
		}
		proxies[name] = p
	}
	ctx := experimental.WithImportResolver(s.ctx, func(name string) api.Module { return proxies[name] })
	inst, err := rt.InstantiateModule(ctx, m.cm, wazero.NewModuleConfig().WithName("").WithStartFunctions())
	s.refreshAll()
	if err != nil {
		if s.hasThrow || strings.Contains(err.Error(), "wasm error") || strings.Contains(err.Error(), "start function") {
			s.rethrow(err)
		}
		s.throw(s.linkErr, "WebAssembly.Instance(): "+err.Error())
	}
	out := make([]any, 0, len(m.info.exports))
	for _, e := range m.info.exports {
		out = append(out, vm.NewArray(e.name, s.exportValue(inst, m, e)))
	}
	return vm.NewArray(out...)
}

// proxy instantiates the proxy module for the imports idx of m.
func (s *State) proxy(rt wazero.Runtime, m *module, idx []int, vals []goja.Value) (api.Module, error) {
	var types []funcType
	var imps, exps []extern
	owners := map[string]api.Module{}
	seen := map[string]bool{}
	var host wazero.HostModuleBuilder
	var counts [5]uint32
	for _, i := range idx {
		im := m.info.imports[i]
		if seen[im.name] {
			continue
		}
		seen[im.name] = true
		v := vals[i]
		src := extern{kind: im.kind}
		switch im.kind {
		case kindFunction:
			if int(im.index) >= len(m.info.types) {
				return nil, errors.New("bad type index")
			}
			t := m.info.types[im.index]
			fn, ok := goja.AssertFunction(v)
			if !ok {
				return nil, fmt.Errorf("%q: function import requires a callable", im.name)
			}
			if host == nil {
				s.hosts++
				host = rt.NewHostModuleBuilder("comet-js-" + strconv.Itoa(s.hosts))
			}
			fname := "f" + strconv.Itoa(i)
			host.NewFunctionBuilder().WithGoModuleFunction(s.hostFunc(fn, t), apiTypes(t.params), apiTypes(t.results)).Export(fname)
			types = append(types, t)
			src.module, src.name, src.index = "h", fname, uint32(len(types)-1)
		case kindMemory:
			mem, ok := v.Export().(*memory)
			if !ok {
				return nil, fmt.Errorf("%q: memory import must be a WebAssembly.Memory object", im.name)
			}
			src.mem = im.mem
			src.module, src.name = "o"+strconv.Itoa(i), mem.name
			owners[src.module] = mem.owner
		case kindGlobal:
			g, ok := v.Export().(*global)
			if !ok {
				if im.global.mutable {
					return nil, fmt.Errorf("%q: imported mutable global must be a WebAssembly.Global object", im.name)
				}
				def := &extern{kind: kindGlobal, global: im.global}
				g = &global{owner: s.standalone(def, s.toWasm(v, im.global.val)), name: "v"}
			}
			src.global = im.global
			src.module, src.name = "o"+strconv.Itoa(i), g.name
			owners[src.module] = g.owner
		case kindTable:
			t, ok := v.Export().(*tableRef)
			if !ok {
				return nil, fmt.Errorf("%q: table import requires a WebAssembly.Table", im.name)
			}
			src.table = im.table
			src.module, src.name = "o"+strconv.Itoa(i), t.name
			owners[src.module] = t.owner
		default:
			return nil, fmt.Errorf("%q: %s imports are not supported", im.name, kindNames[im.kind])
		}
		imps = append(imps, src)
		exps = append(exps, extern{name: im.name, kind: im.kind, index: counts[im.kind]})
		counts[im.kind]++
	}
	if host != nil {
		hc, err := host.Compile(s.ctx)
		if err != nil {
			return nil, err
		}
		h, err := rt.InstantiateModule(s.ctx, hc, wazero.NewModuleConfig().WithName(""))
		if err != nil {
			return nil, err
		}
		owners["h"] = h
	}
	// The proxy's function imports must come first in the index space of
	// functions, as they do: imports are numbered in order per kind.
	bin := encodeModule(types, imps, nil, 0, exps)
	pm, err := s.compile(bin)
	if err != nil {
		return nil, err
	}
	ctx := experimental.WithImportResolver(s.ctx, func(name string) api.Module { return owners[name] })
	return rt.InstantiateModule(ctx, pm.cm, wazero.NewModuleConfig().WithName("").WithStartFunctions())
}

// hostFunc calls the JS function fn from wasm.
func (s *State) hostFunc(fn goja.Callable, t funcType) api.GoModuleFunc {
	return func(ctx context.Context, _ api.Module, stack []uint64) {
		s.refreshAll()
		args := make([]goja.Value, len(t.params))
		for i, p := range t.params {
			args[i] = s.toJS(stack[i], p)
		}
		var res goja.Value
		ex := s.vm.Try(func() {
			var err error
			res, err = fn(goja.Undefined(), args...)
			if err != nil {
				panic(err)
			}
			switch len(t.results) {
			case 0:
			case 1:
				stack[0] = s.toWasm(res, t.results[0])
			default:
				o := res.ToObject(s.vm)
				for i, r := range t.results {
					stack[i] = s.toWasm(o.Get(strconv.Itoa(i)), r)
				}
			}
		})
		if ex != nil {
			s.thrown, s.hasThrow = ex.Value(), true
			panic(ex)
		}
	}
}

// tableGet returns the function in slot i of t, or null.
func (s *State) tableGet(t *tableRef, i uint32) goja.Value {
	if t.typ.elem != typeFuncref {
		return goja.Null()
	}
	try := func(ft funcType) (f api.Function) {
		defer func() {
			if recover() != nil {
				f = nil
			}
		}()
		return table.LookupFunction(t.owner, t.index, i, apiTypes(ft.params), apiTypes(ft.results))
	}
	// What Table.set stored, get returns (the same object, as the spec
	// says; wazero cannot look up a function that came in as an import).
	if v, ok := s.slots[tableKey{t.owner, t.index}][i]; ok {
		return v
	}
	found := func(f api.Function, ft funcType, name string) goja.Value {
		v := s.function(f, ft, name)
		s.markOrigin(v, &funcOrigin{table: t, slot: i, typ: ft})
		return v
	}
	if fi, ok := t.info.elems[t.index][i]; ok {
		if ft, ok := t.info.funcTypeOf(fi); ok {
			if f := try(ft); f != nil {
				return found(f, ft, strconv.Itoa(int(fi)))
			}
		}
	}
	for _, ft := range t.info.types {
		if f := try(ft); f != nil {
			return found(f, ft, strconv.Itoa(int(i)))
		}
	}
	return goja.Null()
}

func (s *State) rangeError(msg string) *goja.Object {
	ctor, _ := goja.AssertConstructor(s.vm.Get("RangeError"))
	o, err := ctor(nil, s.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return o
}
