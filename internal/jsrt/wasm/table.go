package wasm

// Writes to a table. wazero's API reads tables (experimental/table) but
// has no call that grows one or stores into it, and packages need both:
// Emscripten's addFunction (harfbuzzjs in satori and @vercel/og) grows the
// function table and stores a wasm function it made for a JS callback.
// wasm code can do what the API cannot, with the reference-types
// instructions, so each write runs a small module generated here that
// imports the table (and the function to store) and does it:
//
//	ops:  size() → table.size; grow(n) → table.grow with null; clear(i)
//	copy: set(i) → ref.func of an imported function, table.set
//	move: set(dst, src) → table.get from another table, table.set
//
// The generated binaries depend only on the types, so wazero compiles each
// once; the instances are cheap. A function value remembers where it came
// from (an export, or a table slot: its origin, a hidden property), which
// is what the module that stores it imports. get() returns what set()
// stored: wazero cannot look up a function that entered a table through
// an import.

import (
	"strconv"

	"github.com/dop251/goja"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// Instructions the generated code uses.
const (
	opEnd      = 0x0b
	opLocalGet = 0x20
	opTableGet = 0x25
	opTableSet = 0x26
	opRefNull  = 0xd0
	opRefFunc  = 0xd2
	opPrefixFC = 0xfc
	fcGrow     = 15
	fcSize     = 16
)

// funcOrigin is where a wasm function value can be imported from: an
// export of an instance, or a slot of a table.
type funcOrigin struct {
	owner api.Module // exported by owner as name
	name  string
	table *tableRef // or held in table at slot
	slot  uint32
	typ   funcType
}

// tableKey names one table: its owner instance and index there.
type tableKey struct {
	owner api.Module
	index uint32
}

// markOrigin records o on the function value v (a hidden property).
func (s *State) markOrigin(v goja.Value, o *funcOrigin) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return
	}
	if s.originSym == nil {
		s.originSym = goja.NewSymbol("wasm function origin")
	}
	_ = obj.DefineDataPropertySymbol(s.originSym, s.vm.ToValue(o), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}

// originOf is the origin of a wasm function value, or nil for anything else.
func (s *State) originOf(v goja.Value) *funcOrigin {
	obj, ok := v.(*goja.Object)
	if !ok || s.originSym == nil {
		return nil
	}
	v = obj.GetSymbol(s.originSym)
	if v == nil {
		return nil
	}
	o, _ := v.Export().(*funcOrigin)
	return o
}

// tableOps is the instance whose size, grow and clear act on t.
func (s *State) tableOps(t *tableRef) api.Module {
	key := tableKey{t.owner, t.index}
	if m := s.opsOf[key]; m != nil {
		return m
	}
	var e encoder
	e.b = []byte("\x00asm\x01\x00\x00\x00")
	i32 := byte(typeI32)
	e.section(1, 3, func(s *encoder) {
		s.b = append(s.b, 0x60, 0, 1, i32)      // () → i32
		s.b = append(s.b, 0x60, 1, i32, 1, i32) // (i32) → i32
		s.b = append(s.b, 0x60, 1, i32, 0)      // (i32) → ()
	})
	importTable(&e, []*tableRef{t})
	e.section(3, 3, func(s *encoder) { s.b = append(s.b, 0, 1, 2) })
	exportFuncs(&e, "size", "grow", "clear")
	codes(&e,
		[]byte{opPrefixFC, fcSize, 0, opEnd},
		[]byte{opRefNull, t.typ.elem, opLocalGet, 0, opPrefixFC, fcGrow, 0, opEnd},
		[]byte{opLocalGet, 0, opRefNull, t.typ.elem, opTableSet, 0, opEnd},
	)
	m := s.helper(e.b, map[string]api.Module{"t0": t.owner})
	if s.opsOf == nil {
		s.opsOf = map[tableKey]api.Module{}
	}
	s.opsOf[key] = m
	return m
}

// tableSize is t's current length.
func (s *State) tableSize(t *tableRef) uint32 {
	return uint32(s.callHelper(s.tableOps(t), "size"))
}

// tableGrow grows t by delta slots filled with value (null or a wasm
// function) and returns the old length.
func (s *State) tableGrow(t *tableRef, delta uint32, value goja.Value) uint32 {
	old := s.callHelper(s.tableOps(t), "grow", uint64(delta))
	if int32(old) == -1 {
		panic(s.rangeError("WebAssembly.Table.grow(): failed to grow table by " + strconv.FormatUint(uint64(delta), 10)))
	}
	if value != nil && !goja.IsNull(value) && !goja.IsUndefined(value) {
		for i := uint32(0); i < delta; i++ {
			s.tableSet(t, uint32(old)+i, value, "WebAssembly.Table.grow()")
		}
	}
	return uint32(old)
}

