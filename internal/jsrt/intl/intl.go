// Package intl installs Comet's Intl into a goja runtime, which has none:
// ECMA-402's DateTimeFormat, NumberFormat, PluralRules, Collator,
// RelativeTimeFormat and ListFormat and the locale-sensitive methods of
// Date, Number, BigInt and String, printing what Node 20 prints for eight
// locales. The formatting is JavaScript (intl.js); Go holds the locale
// data, the time zone offsets from Go's tz database, and collation through
// golang.org/x/text/collate. It is its own package because it shares
// nothing with the rest of the Web platform: webapi.Enable calls Install.
//
// The locale data (intl_data.json) is generated from Node's ICU by
// intlgen/gen.mjs. It is split here once per process into one JSON string
// per locale and section ("de/dt", "de/num", ...), which intl.js parses the
// first time a formatter needs it, so a runtime that never formats a date
// pays nothing for the date patterns. The two big tables, the
// DateTimeFormat templates and the zone names, stay in Go and are looked up
// one entry at a time.
package intl

//go:generate sh -c "node intlgen/gen.mjs > intl_data.json"

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // time zones on machines without a zoneinfo database
	"unicode"

	"github.com/dop251/goja"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

//go:embed intl_data.json
var intlDataJSON []byte

//go:embed intl.js
var intlSource string

var compileIntl = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("comet:intl.js", intlSource, true)
})

// Install defines Intl and the locale-sensitive methods in vm, unless vm
// already has an Intl. Locale data is parsed on first use, not here, so
// installing costs little. Call it on the runtime's goroutine.
func Install(vm *goja.Runtime) error {
	prog, err := compileIntl()
	if err != nil {
		return fmt.Errorf("intl: compiling intl.js: %w", err)
	}
	v, err := vm.RunProgram(prog)
	if err != nil {
		return err
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return errors.New("intl: intl.js is not a function")
	}
	_, err = fn(goja.Undefined(), intlNatives(vm))
	return err
}

// intlTables is intl_data.json split for intl.js.
type intlTables struct {
	// sections maps "locale/section" and the top-level keys ("zoneList",
	// "available", ...) to JSON text. The two big maps are not in them:
	sections map[string]string
	// templates: data locale → DateTimeFormat key → template, the parent's
	// merged in;
	templates map[string]map[string]string
	// zones: lower-case zone name or alias → ICU's canonical name.
	zones map[string]string
	// zoneNames: data locale → zone → its names as JSON,
	// [[[offset, short, long], …], shortGeneric, longGeneric], with null
	// for the GMT format.
	zoneNames map[string]map[string]string
}

