package intl_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// evalWrapper turns one expression into the text both engines print: its
// JSON, or "throws Name: message".
const evalWrapper = `(src) => { try { const v = (0, eval)(src); return v === undefined ? 'undefined' : JSON.stringify(v) } catch (e) { return 'throws ' + e.name + ': ' + e.message } }`

// cometResults evaluates exprs in one Comet runtime.
func cometResults(t testing.TB, exprs []string) []string {
	t.Helper()
	e := newEnv(t)
	var out []string
	for len(exprs) > 0 {
		n := min(len(exprs), 1000)
		src, _ := json.Marshal(exprs[:n])
		exprs = exprs[n:]
		got, err := e.eval(`const run = ` + evalWrapper + `; return JSON.stringify(` + string(src) + `.map(run))`)
		if err != nil {
			t.Fatal(err)
		}
		var part []string
		if err := json.Unmarshal([]byte(got), &part); err != nil {
			t.Fatal(err)
		}
		out = append(out, part...)
	}
	return out
}

// nodeResults evaluates exprs with the node on PATH, in the time zone
// Comet resolves as local; it skips the test when there is no node.
func nodeResults(t testing.TB, exprs []string, zone string) []string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH: skipping the comparison with Node's ICU")
	}
	src, _ := json.Marshal(exprs)
	script := `const run = ` + evalWrapper + `; process.stdout.write(JSON.stringify(` + string(src) + `.map(run)))`
	cmd := exec.Command(node, "-")
	cmd.Stdin = strings.NewReader(script)
	cmd.Env = append(os.Environ(), "TZ="+zone)
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var out []string
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func nodeVersion(t testing.TB) string {
	b, err := exec.Command("node", "-p", "process.version + ' ICU ' + process.versions.icu").Output()
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(b))
}

