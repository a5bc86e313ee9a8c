package wasm

// The JS API describes a module in terms wazero's public API does not give:
// the kinds of every import and export (tables and globals too), function
// types by index, and which function an element segment puts in which table
// slot (WebAssembly.Table.prototype.get needs the signature to look a
// function up). This file reads those from the binary — only the sections
// that describe, never code — and writes the few tiny modules the API needs
// to create (a Memory, Global or Table made in JS, and the proxies that join
// JS-made values into one import module).

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/tetratelabs/wazero/api"
)

// Value types of the binary format.
const (
	typeI32       = 0x7f
	typeI64       = 0x7e
	typeF32       = 0x7d
	typeF64       = 0x7c
	typeV128      = 0x7b
	typeFuncref   = 0x70
	typeExternref = 0x6f
)

// Extern kinds.
const (
	kindFunction = 0
	kindTable    = 1
	kindMemory   = 2
	kindGlobal   = 3
	kindTag      = 4
)

var kindNames = [...]string{"function", "table", "memory", "global", "tag"}

type funcType struct {
	params, results []byte
}

type limits struct {
	min    uint64
	max    uint64
	hasMax bool
	flags  byte
}

type tableType struct {
	elem byte
	lim  limits
}

type globalType struct {
	val     byte
	mutable bool
}

// extern is one import or export with its type.
type extern struct {
	module, name string
	kind         byte
	index        uint32 // export: index in its space; import: type index for functions
	table        tableType
	mem          limits
	global       globalType
}

// info is what the JS API needs to know about a module.
type info struct {
	types     []funcType
	imports   []extern
	exports   []extern
	funcTypes []uint32 // type index of every function (imports first)
	tables    []tableType
	// elems maps table index → slot → function index, from active element
	// segments with constant offsets.
	elems  map[uint32]map[uint32]uint32
	custom []customSection
}

type customSection struct {
	name string
	data []byte
}

var errShort = errors.New("unexpected end")

type reader struct {
	b   []byte
	pos int
}

func (r *reader) byte() (byte, error) {
	if r.pos >= len(r.b) {
		return 0, errShort
	}
	c := r.b[r.pos]
	r.pos++
	return c, nil
}

func (r *reader) uleb() (uint64, error) {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v, nil
		}
	}
	return 0, errors.New("integer too long")
}

func (r *reader) u32() (uint32, error) {
	v, err := r.uleb()
	if v > math.MaxUint32 {
		return 0, errors.New("integer too large")
	}
	return uint32(v), err
}

func (r *reader) sleb() (int64, error) {
	var v int64
	var shift uint
	for {
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v, nil
		}
		if shift >= 70 {
			return 0, errors.New("integer too long")
		}
	}
}

func (r *reader) bytes(n uint64) ([]byte, error) {
	if uint64(len(r.b)-r.pos) < n {
		return nil, errShort
	}
	b := r.b[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return b, nil
}

func (r *reader) name() (string, error) {
	n, err := r.uleb()
	if err != nil {
		return "", err
	}
	b, err := r.bytes(n)
	return string(b), err
}

func (r *reader) limits() (limits, error) {
	var l limits
	f, err := r.byte()
	if err != nil {
		return l, err
	}
	l.flags = f
	if l.min, err = r.uleb(); err != nil {
		return l, err
	}
	if f&1 != 0 {
		l.hasMax = true
		l.max, err = r.uleb()
	}
	return l, err
}

func (r *reader) tableType() (tableType, error) {
	e, err := r.byte()
	if err != nil {
		return tableType{}, err
	}
	l, err := r.limits()
	return tableType{elem: e, lim: l}, err
}

func (r *reader) globalType() (globalType, error) {
	v, err := r.byte()
	if err != nil {
		return globalType{}, err
	}
	m, err := r.byte()
	return globalType{val: v, mutable: m == 1}, err
}

// constExpr reads a constant expression; it returns the i32 constant or the
// function index of ref.func it holds (ok false for anything else).
func (r *reader) constExpr() (v int64, ok bool, err error) {
	n := 0
	for {
		op, err := r.byte()
		if err != nil {
			return 0, false, err
		}
		switch op {
		case 0x0b: // end
			return v, ok && n == 1, nil
		case 0x41, 0x42: // i32.const, i64.const
			v, err = r.sleb()
			ok = true
		case 0x43:
			_, err = r.bytes(4)
		case 0x44:
			_, err = r.bytes(8)
		case 0x23: // global.get
			_, err = r.uleb()
		case 0xd0: // ref.null
			_, err = r.byte()
		case 0xd2: // ref.func
			var i uint64
			i, err = r.uleb()
			v, ok = int64(i), true
		case 0x6a, 0x6b, 0x6c, 0x7c, 0x7d, 0x7e: // extended constant arithmetic
		case 0xfd: // v128.const
			if _, err = r.uleb(); err == nil {
				_, err = r.bytes(16)
			}
		default:
			return 0, false, fmt.Errorf("unexpected opcode 0x%x in a constant expression", op)
		}
		if err != nil {
			return 0, false, err
		}
		n++
	}
}

// parse reads the describing sections of a module binary. wazero validates
// the module; parse only needs to not be fooled.
func parse(b []byte) (*info, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("expected magic word 00 61 73 6d")
	}
	if binary.LittleEndian.Uint32(b[4:8]) != 1 {
		return nil, errors.New("expected version 01 00 00 00")
	}
	m := &info{elems: map[uint32]map[uint32]uint32{}}
	r := &reader{b: b, pos: 8}
	var nFuncImports int
	for r.pos < len(b) {
		id, err := r.byte()
		if err != nil {
			return nil, err
		}
		size, err := r.uleb()
		if err != nil {
			return nil, err
		}
		body, err := r.bytes(size)
		if err != nil {
			return nil, fmt.Errorf("section %d: %w", id, err)
		}
		s := &reader{b: body}
		if err := m.section(id, s, &nFuncImports); err != nil {
			return nil, fmt.Errorf("section %d: %w", id, err)
		}
	}
	return m, nil
}