var intlData = sync.OnceValue(func() *intlTables {
	var top map[string]json.RawMessage
	must := func(err error) {
		if err != nil {
			panic("intl: intl_data.json: " + err.Error())
		}
	}
	must(json.Unmarshal(intlDataJSON, &top))
	d := &intlTables{sections: map[string]string{}, templates: map[string]map[string]string{}, zoneNames: map[string]map[string]string{}}
	for k, v := range top {
		if k != "locales" {
			d.sections[k] = string(v)
		}
	}
	var zoneList []string
	must(json.Unmarshal(top["zoneList"], &zoneList))
	var aliases map[string]string
	must(json.Unmarshal(top["zoneAliases"], &aliases))
	d.zones = make(map[string]string, len(zoneList)+len(aliases))
	for _, z := range zoneList {
		d.zones[strings.ToLower(z)] = z
	}
	for a, z := range aliases {
		d.zones[strings.ToLower(a)] = z
	}
	var extra []string
	must(json.Unmarshal(top["zoneExtra"], &extra))
	for _, z := range extra {
		d.zones[strings.ToLower(z)] = z
	}
	var locales map[string]map[string]json.RawMessage
	must(json.Unmarshal(top["locales"], &locales))
	type zoneData struct {
		Names []string          `json:"names"`
		Zones []json.RawMessage `json:"zones"`
	}
	zoneByLoc := map[string]zoneData{}
	var resolve func(loc string)
	resolve = func(loc string) {
		if _, done := d.templates[loc]; done {
			return
		}
		sections := locales[loc]
		var parent string
		if p, ok := sections["parent"]; ok {
			must(json.Unmarshal(p, &parent))
			resolve(parent)
		}
		// Templates: the parent's, then this locale's changes (null deletes).
		tmpl := map[string]string{}
		for k, v := range d.templates[parent] {
			tmpl[k] = v
		}
		var zd zoneData
		if parent != "" {
			zd = zoneByLoc[parent]
		}
		for name, raw := range sections {
			switch name {
			case "dt":
				var dt map[string]json.RawMessage
				must(json.Unmarshal(raw, &dt))
				if t, ok := dt["tmpl"]; ok {
					var diff map[string]*string
					must(json.Unmarshal(t, &diff))
					for k, v := range diff {
						if v == nil {
							delete(tmpl, k)
						} else {
							tmpl[k] = *v
						}
					}
					delete(dt, "tmpl")
				}
				b, err := json.Marshal(dt)
				must(err)
				d.sections[loc+"/dt"] = string(b)
			case "tz":
				var tz map[string]json.RawMessage
				must(json.Unmarshal(raw, &tz))
				if v, ok := tz["names"]; ok {
					must(json.Unmarshal(v, &zd.Names))
					delete(tz, "names")
				}
				if v, ok := tz["zones"]; ok {
					must(json.Unmarshal(v, &zd.Zones))
					delete(tz, "zones")
				}
				b, err := json.Marshal(tz)
				must(err)
				d.sections[loc+"/tz"] = string(b)
			default:
				d.sections[loc+"/"+name] = string(raw)
			}
		}
		d.templates[loc] = tmpl
		zoneByLoc[loc] = zd
		// Zone names with the pool indexes resolved.
		names := map[string]string{}
		name := func(i int) any {
			if i < 0 {
				return nil
			}
			return zd.Names[i]
		}
		for i, raw := range zd.Zones {
			var entry []json.RawMessage
			if string(raw) == "0" || json.Unmarshal(raw, &entry) != nil || len(entry) != 3 {
				continue
			}
			var specific [][3]int
			var sg, lg int
			must(json.Unmarshal(entry[0], &specific))
			must(json.Unmarshal(entry[1], &sg))
			must(json.Unmarshal(entry[2], &lg))
			out := []any{[]any{}, name(sg), name(lg)}
			for _, e := range specific {
				out[0] = append(out[0].([]any), []any{e[0], name(e[1]), name(e[2])})
			}
			b, err := json.Marshal(out)
			must(err)
			names[zoneList[i]] = string(b)
		}
		d.zoneNames[loc] = names
	}
	for loc := range locales {
		resolve(loc)
	}
	return d
})

// zones caches loaded time zones: time.LoadLocation reads and parses the
// zone file on every call.
var zones sync.Map // string → *time.Location (nil for an unknown name)

func loadZone(name string) *time.Location {
	if name == "" {
		return time.Local
	}
	if v, ok := zones.Load(name); ok {
		return v.(*time.Location)
	}
	loc, err := time.LoadLocation(name)
	if err != nil || name == "Local" {
		loc = nil
	}
	zones.Store(name, loc)
	return loc
}

// localZoneName is the IANA name of the machine's zone, as Node reports it
// in resolvedOptions().timeZone: $TZ, else the /etc/localtime link, else
// /etc/timezone, else UTC when the local offset is zero.
var localZoneName = sync.OnceValue(func() string {
	if tz, ok := os.LookupEnv("TZ"); ok {
		tz = strings.TrimPrefix(tz, ":")
		if i := strings.Index(tz, "zoneinfo/"); i >= 0 {
			tz = tz[i+len("zoneinfo/"):]
		}
		if tz == "" {
			return "UTC"
		}
		if loadZone(tz) != nil {
			return tz
		}
	}
	if target, err := filepath.EvalSymlinks("/etc/localtime"); err == nil {
		if i := strings.Index(target, "zoneinfo/"); i >= 0 && loadZone(target[i+len("zoneinfo/"):]) != nil {
			return target[i+len("zoneinfo/"):]
		}
	}
	if b, err := os.ReadFile("/etc/timezone"); err == nil {
		if tz := strings.TrimSpace(string(b)); tz != "" && loadZone(tz) != nil {
			return tz
		}
	}
	if _, off := time.Now().Zone(); off == 0 {
		return "UTC"
	}
	return time.Local.String()
})