// compareWithNode runs exprs in both engines and reports every difference.
func compareWithNode(t *testing.T, exprs []string) {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not on PATH: skipping the comparison with Node's ICU")
	}
	got := cometResults(t, exprs)
	zone := strings.Trim(got[0], `"`)
	want := nodeResults(t, exprs, zone)
	bad := 0
	for i := range exprs {
		if got[i] != want[i] {
			bad++
			if bad <= 40 {
				t.Errorf("%s\ncomet %+q\nnode  %+q", exprs[i], got[i], want[i])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d expressions differ from %s", bad, len(exprs), nodeVersion(t))
	}
}

// TestIntlMatchesNode compares Comet's Intl with the node on PATH (Node 20,
// full ICU) on every locale with data and every API, so a change in either
// shows up here. The first expression tells node which zone is local.
func TestIntlMatchesNode(t *testing.T) {
	compareWithNode(t, intlNodeExprs())
}

// TestIntlMatchesNodeExhaustive formats every DateTimeFormat option
// combination and many numbers in every locale; it is slow, so it runs only
// with COMET_INTL_EXHAUSTIVE=1 (after regenerating intl_data.json).
func TestIntlMatchesNodeExhaustive(t *testing.T) {
	if os.Getenv("COMET_INTL_EXHAUSTIVE") == "" {
		t.Skip("set COMET_INTL_EXHAUSTIVE=1 to compare every option combination with node")
	}
	compareWithNode(t, intlExhaustiveExprs())
}

var intlTestLocales = []string{"en", "en-US", "en-GB", "de", "de-DE", "fr", "es", "ja", "zh", "zh-CN"}

func intlNodeExprs() []string {
	ex := []string{`Intl.DateTimeFormat().resolvedOptions().timeZone`}
	add := func(format string, args ...any) { ex = append(ex, fmt.Sprintf(format, args...)) }
	dates := []string{
		`Date.UTC(2024, 0, 2, 15, 4, 5, 67)`,
		`Date.UTC(2023, 11, 31, 0, 0, 9)`,
		`Date.UTC(2024, 6, 14, 12, 30)`,
		`Date.UTC(1999, 8, 5, 23, 59, 59)`,
	}
	zones := []string{"UTC", "America/New_York", "Europe/Berlin", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "Europe/London", "America/Los_Angeles", "Asia/Shanghai", "Europe/Paris"}
	for _, l := range intlTestLocales {
		for i, d := range dates {
			z := zones[i%len(zones)]
			for _, ds := range []string{"full", "long", "medium", "short"} {
				add(`new Intl.DateTimeFormat(%q, {dateStyle: %q, timeZone: %q}).format(%s)`, l, ds, z, d)
				add(`new Intl.DateTimeFormat(%q, {timeStyle: %q, timeZone: %q}).format(%s)`, l, ds, zones[(i+3)%len(zones)], d)
				add(`new Intl.DateTimeFormat(%q, {dateStyle: %q, timeStyle: %q, timeZone: %q}).format(%s)`, l, ds, ds, zones[(i+5)%len(zones)], d)
			}
			add(`new Date(%s).toLocaleString(%q, {timeZone: %q})`, d, l, z)
			add(`new Date(%s).toLocaleDateString(%q, {timeZone: %q})`, d, l, z)
			add(`new Date(%s).toLocaleTimeString(%q, {timeZone: %q})`, d, l, z)
			add(`new Date(%s).toLocaleString(%q, {timeZone: %q, hour12: false})`, d, l, zones[(i+1)%len(zones)])
			add(`new Date(%s).toLocaleTimeString(%q, {timeZone: %q, hour12: true})`, d, l, zones[(i+2)%len(zones)])
			add(`new Date(%s).toLocaleTimeString(%q, {timeZone: %q, hourCycle: 'h23', hour: '2-digit', minute: '2-digit'})`, d, l, z)
			add(`new Date(%s).toLocaleDateString(%q, {timeZone: %q, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric'})`, d, l, z)
			add(`new Date(%s).toLocaleDateString(%q, {timeZone: %q, month: 'short', day: 'numeric'})`, d, l, z)
			add(`new Date(%s).toLocaleDateString(%q, {timeZone: %q, year: 'numeric', month: '2-digit', day: '2-digit'})`, d, l, z)
			add(`new Date(%s).toLocaleDateString(%q, {timeZone: %q, month: 'long', year: 'numeric'})`, d, l, z)
			add(`new Date(%s).toLocaleDateString(%q, {timeZone: %q, weekday: 'short'})`, d, l, z)
			add(`new Date(%s).toLocaleString(%q, {timeZone: %q, timeZoneName: 'short'})`, d, l, zones[(i+4)%len(zones)])
			add(`new Date(%s).toLocaleString(%q, {timeZone: %q, timeZoneName: 'long', hour: 'numeric', minute: 'numeric'})`, d, l, zones[(i+6)%len(zones)])
			add(`new Date(%s).toLocaleString(%q, {timeZone: %q, timeZoneName: 'shortOffset'})`, d, l, zones[(i+7)%len(zones)])
			add(`new Date(%s).toLocaleString(%q, {timeZone: %q, timeZoneName: 'longOffset', hour: 'numeric'})`, d, l, zones[(i+8)%len(zones)])
			add(`new Intl.DateTimeFormat(%q, {timeZone: %q, hour: 'numeric', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3}).format(%s)`, l, z, d)
			add(`new Intl.DateTimeFormat(%q, {timeZone: %q, weekday: 'long', hour: 'numeric', minute: 'numeric'}).format(%s)`, l, z, d)
			add(`new Intl.DateTimeFormat(%q, {timeZone: %q, month: 'long', day: 'numeric', hour: 'numeric'}).format(%s)`, l, z, d)
			add(`new Intl.DateTimeFormat(%q, {timeZone: %q, year: '2-digit', month: 'narrow', day: '2-digit'}).format(%s)`, l, z, d)
		}
		add(`new Intl.DateTimeFormat(%q, {timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short'}).formatToParts(Date.UTC(2024, 0, 2, 15, 4, 5))`, l)
		add(`new Intl.DateTimeFormat(%q, {timeZone: 'Asia/Tokyo', weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short'}).formatToParts(Date.UTC(2024, 0, 2, 15, 4, 5))`, l)
		add(`new Intl.DateTimeFormat(%q, {timeZone: 'America/New_York'}).resolvedOptions()`, l)
		add(`new Intl.DateTimeFormat(%q, {timeZone: 'utc', hour: 'numeric', minute: 'numeric'}).resolvedOptions()`, l)
		add(`new Intl.DateTimeFormat(%q, {timeZone: 'Asia/Kolkata', hour12: true, hour: '2-digit', weekday: 'long', month: 'long', day: 'numeric', timeZoneName: 'long'}).resolvedOptions()`, l)
		add(`new Intl.DateTimeFormat(%q, {dateStyle: 'medium', timeStyle: 'medium', hour12: false}).resolvedOptions()`, l)
		add(`new Intl.DateTimeFormat(%q, {timeZone: 'UTC', dateStyle: 'short', timeStyle: 'short'}).formatRange(Date.UTC(2024, 0, 2), Date.UTC(2025, 5, 7))`, l)
		add(`new Intl.DateTimeFormat(%q, {timeZone: 'UTC', dateStyle: 'short', timeStyle: 'short'}).formatRangeToParts(Date.UTC(2024, 0, 2), Date.UTC(2025, 5, 7))`, l)

		nums := []string{"0", "-0", "1", "-1", "1.5", "1234.5", "-1234567.891", "0.000123", "1e21", "123456789.987654321", "999999.9999", "0.5", "2.5", "1000000", "12345n", "'9876543210.0123456789'"}
		for _, n := range nums {
			add(`new Intl.NumberFormat(%q).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {style: 'percent', maximumFractionDigits: 1}).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {notation: 'compact'}).format(%s)`, l, n)
		}
		for _, n := range []string{"1234.5", "-1234.5", "0", "1", "1000000"} {
			for _, c := range []string{"EUR", "USD", "JPY", "GBP", "CHF", "CNY"} {
				add(`new Intl.NumberFormat(%q, {style: 'currency', currency: %q}).format(%s)`, l, c, n)
				add(`new Intl.NumberFormat(%q, {style: 'currency', currency: %q, currencyDisplay: 'code'}).format(%s)`, l, c, n)
			}
			add(`new Intl.NumberFormat(%q, {style: 'currency', currency: 'USD', currencyDisplay: 'name'}).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol'}).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {style: 'currency', currency: 'EUR', currencySign: 'accounting'}).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {notation: 'compact', compactDisplay: 'long'}).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {style: 'unit', unit: 'kilometer-per-hour'}).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {style: 'unit', unit: 'liter', unitDisplay: 'long'}).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {style: 'unit', unit: 'megabyte', unitDisplay: 'narrow'}).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {notation: 'scientific'}).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {notation: 'engineering'}).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {maximumSignificantDigits: 3}).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {useGrouping: false, minimumIntegerDigits: 3}).format(%s)`, l, n)
			add(`new Intl.NumberFormat(%q, {signDisplay: 'exceptZero'}).format(%s)`, l, n)
		}
		add(`new Intl.NumberFormat(%q, {style: 'currency', currency: 'EUR'}).formatToParts(-1234.5)`, l)
		add(`new Intl.NumberFormat(%q, {style: 'percent'}).formatToParts(0.256)`, l)
		add(`new Intl.NumberFormat(%q, {style: 'currency', currency: 'USD'}).resolvedOptions()`, l)
		add(`new Intl.NumberFormat(%q, {notation: 'compact'}).resolvedOptions()`, l)
		add(`new Intl.NumberFormat(%q).formatRange(3, 5)`, l)
		add(`new Intl.NumberFormat(%q, {style: 'currency', currency: 'EUR'}).formatRange(3, 5)`, l)
		add(`(1234.5).toLocaleString(%q)`, l)
		add(`(0.256).toLocaleString(%q, {style: 'percent'})`, l)

		for _, typ := range []string{"cardinal", "ordinal"} {
			add(`[0, 1, 2, 3, 4, 5, 11, 12, 13, 21, 22, 23, 101, 1000000, 1.5, 0.5, 1.0].map((n) => new Intl.PluralRules(%q, {type: %q}).select(n))`, l, typ)
			add(`new Intl.PluralRules(%q, {type: %q}).resolvedOptions()`, l, typ)
		}
		add(`new Intl.PluralRules(%q, {minimumFractionDigits: 1}).select(1)`, l)
		for _, style := range []string{"long", "short", "narrow"} {
			for _, numeric := range []string{"always", "auto"} {
				add(`(() => { const r = new Intl.RelativeTimeFormat(%q, {style: %q, numeric: %q}); return ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'].flatMap((u) => [-2, -1, 0, 1, 2, 3, -5, 1.5, -1234].map((v) => r.format(v, u))) })()`, l, style, numeric)
			}
		}
		add(`new Intl.RelativeTimeFormat(%q, {numeric: 'auto'}).formatToParts(-3, 'days')`, l)
		add(`new Intl.RelativeTimeFormat(%q).resolvedOptions()`, l)
		for _, typ := range []string{"conjunction", "disjunction", "unit"} {
			for _, style := range []string{"long", "short", "narrow"} {
				add(`(() => { const f = new Intl.ListFormat(%q, {type: %q, style: %q}); return [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e']].map((x) => f.format(x)) })()`, l, typ, style)
			}
		}
		add(`new Intl.ListFormat(%q).formatToParts(['x', 'y', 'z'])`, l)
		add(`['b', 'a', 'ä', 'z', 'Z', 'é', 'e', 'E', 'ñ', 'n', 'o', 'ch', 'c', 'd', 'ß', 'ss', 'Äpfel', 'apfel', 'Zebra'].sort(new Intl.Collator(%q).compare)`, l)
		add(`['a', 'A', 'á', 'b'].map((x) => ['a', 'A', 'á', 'b'].map((y) => new Intl.Collator(%q, {sensitivity: 'base'}).compare(x, y)))`, l)
		add(`['a', 'A', 'á', 'b'].map((x) => ['a', 'A', 'á', 'b'].map((y) => new Intl.Collator(%q, {sensitivity: 'accent'}).compare(x, y)))`, l)
		add(`['item10', 'item2', 'item1', 'Item3'].sort(new Intl.Collator(%q, {numeric: true}).compare)`, l)
		add(`new Intl.Collator(%q).resolvedOptions()`, l)
		add(`'résumé'.localeCompare('resume', %q)`, l)
	}
	add(`Intl.getCanonicalLocales(['EN-us', 'zh-hans-cn', 'de-DE-u-co-phonebk', 'en-u-kn-true', 'iw'])`)
	add(`Intl.DateTimeFormat.supportedLocalesOf(['xx', 'de-AT', 'fr', 'zh-Hans-CN'])`)
	add(`new Intl.DateTimeFormat('xx').resolvedOptions().locale`)
	add(`new Intl.NumberFormat(['tlh', 'de-DE-1996']).resolvedOptions().locale`)
	add(`new Date(Date.UTC(2024, 0, 2, 15, 4, 5)).toLocaleString('en-US-u-hc-h23', {timeZone: 'UTC'})`)
	add(`new Date(NaN).toLocaleString('de')`)
	add(`'a'.localeCompare('B')`)
	add(`['b', 'a', 'C'].sort((x, y) => x.localeCompare(y))`)
	add(`['a10', 'a2'].sort((x, y) => x.localeCompare(y, undefined, {numeric: true}))`)
	add(`new Intl.ListFormat('es').format(['agua', 'hielo', 'iglesia'])`)
	add(`new Intl.ListFormat('es', {type: 'disjunction'}).format(['siete', 'ocho'])`)
	// Edge cases: canonicalization, extensions, zones, rounding, notations,
	// units, ranges, collation.
	ex = append(ex, []string{
		`Intl.getCanonicalLocales(['tl', 'sh', 'cmn', 'no', 'en-US-u-ca-gregory-nu-latn', 'EN-latn-us', 'de-1996-1901', 'en-x-foo', 'zh-min-nan', 'en-a-aaa-b-bbb', 'und-Latn'])`,
		`Intl.getCanonicalLocales('x-private')`,
		`Intl.getCanonicalLocales('en-US-u')`,
		`Intl.getCanonicalLocales('en-US-u-ca')`,
		`Intl.getCanonicalLocales('root')`,
		`Intl.getCanonicalLocales('de-de-de')`,
		`Intl.getCanonicalLocales([])`,
		`Intl.getCanonicalLocales()`,
		`Intl.getCanonicalLocales(['en', 'EN'])`,
		`new Intl.DateTimeFormat('en-US-u-hc-h23-ca-gregory').resolvedOptions().locale`,
		`new Intl.NumberFormat('de-u-nu-latn').resolvedOptions().locale`,
		`new Intl.Collator('de-u-kn').resolvedOptions()`,
		`new Intl.Collator('de-u-kn-false').resolvedOptions()`,
		`new Intl.Collator('de-u-kf-upper', {caseFirst: 'lower'}).resolvedOptions()`,
		`new Intl.Collator('en-US').resolvedOptions().locale`,
		`new Intl.Collator('zh-CN').resolvedOptions().locale`,
		`new Intl.PluralRules('en-US').resolvedOptions().locale`,
		`new Intl.ListFormat('en-US').resolvedOptions().locale`,
		`new Intl.RelativeTimeFormat('en-US-u-nu-latn').resolvedOptions()`,
		`new Intl.DateTimeFormat('en', {hour: 'numeric', hourCycle: 'h23', hour12: true}).resolvedOptions()`,
		`new Intl.DateTimeFormat('ja', {hour: 'numeric', hour12: true, timeZone: 'UTC'}).format(0)`,
		`new Intl.DateTimeFormat('en', {timeZone: 'UTC', year: 'numeric'}).format(Date.UTC(-50, 0, 1))`,
		`new Intl.DateTimeFormat('en', {timeZone: 'UTC', year: '2-digit'}).format(Date.UTC(5, 0, 1))`,
		`new Intl.DateTimeFormat('en', {timeZone: 'UTC', year: 'numeric', month: 'short'}).format(-8.64e15)`,
		`new Intl.DateTimeFormat('en', {timeZone: 'UTC'}).format(8.64e15)`,
		`new Intl.DateTimeFormat('en', {timeZone: 'UTC'}).format('2024-01-02')`,
		`new Intl.DateTimeFormat('en', {timeZone: 'UTC'}).format(new Date('2024-05-06T07:08:09Z'))`,
		`new Intl.DateTimeFormat('en', {timeZone: 'Asia/Kathmandu', timeStyle: 'full'}).format(0)`,
		`new Intl.DateTimeFormat('en', {timeZone: 'Etc/GMT+5', timeStyle: 'full'}).format(0)`,
		`new Intl.DateTimeFormat('fr', {timeZone: 'America/Sao_Paulo', timeStyle: 'full'}).format(0)`,
		`new Intl.DateTimeFormat('en', {timeZone: 'America/Indiana/Knox', timeStyle: 'long'}).format(Date.UTC(2024, 5, 1))`,
		`new Intl.DateTimeFormat('en', {timeZone: 'Europe/Dublin', timeStyle: 'long'}).format(Date.UTC(2024, 5, 1))`,
		`new Intl.DateTimeFormat('en', {timeZone: 'Europe/Dublin', timeStyle: 'full'}).format(Date.UTC(2024, 0, 1))`,
		`new Intl.DateTimeFormat('en-GB', {timeZone: 'Europe/London', timeStyle: 'full'}).format(Date.UTC(2024, 6, 1))`,
		`new Intl.DateTimeFormat('en', {timeZone: 'Pacific/Apia', timeZoneName: 'short'}).format(Date.UTC(2010, 6, 1))`,
		`new Intl.DateTimeFormat('en', {timeZone: 'America/New_York', timeZoneName: 'shortGeneric'}).format(Date.UTC(2024, 0, 1))`,
		`new Intl.DateTimeFormat('de', {timeZone: 'Europe/Berlin', timeZoneName: 'longGeneric'}).format(Date.UTC(2024, 0, 1))`,
		`new Intl.DateTimeFormat('en', {timeZone: 'Asia/Calcutta'}).resolvedOptions().timeZone`,
		`new Intl.DateTimeFormat('en', {timeZone: 'GMT'}).resolvedOptions().timeZone`,
		`new Intl.DateTimeFormat('en', {timeZone: 'CET'}).resolvedOptions().timeZone`,
		`new Intl.DateTimeFormat('en', {timeZone: 'EST5EDT'}).resolvedOptions().timeZone`,
		`new Intl.DateTimeFormat('en', {timeZone: 'Europe/Kiev'}).resolvedOptions().timeZone`,
		`new Intl.DateTimeFormat('en', {timeZone: 'Europe/Kyiv'}).resolvedOptions().timeZone`,
		`new Intl.DateTimeFormat('en', {timeZone: 'America/Buenos_Aires'}).resolvedOptions().timeZone`,
		`new Intl.DateTimeFormat('en', {timeZone: 'Etc/GMT-14'}).format(0)`,
		`(123.456).toLocaleString('de', {maximumFractionDigits: 1, minimumIntegerDigits: 5})`,
		`(0.000001234).toLocaleString('en', {maximumSignificantDigits: 2})`,
		`(1234.5678).toLocaleString('en', {maximumFractionDigits: 2, roundingPriority: 'lessPrecision', maximumSignificantDigits: 3})`,
		`(1234.5678).toLocaleString('en', {maximumFractionDigits: 2, roundingPriority: 'morePrecision', maximumSignificantDigits: 3})`,
		`(1.23).toLocaleString('en', {minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger'})`,
		`(1.00).toLocaleString('en', {minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger'})`,
		`(1.27).toLocaleString('en', {maximumFractionDigits: 1, minimumFractionDigits: 1, roundingIncrement: 5})`,
		`(1.23).toLocaleString('en', {maximumFractionDigits: 2, minimumFractionDigits: 2, roundingIncrement: 25})`,
		`(-1.5).toLocaleString('en', {maximumFractionDigits: 0, roundingMode: 'floor'})`,
		`(-1.5).toLocaleString('en', {maximumFractionDigits: 0, roundingMode: 'ceil'})`,
		`(-1.5).toLocaleString('en', {maximumFractionDigits: 0, roundingMode: 'halfTrunc'})`,
		`(1.45).toLocaleString('en', {maximumFractionDigits: 1, roundingMode: 'halfEven'})`,
		`(99999).toLocaleString('en', {notation: 'compact'})`,
		`(999999).toLocaleString('en', {notation: 'compact'})`,
		`(999.9).toLocaleString('en', {notation: 'compact'})`,
		`(-1500).toLocaleString('fr', {notation: 'compact', compactDisplay: 'long'})`,
		`(1e15).toLocaleString('en', {notation: 'compact'})`,
		`(123456).toLocaleString('ja', {notation: 'compact'})`,
		`(123456789).toLocaleString('zh', {notation: 'compact', compactDisplay: 'long'})`,
		`(1234.5).toLocaleString('en', {notation: 'compact', maximumFractionDigits: 2})`,
		`(0).toLocaleString('en', {notation: 'scientific'})`,
		`(0.00012).toLocaleString('de', {notation: 'engineering'})`,
		`(9.9999).toLocaleString('en', {notation: 'scientific', maximumFractionDigits: 2})`,
		`(12345).toLocaleString('es')`,
		`(12345).toLocaleString('es', {useGrouping: 'min2'})`,
		`(1234).toLocaleString('en', {useGrouping: 'min2'})`,
		`(1234).toLocaleString('en', {useGrouping: 'true'})`,
		`new Intl.NumberFormat('en', {useGrouping: 'true'}).resolvedOptions().useGrouping`,
		`new Intl.NumberFormat('en', {useGrouping: false}).resolvedOptions().useGrouping`,
		`new Intl.NumberFormat('en', {style: 'unit', unit: 'percent'}).format(50)`,
		`new Intl.NumberFormat('de', {style: 'unit', unit: 'celsius', unitDisplay: 'narrow'}).format(21.5)`,
		`new Intl.NumberFormat('ja', {style: 'unit', unit: 'byte', unitDisplay: 'long'}).format(1024)`,
		`new Intl.NumberFormat('en', {style: 'unit', unit: 'gigabyte-per-second'}).format(3)`,
		`new Intl.NumberFormat('en', {style: 'currency', currency: 'BHD'}).format(1.5)`,
		`new Intl.NumberFormat('en', {style: 'currency', currency: 'XYZ'}).format(1.5)`,
		`new Intl.NumberFormat('de', {style: 'currency', currency: 'XYZ', currencyDisplay: 'name'}).format(1.5)`,
		`new Intl.NumberFormat('fr', {style: 'currency', currency: 'CAD', currencyDisplay: 'narrowSymbol'}).format(1.5)`,
		`new Intl.NumberFormat('en', {style: 'currency', currency: 'EUR', notation: 'compact'}).format(1234567)`,
		`new Intl.NumberFormat('de', {style: 'currency', currency: 'EUR', notation: 'compact'}).format(1234567)`,
		`new Intl.NumberFormat('en', {style: 'percent', signDisplay: 'always'}).format(0.5)`,
		`new Intl.NumberFormat('de', {style: 'percent', signDisplay: 'always'}).format(-0.5)`,
		`new Intl.NumberFormat('en', {style: 'currency', currency: 'USD', currencySign: 'accounting', signDisplay: 'always'}).format(5)`,
		`new Intl.NumberFormat('en', {style: 'currency', currency: 'USD', currencySign: 'accounting', signDisplay: 'exceptZero'}).format(-0)`,
		`new Intl.NumberFormat('en').format(Infinity)`,
		`new Intl.NumberFormat('de', {style: 'percent'}).format(-Infinity)`,
		`new Intl.NumberFormat('en').format(NaN)`,
		`new Intl.NumberFormat('en').format('  12.5  ')`,
		`new Intl.NumberFormat('en').format('1e3')`,
		`new Intl.NumberFormat('en').format('0x1F')`,
		`new Intl.NumberFormat('en').format('abc')`,
		`new Intl.NumberFormat('en').format(true)`,
		`new Intl.NumberFormat('en').format(null)`,
		`new Intl.NumberFormat('en').format()`,
		`new Intl.NumberFormat('en').formatRange(-5, -3)`,
		`new Intl.NumberFormat('en').formatRange(5, 3)`,
		`new Intl.NumberFormat('en', {style: 'percent'}).formatRange(0.1, 0.2)`,
		`new Intl.NumberFormat('ja', {style: 'percent'}).formatRange(0.1, 0.2)`,
		`new Intl.NumberFormat('en').formatRangeToParts(3, 5)`,
		`new Intl.NumberFormat('en', {maximumFractionDigits: 0}).formatRange(2.9, 3.1)`,
		`new Intl.NumberFormat('en', {style: 'currency', currency: 'USD'}).formatRange(3, 3)`,
		`new Intl.PluralRules('en').select(-1)`,
		`new Intl.PluralRules('en').select('1')`,
		`new Intl.PluralRules('fr').select(1.99)`,
		`new Intl.PluralRules('es', {type: 'ordinal'}).resolvedOptions()`,
		`new Intl.PluralRules('en', {maximumSignificantDigits: 2}).resolvedOptions()`,
		`new Intl.PluralRules('en').selectRange(1, 2)`,
		`new Intl.RelativeTimeFormat('en').format(-0, 'seconds')`,
		`new Intl.RelativeTimeFormat('en', {numeric: 'auto'}).format(-0, 'day')`,
		`new Intl.RelativeTimeFormat('en').format(1e6, 'year')`,
		`new Intl.RelativeTimeFormat('de').format(-1.5, 'hour')`,
		`new Intl.RelativeTimeFormat('es', {style: 'narrow'}).format(-1, 'quarter')`,
		`new Intl.RelativeTimeFormat('en').formatToParts(1234.5, 'day')`,
		`new Intl.RelativeTimeFormat('en').format('3', 'day')`,
		`new Intl.ListFormat('en').format(new Set(['x', 'y']))`,
		`new Intl.ListFormat('en').format()`,
		`new Intl.ListFormat('es').format(['a', 'Ignacio'])`,
		`new Intl.ListFormat('es').format(['a', 'hiena'])`,
		`new Intl.ListFormat('es', {type: 'disjunction'}).format(['a', 'Oso'])`,
		`new Intl.ListFormat('es', {type: 'disjunction'}).format(['a', '8'])`,
		`new Intl.ListFormat('es', {type: 'disjunction'}).format(['a', '80'])`,
		`new Intl.ListFormat('es', {type: 'disjunction'}).format(['a', '11'])`,
		`new Intl.ListFormat('es', {type: 'disjunction'}).format(['a', '11.000'])`,
		`new Intl.ListFormat('es', {type: 'disjunction'}).format(['a', '110'])`,
		`new Intl.ListFormat('es', {type: 'disjunction'}).format(['a', 'b', 'ocho'])`,
		`new Intl.ListFormat('es').format(['a', 'b', 'hierro'])`,
		`['ä', 'a', 'z'].sort(new Intl.Collator('de', {collation: 'phonebk'}).compare)`,
		`['ä', 'a', 'z'].sort(new Intl.Collator('sv').compare)`,
		`['a', 'b', 'A', 'B'].sort(new Intl.Collator('en', {caseFirst: 'upper'}).compare)`,
		`['a', 'b', 'A', 'B'].sort(new Intl.Collator('en', {caseFirst: 'lower'}).compare)`,
		`['a-b', 'ab', 'a b', 'a.b'].sort(new Intl.Collator('en', {ignorePunctuation: true}).compare)`,
		`['a-b', 'ab', 'a b', 'a.b'].sort(new Intl.Collator('en').compare)`,
		`['a', 'á', 'A', 'Á'].map((x) => new Intl.Collator('en', {sensitivity: 'case'}).compare('a', x))`,
		`['côte', 'coté', 'cote', 'côté'].sort(new Intl.Collator('fr').compare)`,
		`['côte', 'coté', 'cote', 'côté'].sort(new Intl.Collator('fr-CA').compare)`,
		`['ch', 'cz', 'd', 'll', 'lz', 'm'].sort(new Intl.Collator('es').compare)`,
		`['ß', 'ss', 'st', 'sr'].sort(new Intl.Collator('de').compare)`,
		`['東京', '大阪', '京都', 'あ', 'ア', 'a'].sort(new Intl.Collator('ja').compare)`,
		`['北京', '上海', '广州', '深圳'].sort(new Intl.Collator('zh').compare)`,
		`['10', '9', '1e3', '01'].sort(new Intl.Collator('en', {numeric: true}).compare)`,
		`'ａ'.localeCompare('a')`,
		`'ａ'.localeCompare('a', 'en', {sensitivity: 'base'})`,
		`'\u00e9'.localeCompare('e\u0301')`,
		`''.localeCompare('a')`,
		`'a'.localeCompare()`,
		`['Z', 'a', 'z', 'ä'].sort(Intl.Collator().compare)`,
		`typeof Intl.supportedValuesOf('timeZone').length`,
		`Object.prototype.toString.call(new Intl.NumberFormat())`,
		`Object.prototype.toString.call(Intl)`,
		`Intl.NumberFormat.length`,
		`Intl.DateTimeFormat.prototype.format.length`,
		`typeof Intl.DateTimeFormat.prototype.formatRange`,
		`new Intl.DateTimeFormat('en', {timeZone: 'UTC'}).format.name`,
		`Intl.NumberFormat.name`,
		`new Date(0).toLocaleDateString('en', {timeZone: 'UTC', timeZoneName: 'short'})`,
		`new Date(0).toLocaleTimeString('en', {timeZone: 'UTC', timeZoneName: 'short'})`,
		`new Date(0).toLocaleTimeString('en', {timeZone: 'UTC', weekday: 'long'})`,
		`new Date(0).toLocaleDateString('en', {timeZone: 'UTC', hour: 'numeric'})`,
		`new Date(0).toLocaleString('en', {timeZone: 'UTC', dateStyle: 'short'})`,
		`new Date(0).toLocaleString('en', {timeZone: 'UTC', month: 'long'})`,
		`new Intl.DateTimeFormat('en', {timeZone: 'UTC', timeZoneName: 'short'}).format(0)`,
		`new Intl.DateTimeFormat('en', {timeZone: 'UTC', timeZoneName: 'short'}).resolvedOptions()`,
		`new Intl.DateTimeFormat('en', {timeZone: 'UTC', weekday: 'long'}).resolvedOptions()`,
	}...)
	for _, bad := range []string{
		`new Intl.DateTimeFormat('en', {timeZone: 'Mars/Base'})`,
		`new Intl.DateTimeFormat('en', {dateStyle: 'full', hour: 'numeric'})`,
		`new Intl.DateTimeFormat('en', {month: 'big'})`,
		`new Intl.NumberFormat('en', {style: 'currency'})`,
		`new Intl.NumberFormat('en', {style: 'currency', currency: 'EURO'})`,
		`new Intl.NumberFormat('en', {minimumFractionDigits: 3, maximumFractionDigits: 1})`,
		`new Intl.DateTimeFormat('en').format(NaN)`,
		`new Intl.RelativeTimeFormat('en').format(1, 'decade')`,
		`Intl.getCanonicalLocales('en_US')`,
		`new Intl.ListFormat('en').format(['a', 1])`,
	} {
		add(`%s`, bad)
	}
	return ex
}

// intlExhaustiveExprs: every component combination (with all hour cycles)
// on several dates and zones, every style pair, and a grid of numbers.
func intlExhaustiveExprs() []string {
	ex := []string{`Intl.DateTimeFormat().resolvedOptions().timeZone`}
	opts := map[string][]string{
		"weekday": {"", "narrow", "short", "long"},
		"year":    {"", "numeric", "2-digit"},
		"month":   {"", "numeric", "2-digit", "narrow", "short", "long"},
		"day":     {"", "numeric", "2-digit"},
	}
	var dates []string
	for _, w := range opts["weekday"] {
		for _, y := range opts["year"] {
			for _, m := range opts["month"] {
				for _, d := range opts["day"] {
					var b []string
					for _, kv := range [][2]string{{"weekday", w}, {"year", y}, {"month", m}, {"day", d}} {
						if kv[1] != "" {
							b = append(b, fmt.Sprintf("%s: %q", kv[0], kv[1]))
						}
					}
					dates = append(dates, strings.Join(b, ", "))
				}
			}
		}
	}
	var times []string
	for _, h := range []string{"", "numeric", "2-digit"} {
		for _, m := range []string{"", "numeric", "2-digit"} {
			for _, s := range []string{"", "numeric", "2-digit"} {
				for _, z := range []string{"", "short", "long"} {
					cycles := []string{""}
					if h != "" {
						cycles = []string{"", "hour12: true", "hour12: false", "hourCycle: 'h11'", "hourCycle: 'h23'", "hourCycle: 'h24'"}
					}
					for _, c := range cycles {
						var b []string
						for _, kv := range [][2]string{{"hour", h}, {"minute", m}, {"second", s}, {"timeZoneName", z}} {
							if kv[1] != "" {
								b = append(b, fmt.Sprintf("%s: %q", kv[0], kv[1]))
							}
						}
						if c != "" {
							b = append(b, c)
						}
						times = append(times, strings.Join(b, ", "))
					}
				}
			}
		}
	}
	locales := []string{"en", "en-GB", "de", "fr", "es", "ja", "zh"}
	zones := []string{"UTC", "America/New_York", "Europe/Berlin", "Asia/Tokyo", "Asia/Kolkata"}
	i := 0
	for _, l := range locales {
		for _, d := range dates {
			for _, tm := range times {
				i++
				if i%7 != 0 && d != "" && tm != "" { // a seventh of the date×time grid
					continue
				}
				o := strings.Trim(strings.Join([]string{d, tm}, ", "), ", ")
				if o != "" {
					o += ", "
				}
				z := zones[i%len(zones)]
				ex = append(ex, fmt.Sprintf(`(() => { const f = new Intl.DateTimeFormat(%q, {%stimeZone: %q}); return [f.format(Date.UTC(2024, %d, %d, %d, 4, 5)), f.format(Date.UTC(2023, %d, 28, 0, 30)), f.resolvedOptions()] })()`, l, o, z, i%12, 1+i%28, i%24, (i+5)%12))
			}
		}
		for _, ds := range []string{"", "full", "long", "medium", "short"} {
			for _, ts := range []string{"", "full", "long", "medium", "short"} {
				for _, c := range []string{"", "hour12: true", "hour12: false", "hourCycle: 'h11'", "hourCycle: 'h24'"} {
					var b []string
					if ds != "" {
						b = append(b, "dateStyle: '"+ds+"'")
					}
					if ts != "" {
						b = append(b, "timeStyle: '"+ts+"'")
					}
					if len(b) == 0 {
						continue
					}
					if c != "" {
						b = append(b, c)
					}
					i++
					ex = append(ex, fmt.Sprintf(`(() => { const f = new Intl.DateTimeFormat(%q, {%s, timeZone: %q}); return [f.format(Date.UTC(2024, %d, 3, %d, 4, 5)), f.resolvedOptions()] })()`, l, strings.Join(b, ", "), zones[i%len(zones)], i%12, i%24))
				}
			}
		}
		for _, n := range []string{"0", "-0", "0.1", "0.005", "1", "1.005", "-2.5", "9.995", "12", "123.456", "999.5", "1000", "1499", "1500", "9999", "12345.678", "99999", "999999", "1000001", "-54321.09", "1e9", "1.5e12", "7e15", "1e-7"} {
			for _, o := range []string{"{}", "{style: 'percent'}", "{notation: 'compact'}", "{notation: 'compact', compactDisplay: 'long'}", "{style: 'currency', currency: 'EUR'}", "{style: 'currency', currency: 'JPY', currencyDisplay: 'name'}", "{style: 'currency', currency: 'GBP', currencyDisplay: 'code', signDisplay: 'always'}", "{maximumFractionDigits: 0, roundingMode: 'halfEven'}", "{minimumSignificantDigits: 3}", "{notation: 'scientific', maximumFractionDigits: 1}", "{style: 'unit', unit: 'kilobyte', unitDisplay: 'long'}", "{style: 'unit', unit: 'hour', unitDisplay: 'long'}", "{useGrouping: 'always'}", "{style: 'currency', currency: 'USD', notation: 'compact'}"} {
				ex = append(ex, fmt.Sprintf(`new Intl.NumberFormat(%q, %s).format(%s)`, l, o, n))
			}
		}
	}
	return ex
}
