package content

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"time"
)

// Data handed to JavaScript is written as JSON text, which JS parses with a
// reviver (content.js): JSON.parse keeps key order and JS's own rules for
// integer-like keys, so objects come out as js-yaml or JSON.parse would build
// them. The one thing JSON lacks is a date; a date is written as an object
// with the single key dateKey, which the reviver turns into a Date.
const dateKey = "\u0000date"

// object is a mapping whose keys keep their source order.
type object struct {
	keys []string
	vals map[string]any
}

func newObject() *object { return &object{vals: map[string]any{}} }

// set adds or replaces key; a replaced key keeps its first position, as
// assigning to a JS object property does.
func (o *object) set(k string, v any) {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
}

func (o *object) has(k string) bool { _, ok := o.vals[k]; return ok }

// encode writes v as JSON: *object, []any, string, float64, int64, bool,
// nil, time.Time and json.RawMessage.
func encode(buf *bytes.Buffer, v any) {
	switch x := v.(type) {
	case nil:
		buf.WriteString("null")
	case bool:
		buf.WriteString(strconv.FormatBool(x))
	case string:
		writeString(buf, x)
	case int64:
		buf.WriteString(strconv.FormatInt(x, 10))
	case float64:
		switch {
		case math.IsNaN(x):
			buf.WriteString(`{"\u0000num":"NaN"}`)
		case math.IsInf(x, 1):
			buf.WriteString(`{"\u0000num":"Infinity"}`)
		case math.IsInf(x, -1):
			buf.WriteString(`{"\u0000num":"-Infinity"}`)
		default:
			buf.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
		}
	case time.Time:
		buf.WriteString(`{"\u0000date":`)
		buf.WriteString(strconv.FormatInt(x.UnixMilli(), 10))
		buf.WriteByte('}')
	case json.RawMessage:
		buf.Write(x)
	case []any:
		buf.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				buf.WriteByte(',')
			}
			encode(buf, e)
		}
		buf.WriteByte(']')
	case *object:
		buf.WriteByte('{')
		for i, k := range x.keys {
			if i > 0 {
				buf.WriteByte(',')
			}
			writeString(buf, k)
			buf.WriteByte(':')
			encode(buf, x.vals[k])
		}
		buf.WriteByte('}')
	default:
		b, _ := json.Marshal(x)
		buf.Write(b)
	}
}

func writeString(buf *bytes.Buffer, s string) {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	buf.Truncate(buf.Len() - 1) // Encode's newline
}