// intlNatives is the object intl.js receives as its argument.
func intlNatives(vm *goja.Runtime) *goja.Object {
	n := vm.NewObject()
	n.Set("segment", segmentNative(vm))
	n.Set("data", func(key string) goja.Value {
		if s, ok := intlData().sections[key]; ok {
			return vm.ToValue(s)
		}
		return goja.Undefined()
	})
	// canonZone is ICU's name for a zone (or alias) Go's tz database also
	// has, or undefined.
	n.Set("canonZone", func(name string) goja.Value {
		if z, ok := intlData().zones[strings.ToLower(name)]; ok && loadZone(z) != nil {
			return vm.ToValue(z)
		}
		return goja.Undefined()
	})
	// dtTemplate is a data locale's DateTimeFormat template for a key.
	n.Set("dtTemplate", func(loc, key string) goja.Value {
		if t, ok := intlData().templates[loc][key]; ok {
			return vm.ToValue(t)
		}
		return goja.Undefined()
	})
	// zoneNames is a zone's names in a data locale (JSON) or undefined.
	n.Set("zoneNames", func(loc, zone string) goja.Value {
		if t, ok := intlData().zoneNames[loc][zone]; ok {
			return vm.ToValue(t)
		}
		return goja.Undefined()
	})
	// tzPeriod is [offset in minutes, start, end, isDST]: the zone's offset
	// at ms, the span of time (ms, end exclusive) it holds for and whether
	// it is daylight saving time.
	n.Set("tzPeriod", func(call goja.FunctionCall) goja.Value {
		loc := loadZone(call.Argument(0).String())
		if loc == nil {
			loc = time.UTC
		}
		ms := call.Argument(1).ToFloat()
		t := time.UnixMilli(int64(math.Floor(ms))).In(loc)
		_, off := t.Zone()
		lo, hi := math.Inf(-1), math.Inf(1)
		if start, end := t.ZoneBounds(); !start.IsZero() || !end.IsZero() {
			if !start.IsZero() {
				lo = float64(start.UnixMilli())
			}
			if !end.IsZero() {
				hi = float64(end.UnixMilli())
			}
		}
		return vm.NewArray(off/60, lo, hi, t.IsDST())
	})
	n.Set("localZone", func() string { return localZoneName() })
	// hasCollation tells whether x/text has a collation type (-u-co-) for
	// a tag, as de-u-co-phonebk.
	n.Set("hasCollation", func(tag, co string) bool {
		t, err := language.Parse(tag + "-u-co-" + co)
		if err != nil {
			return false
		}
		for _, s := range collate.Supported() {
			if s == t {
				return true
			}
		}
		return false
	})
	// collator returns a compare(a, b) function. Collators are not safe for
	// concurrent use; each runtime makes its own and runs on one goroutine.
	n.Set("collator", func(tag, sensitivity string, numeric bool, caseFirst string, ignorePunctuation bool) goja.Value {
		return vm.ToValue(newCompare(vm, tag, sensitivity, numeric, caseFirst, ignorePunctuation))
	})
	return n
}

// newCompare builds ICU-like comparison on x/text's CLDR collation tables
// (tag may carry -u-co-, e.g. de-u-co-phonebk): sensitivity base (primary
// strength), accent (secondary), case (primary plus case: compared without
// combining marks), variant (tertiary, the default); numeric; caseFirst
// upper (upper case first where strings differ only in case);
// ignorePunctuation (alternate shifted).
func newCompare(vm *goja.Runtime, tag, sensitivity string, numeric bool, caseFirst string, ignorePunctuation bool) func(goja.FunctionCall) goja.Value {
	t, err := language.Parse(tag)
	if err != nil {
		t = language.English
	}
	if ignorePunctuation {
		if shifted, err := t.SetTypeForKey("ka", "shifted"); err == nil {
			t = shifted
		}
	}
	// x/text has Canadian French's tailoring but not its backwards accent
	// ordering (ICU: côte < coté).
	if base, _ := t.Base(); base.String() == "fr" {
		if region, _ := t.Region(); region.String() == "CA" {
			if kb, err := t.SetTypeForKey("kb", "true"); err == nil {
				t = kb
			}
		}
	}
	opts := []collate.Option{collate.OptionsFromTag(t)}
	if numeric {
		opts = append(opts, collate.Numeric)
	}
	switch sensitivity {
	case "base":
		opts = append(opts, collate.Loose)
	case "accent":
		opts = append(opts, collate.IgnoreCase, collate.IgnoreWidth)
	case "case":
		opts = append(opts, collate.IgnoreDiacritics)
	}
	c := collate.New(t, opts...)
	var secondary *collate.Collator
	if caseFirst == "upper" && (sensitivity == "variant" || sensitivity == "case") {
		secondary = collate.New(t, append(opts, collate.IgnoreCase)...)
	}
	return func(call goja.FunctionCall) goja.Value {
		a := norm.NFD.String(call.Argument(0).String())
		b := norm.NFD.String(call.Argument(1).String())
		if sensitivity == "case" {
			a, b = stripMarks(a), stripMarks(b)
		}
		r := c.CompareString(a, b)
		if secondary != nil && r != 0 && secondary.CompareString(a, b) == 0 {
			r = -r // the strings differ only in case: upper case first
		}
		return vm.ToValue(r)
	}
}

// stripMarks drops combining marks (after NFD) for sensitivity "case".
func stripMarks(s string) string {
	if isASCII(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