// tableSet stores value (null or a wasm function) in slot i of t.
func (s *State) tableSet(t *tableRef, i uint32, value goja.Value, where string) {
	if size := s.tableSize(t); i >= size {
		panic(s.rangeError(where + ": invalid address " + strconv.FormatUint(uint64(i), 10) + " in " + typeName(t.typ.elem) + " table of size " + strconv.FormatUint(uint64(size), 10)))
	}
	if value == nil || goja.IsNull(value) || goja.IsUndefined(value) {
		s.callHelper(s.tableOps(t), "clear", uint64(i))
		delete(s.slots[tableKey{t.owner, t.index}], i)
		return
	}
	o := s.originOf(value)
	if o == nil || t.typ.elem != typeFuncref {
		panic(s.vm.NewTypeError(where + ": Argument 1 is invalid for table: function-typed object expected"))
	}
	var e encoder
	e.b = []byte("\x00asm\x01\x00\x00\x00")
	i32 := byte(typeI32)
	if o.table != nil {
		// move: set(dst, src) = table.set t0 (dst, table.get t1 (src))
		e.section(1, 1, func(s *encoder) { s.b = append(s.b, 0x60, 2, i32, i32, 0) })
		importTable(&e, []*tableRef{t, o.table})
		e.section(3, 1, func(s *encoder) { s.b = append(s.b, 0) })
		exportFuncs(&e, "set")
		codes(&e, []byte{opLocalGet, 0, opLocalGet, 1, opTableGet, 1, opTableSet, 0, opEnd})
		m := s.helper(e.b, map[string]api.Module{"t0": t.owner, "t1": o.table.owner})
		defer m.Close(s.ctx)
		s.callHelper(m, "set", uint64(i), uint64(o.slot))
	} else {
		// copy: set(i) = table.set t0 (i, ref.func f), with f imported
		// (and exported again, which declares it for ref.func).
		e.section(1, 2, func(s *encoder) {
			s.b = append(s.b, 0x60)
			s.uleb(uint64(len(o.typ.params)))
			s.b = append(s.b, o.typ.params...)
			s.uleb(uint64(len(o.typ.results)))
			s.b = append(s.b, o.typ.results...)
			s.b = append(s.b, 0x60, 1, i32, 0)
		})
		e.section(2, 2, func(s *encoder) {
			s.name("f")
			s.name(o.name)
			s.b = append(s.b, kindFunction, 0)
			s.name("t0")
			s.name(t.name)
			s.b = append(s.b, kindTable, t.typ.elem, 0, 0)
		})
		e.section(3, 1, func(s *encoder) { s.b = append(s.b, 1) })
		e.section(7, 2, func(s *encoder) {
			s.name("f")
			s.b = append(s.b, kindFunction, 0)
			s.name("set")
			s.b = append(s.b, kindFunction, 1)
		})
		codes(&e, []byte{opLocalGet, 0, opRefFunc, 0, opTableSet, 0, opEnd})
		m := s.helper(e.b, map[string]api.Module{"t0": t.owner, "f": o.owner})
		defer m.Close(s.ctx)
		s.callHelper(m, "set", uint64(i))
	}
	key := tableKey{t.owner, t.index}
	if s.slots == nil {
		s.slots = map[tableKey]map[uint32]goja.Value{}
	}
	if s.slots[key] == nil {
		s.slots[key] = map[uint32]goja.Value{}
	}
	s.slots[key][i] = value
}

// helper compiles and instantiates a generated module, resolving its
// import module names through owners.
func (s *State) helper(bin []byte, owners map[string]api.Module) api.Module {
	m, err := s.compile(bin)
	if err != nil {
		panic(s.vm.NewTypeError("wasm: table helper: " + err.Error()))
	}
	rt, err := s.runtime()
	if err != nil {
		panic(s.vm.NewGoError(err))
	}
	ctx := experimental.WithImportResolver(s.ctx, func(name string) api.Module { return owners[name] })
	inst, err := rt.InstantiateModule(ctx, m.cm, wazero.NewModuleConfig().WithName("").WithStartFunctions())
	if err != nil {
		panic(s.vm.NewTypeError("wasm: table helper: " + err.Error()))
	}
	return inst
}

// callHelper calls an export of a helper and returns its result (0 if none).
func (s *State) callHelper(m api.Module, name string, args ...uint64) uint64 {
	stack := make([]uint64, max(len(args), 1))
	copy(stack, args)
	if err := m.ExportedFunction(name).CallWithStack(s.ctx, stack); err != nil {
		s.rethrow(err)
	}
	return stack[0]
}

// importTable writes an import section of the tables ts, as t0, t1, ...
// (each under its export name, at least 0 slots, no maximum: any size
// matches).
func importTable(e *encoder, ts []*tableRef) {
	e.section(2, len(ts), func(s *encoder) {
		for i, t := range ts {
			s.name("t" + strconv.Itoa(i))
			s.name(t.name)
			s.b = append(s.b, kindTable, t.typ.elem, 0, 0)
		}
	})
}

// exportFuncs exports the module's functions 0, 1, ... under names.
func exportFuncs(e *encoder, names ...string) {
	e.section(7, len(names), func(s *encoder) {
		for i, n := range names {
			s.name(n)
			s.b = append(s.b, kindFunction)
			s.uleb(uint64(i))
		}
	})
}

// codes writes the code section: one body per function, no locals.
func codes(e *encoder, bodies ...[]byte) {
	e.section(10, len(bodies), func(s *encoder) {
		for _, b := range bodies {
			s.uleb(uint64(len(b) + 1))
			s.b = append(s.b, 0) // no local declarations
			s.b = append(s.b, b...)
		}
	})
}