func (m *info) section(id byte, s *reader, nFuncImports *int) error {
	if id == 0 {
		name, err := s.name()
		if err != nil {
			return err
		}
		m.custom = append(m.custom, customSection{name: name, data: s.b[s.pos:]})
		return nil
	}
	if id > 13 {
		return nil
	}
	count, err := s.u32()
	if err != nil {
		return err
	}
	for i := uint32(0); i < count; i++ {
		switch id {
		case 1: // type
			if f, err := s.byte(); err != nil || f != 0x60 {
				return errors.New("bad function type")
			}
			var t funcType
			for _, dst := range []*[]byte{&t.params, &t.results} {
				n, err := s.uleb()
				if err != nil {
					return err
				}
				vs, err := s.bytes(n)
				if err != nil {
					return err
				}
				*dst = vs
			}
			m.types = append(m.types, t)
		case 2: // import
			var e extern
			if e.module, err = s.name(); err != nil {
				return err
			}
			if e.name, err = s.name(); err != nil {
				return err
			}
			if e.kind, err = s.byte(); err != nil {
				return err
			}
			switch e.kind {
			case kindFunction:
				e.index, err = s.u32()
				m.funcTypes = append(m.funcTypes, e.index)
				*nFuncImports++
			case kindTable:
				e.table, err = s.tableType()
				m.tables = append(m.tables, e.table)
			case kindMemory:
				e.mem, err = s.limits()
			case kindGlobal:
				e.global, err = s.globalType()
			case kindTag:
				if _, err = s.byte(); err == nil {
					_, err = s.uleb()
				}
			default:
				return fmt.Errorf("unknown import kind %d", e.kind)
			}
			if err != nil {
				return err
			}
			m.imports = append(m.imports, e)
		case 3: // function
			t, err := s.u32()
			if err != nil {
				return err
			}
			m.funcTypes = append(m.funcTypes, t)
		case 4: // table
			t, err := s.tableType()
			if err != nil {
				return err
			}
			m.tables = append(m.tables, t)
		case 7: // export
			var e extern
			if e.name, err = s.name(); err != nil {
				return err
			}
			if e.kind, err = s.byte(); err != nil {
				return err
			}
			if e.index, err = s.u32(); err != nil {
				return err
			}
			m.exports = append(m.exports, e)
		case 9: // element
			if err := m.element(s); err != nil {
				return err
			}
		default:
			return nil // the rest of the section is not needed
		}
	}
	return nil
}

// element reads one element segment, recording active ones at constant
// offsets.
func (m *info) element(s *reader) error {
	flags, err := s.u32()
	if err != nil {
		return err
	}
	var table uint32
	offset, constant, active := int64(0), false, flags&1 == 0
	if flags&2 != 0 && active {
		if table, err = s.u32(); err != nil {
			return err
		}
	}
	if active {
		if offset, constant, err = s.constExpr(); err != nil {
			return err
		}
	}
	if flags&3 != 0 { // elemkind or reftype
		if _, err := s.byte(); err != nil {
			return err
		}
	}
	n, err := s.u32()
	if err != nil {
		return err
	}
	slots := m.elems[table]
	if slots == nil && active && constant {
		slots = map[uint32]uint32{}
		m.elems[table] = slots
	}
	for j := uint32(0); j < n; j++ {
		var fn int64
		ok := true
		if flags&4 != 0 {
			if fn, ok, err = s.constExpr(); err != nil {
				return err
			}
		} else {
			var f uint32
			f, err = s.u32()
			fn = int64(f)
			if err != nil {
				return err
			}
		}
		if active && constant && ok {
			slots[uint32(offset)+j] = uint32(fn)
		}
	}
	return nil
}

// funcTypeOf returns the type of function idx.
func (m *info) funcTypeOf(idx uint32) (funcType, bool) {
	if int(idx) >= len(m.funcTypes) || int(m.funcTypes[idx]) >= len(m.types) {
		return funcType{}, false
	}
	return m.types[m.funcTypes[idx]], true
}

func apiTypes(vs []byte) []api.ValueType {
	out := make([]api.ValueType, len(vs))
	for i, v := range vs {
		out[i] = api.ValueType(v)
	}
	return out
}

// encoder writes module binaries.
type encoder struct{ b []byte }

func (e *encoder) uleb(v uint64) {
	e.b = binary.AppendUvarint(e.b, v)
}

func (e *encoder) sleb(v int64) {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			e.b = append(e.b, c)
			return
		}
		e.b = append(e.b, c|0x80)
	}
}

func (e *encoder) name(s string) {
	e.uleb(uint64(len(s)))
	e.b = append(e.b, s...)
}

func (e *encoder) limits(l limits) {
	f := l.flags &^ 1
	if l.hasMax {
		f |= 1
	}
	e.b = append(e.b, f)
	e.uleb(l.min)
	if l.hasMax {
		e.uleb(l.max)
	}
}

// section appends a section with count entries written by body.
func (e *encoder) section(id byte, count int, body func(*encoder)) {
	if count == 0 {
		return
	}
	var s encoder
	s.uleb(uint64(count))
	body(&s)
	e.b = append(e.b, id)
	e.uleb(uint64(len(s.b)))
	e.b = append(e.b, s.b...)
}

// module writes a module that imports imps (functions by type index into
// types) and defines one memory, table or global (def, exported as defName).
func encodeModule(types []funcType, imps []extern, def *extern, init uint64, exps []extern) []byte {
	e := &encoder{b: []byte("\x00asm\x01\x00\x00\x00")}
	e.section(1, len(types), func(s *encoder) {
		for _, t := range types {
			s.b = append(s.b, 0x60)
			s.uleb(uint64(len(t.params)))
			s.b = append(s.b, t.params...)
			s.uleb(uint64(len(t.results)))
			s.b = append(s.b, t.results...)
		}
	})
	e.section(2, len(imps), func(s *encoder) {
		for _, im := range imps {
			s.name(im.module)
			s.name(im.name)
			s.b = append(s.b, im.kind)
			writeExternType(s, im)
		}
	})
	if def != nil {
		switch def.kind {
		case kindTable:
			e.section(4, 1, func(s *encoder) { writeExternType(s, *def) })
		case kindMemory:
			e.section(5, 1, func(s *encoder) { writeExternType(s, *def) })
		case kindGlobal:
			e.section(6, 1, func(s *encoder) {
				writeExternType(s, *def)
				switch def.global.val {
				case typeI32:
					s.b = append(s.b, 0x41)
					s.sleb(int64(int32(uint32(init))))
				case typeI64:
					s.b = append(s.b, 0x42)
					s.sleb(int64(init))
				case typeF32:
					s.b = append(s.b, 0x43)
					s.b = binary.LittleEndian.AppendUint32(s.b, uint32(init))
				case typeF64:
					s.b = append(s.b, 0x44)
					s.b = binary.LittleEndian.AppendUint64(s.b, init)
				default: // references start null
					s.b = append(s.b, 0xd0, def.global.val)
				}
				s.b = append(s.b, 0x0b)
			})
		}
	}
	e.section(7, len(exps), func(s *encoder) {
		for _, ex := range exps {
			s.name(ex.name)
			s.b = append(s.b, ex.kind)
			s.uleb(uint64(ex.index))
		}
	})
	return e.b
}

func writeExternType(s *encoder, x extern) {
	switch x.kind {
	case kindFunction:
		s.uleb(uint64(x.index))
	case kindTable:
		s.b = append(s.b, x.table.elem)
		s.limits(x.table.lim)
	case kindMemory:
		s.limits(x.mem)
	case kindGlobal:
		s.b = append(s.b, x.global.val)
		if x.global.mutable {
			s.b = append(s.b, 1)
		} else {
			s.b = append(s.b, 0)
		}
	}
}
