package intl_test

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestIntlLocales checks each locale with data against strings printed by
// Node 20.20 (ICU 78.2, CLDR 48, full ICU), the ECMA-402 reference Comet
// follows byte for byte: ICU's U+202F (narrow no-break space), U+00A0 and
// U+2212 are spelled out. TestIntlMatchesNode compares many more
// expressions with the node on PATH.
func TestIntlLocales(t *testing.T) {
	d := `const d = new Date(Date.UTC(2024, 0, 2, 15, 4, 5));`
	runCases(t, newEnv(t), "", []jsCase{
		{"en-US dateStyle full", d + `return new Intl.DateTimeFormat('en-US', {dateStyle: 'full', timeZone: 'UTC'}).format(d)`, "Tuesday, January 2, 2024"},
		{"en-US dateStyle long timeStyle short", d + `return new Intl.DateTimeFormat('en-US', {dateStyle: 'long', timeStyle: 'short', timeZone: 'America/New_York'}).format(d)`, "January 2, 2024 at 10:04 AM"},
		{"en-US dateStyle medium timeStyle long", d + `return new Intl.DateTimeFormat('en-US', {dateStyle: 'medium', timeStyle: 'long', timeZone: 'Europe/Berlin'}).format(d)`, "Jan 2, 2024, 4:04:05 PM GMT+1"},
		{"en-US dateStyle short timeStyle full", d + `return new Intl.DateTimeFormat('en-US', {dateStyle: 'short', timeStyle: 'full', timeZone: 'Asia/Tokyo'}).format(d)`, "1/3/24, 12:04:05 AM Japan Standard Time"},
		{"en-US components", d + `return d.toLocaleDateString('en-US', {weekday: 'short', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'})`, "Tue, January 2, 2024"},
		{"en-US time hour12", d + `return d.toLocaleTimeString('en-US', {hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC'})`, "3:04 PM"},
		{"en-US toLocaleString zone name", d + `return d.toLocaleString('en-US', {timeZone: 'Asia/Kolkata', timeZoneName: 'short'})`, "1/2/2024, 8:34:05 PM GMT+5:30"},
		{"en-US formatToParts", d + `return new Intl.DateTimeFormat('en-US', {month: 'short', day: 'numeric', hour: 'numeric', timeZone: 'UTC'}).formatToParts(d).map((p) => p.type + ':' + p.value).join('|')`, "month:Jan|literal: |day:2|literal:, |hour:3|literal:\u202f|dayPeriod:PM"},
		{"en-US resolvedOptions", `return JSON.stringify(new Intl.DateTimeFormat('en-US', {hour: 'numeric', minute: 'numeric', timeZone: 'utc'}).resolvedOptions())`, "{\"locale\":\"en-US\",\"calendar\":\"gregory\",\"numberingSystem\":\"latn\",\"timeZone\":\"UTC\",\"hourCycle\":\"h12\",\"hour12\":true,\"hour\":\"numeric\",\"minute\":\"2-digit\"}"},
		{"en-US decimal", `return new Intl.NumberFormat('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(-1234567.891)`, "-1,234,567.89"},
		{"en-US percent", `return (0.256).toLocaleString('en-US', {style: 'percent', maximumFractionDigits: 1})`, "25.6%"},
		{"en-US currency EUR", `return new Intl.NumberFormat('en-US', {style: 'currency', currency: 'EUR'}).format(1234.5)`, "€1,234.50"},
		{"en-US currency USD code", `return new Intl.NumberFormat('en-US', {style: 'currency', currency: 'USD', currencyDisplay: 'code'}).format(-1234.5)`, "-USD\u00a01,234.50"},
		{"en-US currency JPY", `return new Intl.NumberFormat('en-US', {style: 'currency', currency: 'JPY'}).format(1234.5)`, "¥1,235"},
		{"en-US compact", `return [1234, 56789, 1234567].map((n) => n.toLocaleString('en-US', {notation: 'compact'})).join('|')`, "1.2K|57K|1.2M"},
		{"en-US unit", `return new Intl.NumberFormat('en-US', {style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long'}).format(50)`, "50 kilometers per hour"},
		{"en-US number formatToParts", `return new Intl.NumberFormat('en-US', {style: 'currency', currency: 'EUR'}).formatToParts(-1234.5).map((p) => p.type + ':' + p.value).join('|')`, "minusSign:-|currency:€|integer:1|group:,|integer:234|decimal:.|fraction:50"},
		{"en-US plural", `return [0, 1, 2, 1.5, 1000000].map((n) => new Intl.PluralRules('en-US').select(n)).join()`, "other,one,other,other,other"},
		{"en-US ordinal", `return [1, 2, 3, 4, 11, 21, 22, 23].map((n) => new Intl.PluralRules('en-US', {type: 'ordinal'}).select(n)).join()`, "one,two,few,other,other,one,two,few"},
		{"en-US relative", `return (() => { const r = new Intl.RelativeTimeFormat('en-US', {numeric: 'auto'}); const s = new Intl.RelativeTimeFormat('en-US', {style: 'short'}); return [r.format(-1, 'day'), r.format(2, 'day'), r.format(-3, 'month'), s.format(5, 'minutes'), s.format(-1, 'year')].join('|') })()`, "yesterday|in 2 days|3 months ago|in 5 min.|1 yr. ago"},
		{"en-US list", `return [new Intl.ListFormat('en-US').format(['a', 'b', 'c']), new Intl.ListFormat('en-US', {type: 'disjunction'}).format(['a', 'b']), new Intl.ListFormat('en-US', {type: 'unit', style: 'narrow'}).format(['a', 'b', 'c'])].join('|')`, "a, b, and c|a or b|a b c"},
		{"en-US collator", `return ['Zebra', 'apfel', 'Äpfel', 'über', 'ñu', 'nube', 'oso'].sort(new Intl.Collator('en-US').compare).join()`, "apfel,Äpfel,ñu,nube,oso,über,Zebra"},
		{"en-GB dateStyle full", d + `return new Intl.DateTimeFormat('en-GB', {dateStyle: 'full', timeZone: 'UTC'}).format(d)`, "Tuesday, 2 January 2024"},
		{"en-GB dateStyle long timeStyle short", d + `return new Intl.DateTimeFormat('en-GB', {dateStyle: 'long', timeStyle: 'short', timeZone: 'America/New_York'}).format(d)`, "2 January 2024 at 10:04"},
		{"en-GB dateStyle medium timeStyle long", d + `return new Intl.DateTimeFormat('en-GB', {dateStyle: 'medium', timeStyle: 'long', timeZone: 'Europe/Berlin'}).format(d)`, "2 Jan 2024, 16:04:05 CET"},
		{"en-GB dateStyle short timeStyle full", d + `return new Intl.DateTimeFormat('en-GB', {dateStyle: 'short', timeStyle: 'full', timeZone: 'Asia/Tokyo'}).format(d)`, "03/01/2024, 00:04:05 Japan Standard Time"},
		{"en-GB components", d + `return d.toLocaleDateString('en-GB', {weekday: 'short', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'})`, "Tue, 2 January 2024"},
		{"en-GB time hour12", d + `return d.toLocaleTimeString('en-GB', {hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC'})`, "3:04 pm"},
		{"en-GB toLocaleString zone name", d + `return d.toLocaleString('en-GB', {timeZone: 'Asia/Kolkata', timeZoneName: 'short'})`, "02/01/2024, 20:34:05 GMT+5:30"},
		{"en-GB formatToParts", d + `return new Intl.DateTimeFormat('en-GB', {month: 'short', day: 'numeric', hour: 'numeric', timeZone: 'UTC'}).formatToParts(d).map((p) => p.type + ':' + p.value).join('|')`, "day:2|literal: |month:Jan|literal:, |hour:15"},
		{"en-GB resolvedOptions", `return JSON.stringify(new Intl.DateTimeFormat('en-GB', {hour: 'numeric', minute: 'numeric', timeZone: 'utc'}).resolvedOptions())`, "{\"locale\":\"en-GB\",\"calendar\":\"gregory\",\"numberingSystem\":\"latn\",\"timeZone\":\"UTC\",\"hourCycle\":\"h23\",\"hour12\":false,\"hour\":\"2-digit\",\"minute\":\"2-digit\"}"},
		{"en-GB decimal", `return new Intl.NumberFormat('en-GB', {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(-1234567.891)`, "-1,234,567.89"},
		{"en-GB percent", `return (0.256).toLocaleString('en-GB', {style: 'percent', maximumFractionDigits: 1})`, "25.6%"},
		{"en-GB currency EUR", `return new Intl.NumberFormat('en-GB', {style: 'currency', currency: 'EUR'}).format(1234.5)`, "€1,234.50"},
		{"en-GB currency USD code", `return new Intl.NumberFormat('en-GB', {style: 'currency', currency: 'USD', currencyDisplay: 'code'}).format(-1234.5)`, "-USD\u00a01,234.50"},
		{"en-GB currency JPY", `return new Intl.NumberFormat('en-GB', {style: 'currency', currency: 'JPY'}).format(1234.5)`, "JP¥1,235"},
		{"en-GB compact", `return [1234, 56789, 1234567].map((n) => n.toLocaleString('en-GB', {notation: 'compact'})).join('|')`, "1.2k|57k|1.2m"},
		{"en-GB unit", `return new Intl.NumberFormat('en-GB', {style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long'}).format(50)`, "50 kilometres per hour"},
		{"en-GB number formatToParts", `return new Intl.NumberFormat('en-GB', {style: 'currency', currency: 'EUR'}).formatToParts(-1234.5).map((p) => p.type + ':' + p.value).join('|')`, "minusSign:-|currency:€|integer:1|group:,|integer:234|decimal:.|fraction:50"},
		{"en-GB plural", `return [0, 1, 2, 1.5, 1000000].map((n) => new Intl.PluralRules('en-GB').select(n)).join()`, "other,one,other,other,other"},
		{"en-GB ordinal", `return [1, 2, 3, 4, 11, 21, 22, 23].map((n) => new Intl.PluralRules('en-GB', {type: 'ordinal'}).select(n)).join()`, "one,two,few,other,other,one,two,few"},
		{"en-GB relative", `return (() => { const r = new Intl.RelativeTimeFormat('en-GB', {numeric: 'auto'}); const s = new Intl.RelativeTimeFormat('en-GB', {style: 'short'}); return [r.format(-1, 'day'), r.format(2, 'day'), r.format(-3, 'month'), s.format(5, 'minutes'), s.format(-1, 'year')].join('|') })()`, "yesterday|in 2 days|3 months ago|in 5 min|1 yr ago"},
		{"en-GB list", `return [new Intl.ListFormat('en-GB').format(['a', 'b', 'c']), new Intl.ListFormat('en-GB', {type: 'disjunction'}).format(['a', 'b']), new Intl.ListFormat('en-GB', {type: 'unit', style: 'narrow'}).format(['a', 'b', 'c'])].join('|')`, "a, b and c|a or b|a b c"},
		{"en-GB collator", `return ['Zebra', 'apfel', 'Äpfel', 'über', 'ñu', 'nube', 'oso'].sort(new Intl.Collator('en-GB').compare).join()`, "apfel,Äpfel,ñu,nube,oso,über,Zebra"},
		{"de dateStyle full", d + `return new Intl.DateTimeFormat('de', {dateStyle: 'full', timeZone: 'UTC'}).format(d)`, "Dienstag, 2. Januar 2024"},
		{"de dateStyle long timeStyle short", d + `return new Intl.DateTimeFormat('de', {dateStyle: 'long', timeStyle: 'short', timeZone: 'America/New_York'}).format(d)`, "2. Januar 2024 um 10:04"},
		{"de dateStyle medium timeStyle long", d + `return new Intl.DateTimeFormat('de', {dateStyle: 'medium', timeStyle: 'long', timeZone: 'Europe/Berlin'}).format(d)`, "02.01.2024, 16:04:05 MEZ"},
		{"de dateStyle short timeStyle full", d + `return new Intl.DateTimeFormat('de', {dateStyle: 'short', timeStyle: 'full', timeZone: 'Asia/Tokyo'}).format(d)`, "03.01.24, 00:04:05 Japanische Normalzeit"},
		{"de components", d + `return d.toLocaleDateString('de', {weekday: 'short', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'})`, "Di., 2. Januar 2024"},
		{"de time hour12", d + `return d.toLocaleTimeString('de', {hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC'})`, "3:04 PM"},
		{"de toLocaleString zone name", d + `return d.toLocaleString('de', {timeZone: 'Asia/Kolkata', timeZoneName: 'short'})`, "2.1.2024, 20:34:05 GMT+5:30"},
		{"de formatToParts", d + `return new Intl.DateTimeFormat('de', {month: 'short', day: 'numeric', hour: 'numeric', timeZone: 'UTC'}).formatToParts(d).map((p) => p.type + ':' + p.value).join('|')`, "day:2|literal:. |month:Jan.|literal:, |hour:15|literal: Uhr"},
		{"de resolvedOptions", `return JSON.stringify(new Intl.DateTimeFormat('de', {hour: 'numeric', minute: 'numeric', timeZone: 'utc'}).resolvedOptions())`, "{\"locale\":\"de\",\"calendar\":\"gregory\",\"numberingSystem\":\"latn\",\"timeZone\":\"UTC\",\"hourCycle\":\"h23\",\"hour12\":false,\"hour\":\"2-digit\",\"minute\":\"2-digit\"}"},
		{"de decimal", `return new Intl.NumberFormat('de', {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(-1234567.891)`, "-1.234.567,89"},
		{"de percent", `return (0.256).toLocaleString('de', {style: 'percent', maximumFractionDigits: 1})`, "25,6\u00a0%"},
		{"de currency EUR", `return new Intl.NumberFormat('de', {style: 'currency', currency: 'EUR'}).format(1234.5)`, "1.234,50\u00a0€"},
		{"de currency USD code", `return new Intl.NumberFormat('de', {style: 'currency', currency: 'USD', currencyDisplay: 'code'}).format(-1234.5)`, "-1.234,50\u00a0USD"},
		{"de currency JPY", `return new Intl.NumberFormat('de', {style: 'currency', currency: 'JPY'}).format(1234.5)`, "1.235\u00a0¥"},
		{"de compact", `return [1234, 56789, 1234567].map((n) => n.toLocaleString('de', {notation: 'compact'})).join('|')`, "1234|56.789|1,2\u00a0Mio."},
		{"de unit", `return new Intl.NumberFormat('de', {style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long'}).format(50)`, "50 Kilometer pro Stunde"},
		{"de number formatToParts", `return new Intl.NumberFormat('de', {style: 'currency', currency: 'EUR'}).formatToParts(-1234.5).map((p) => p.type + ':' + p.value).join('|')`, "minusSign:-|integer:1|group:.|integer:234|decimal:,|fraction:50|literal:\u00a0|currency:€"},
		{"de plural", `return [0, 1, 2, 1.5, 1000000].map((n) => new Intl.PluralRules('de').select(n)).join()`, "other,one,other,other,other"},
		{"de ordinal", `return [1, 2, 3, 4, 11, 21, 22, 23].map((n) => new Intl.PluralRules('de', {type: 'ordinal'}).select(n)).join()`, "other,other,other,other,other,other,other,other"},
		{"de relative", `return (() => { const r = new Intl.RelativeTimeFormat('de', {numeric: 'auto'}); const s = new Intl.RelativeTimeFormat('de', {style: 'short'}); return [r.format(-1, 'day'), r.format(2, 'day'), r.format(-3, 'month'), s.format(5, 'minutes'), s.format(-1, 'year')].join('|') })()`, "gestern|übermorgen|vor 3 Monaten|in 5 Min.|vor 1 Jahr"},
		{"de list", `return [new Intl.ListFormat('de').format(['a', 'b', 'c']), new Intl.ListFormat('de', {type: 'disjunction'}).format(['a', 'b']), new Intl.ListFormat('de', {type: 'unit', style: 'narrow'}).format(['a', 'b', 'c'])].join('|')`, "a, b und c|a oder b|a, b und c"},
		{"de collator", `return ['Zebra', 'apfel', 'Äpfel', 'über', 'ñu', 'nube', 'oso'].sort(new Intl.Collator('de').compare).join()`, "apfel,Äpfel,ñu,nube,oso,über,Zebra"},
		{"fr dateStyle full", d + `return new Intl.DateTimeFormat('fr', {dateStyle: 'full', timeZone: 'UTC'}).format(d)`, "mardi 2 janvier 2024"},
		{"fr dateStyle long timeStyle short", d + `return new Intl.DateTimeFormat('fr', {dateStyle: 'long', timeStyle: 'short', timeZone: 'America/New_York'}).format(d)`, "2 janvier 2024 à 10:04"},
		{"fr dateStyle medium timeStyle long", d + `return new Intl.DateTimeFormat('fr', {dateStyle: 'medium', timeStyle: 'long', timeZone: 'Europe/Berlin'}).format(d)`, "2 janv. 2024, 16:04:05 UTC+1"},
		{"fr dateStyle short timeStyle full", d + `return new Intl.DateTimeFormat('fr', {dateStyle: 'short', timeStyle: 'full', timeZone: 'Asia/Tokyo'}).format(d)`, "03/01/2024 00:04:05 heure normale du Japon"},
		{"fr components", d + `return d.toLocaleDateString('fr', {weekday: 'short', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'})`, "mar. 2 janvier 2024"},
		{"fr time hour12", d + `return d.toLocaleTimeString('fr', {hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC'})`, "3:04 PM"},
		{"fr toLocaleString zone name", d + `return d.toLocaleString('fr', {timeZone: 'Asia/Kolkata', timeZoneName: 'short'})`, "02/01/2024 20:34:05 UTC+5:30"},
		{"fr formatToParts", d + `return new Intl.DateTimeFormat('fr', {month: 'short', day: 'numeric', hour: 'numeric', timeZone: 'UTC'}).formatToParts(d).map((p) => p.type + ':' + p.value).join('|')`, "day:2|literal: |month:janv.|literal:, |hour:15|literal: h"},
		{"fr resolvedOptions", `return JSON.stringify(new Intl.DateTimeFormat('fr', {hour: 'numeric', minute: 'numeric', timeZone: 'utc'}).resolvedOptions())`, "{\"locale\":\"fr\",\"calendar\":\"gregory\",\"numberingSystem\":\"latn\",\"timeZone\":\"UTC\",\"hourCycle\":\"h23\",\"hour12\":false,\"hour\":\"2-digit\",\"minute\":\"2-digit\"}"},
		{"fr decimal", `return new Intl.NumberFormat('fr', {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(-1234567.891)`, "-1\u202f234\u202f567,89"},
		{"fr percent", `return (0.256).toLocaleString('fr', {style: 'percent', maximumFractionDigits: 1})`, "25,6\u00a0%"},
		{"fr currency EUR", `return new Intl.NumberFormat('fr', {style: 'currency', currency: 'EUR'}).format(1234.5)`, "1\u202f234,50\u00a0€"},
		{"fr currency USD code", `return new Intl.NumberFormat('fr', {style: 'currency', currency: 'USD', currencyDisplay: 'code'}).format(-1234.5)`, "-1\u202f234,50\u00a0USD"},
		{"fr currency JPY", `return new Intl.NumberFormat('fr', {style: 'currency', currency: 'JPY'}).format(1234.5)`, "1\u202f235\u00a0JPY"},
		{"fr compact", `return [1234, 56789, 1234567].map((n) => n.toLocaleString('fr', {notation: 'compact'})).join('|')`, "1,2\u00a0k|57\u00a0k|1,2\u00a0M"},
		{"fr unit", `return new Intl.NumberFormat('fr', {style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long'}).format(50)`, "50\u00a0kilomètres par heure"},
		{"fr number formatToParts", `return new Intl.NumberFormat('fr', {style: 'currency', currency: 'EUR'}).formatToParts(-1234.5).map((p) => p.type + ':' + p.value).join('|')`, "minusSign:-|integer:1|group:\u202f|integer:234|decimal:,|fraction:50|literal:\u00a0|currency:€"},
		{"fr plural", `return [0, 1, 2, 1.5, 1000000].map((n) => new Intl.PluralRules('fr').select(n)).join()`, "one,one,other,one,many"},
		{"fr ordinal", `return [1, 2, 3, 4, 11, 21, 22, 23].map((n) => new Intl.PluralRules('fr', {type: 'ordinal'}).select(n)).join()`, "one,other,other,other,other,other,other,other"},
		{"fr relative", `return (() => { const r = new Intl.RelativeTimeFormat('fr', {numeric: 'auto'}); const s = new Intl.RelativeTimeFormat('fr', {style: 'short'}); return [r.format(-1, 'day'), r.format(2, 'day'), r.format(-3, 'month'), s.format(5, 'minutes'), s.format(-1, 'year')].join('|') })()`, "hier|après-demain|il y a 3 mois|dans 5\u00a0min|il y a 1 a"},
		{"fr list", `return [new Intl.ListFormat('fr').format(['a', 'b', 'c']), new Intl.ListFormat('fr', {type: 'disjunction'}).format(['a', 'b']), new Intl.ListFormat('fr', {type: 'unit', style: 'narrow'}).format(['a', 'b', 'c'])].join('|')`, "a, b et c|a ou b|a b c"},
		{"fr collator", `return ['Zebra', 'apfel', 'Äpfel', 'über', 'ñu', 'nube', 'oso'].sort(new Intl.Collator('fr').compare).join()`, "apfel,Äpfel,ñu,nube,oso,über,Zebra"},
		{"es dateStyle full", d + `return new Intl.DateTimeFormat('es', {dateStyle: 'full', timeZone: 'UTC'}).format(d)`, "martes, 2 de enero de 2024"},
		{"es dateStyle long timeStyle short", d + `return new Intl.DateTimeFormat('es', {dateStyle: 'long', timeStyle: 'short', timeZone: 'America/New_York'}).format(d)`, "2 de enero de 2024 a las 10:04"},
		{"es dateStyle medium timeStyle long", d + `return new Intl.DateTimeFormat('es', {dateStyle: 'medium', timeStyle: 'long', timeZone: 'Europe/Berlin'}).format(d)`, "2 ene 2024, 16:04:05 CET"},
		{"es dateStyle short timeStyle full", d + `return new Intl.DateTimeFormat('es', {dateStyle: 'short', timeStyle: 'full', timeZone: 'Asia/Tokyo'}).format(d)`, "3/1/24, 0:04:05 (hora estándar de Japón)"},
		{"es components", d + `return d.toLocaleDateString('es', {weekday: 'short', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'})`, "mar, 2 de enero de 2024"},
		{"es time hour12", d + `return d.toLocaleTimeString('es', {hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC'})`, "3:04 p. m."},
		{"es toLocaleString zone name", d + `return d.toLocaleString('es', {timeZone: 'Asia/Kolkata', timeZoneName: 'short'})`, "2/1/2024, 20:34:05 GMT+5:30"},
		{"es formatToParts", d + `return new Intl.DateTimeFormat('es', {month: 'short', day: 'numeric', hour: 'numeric', timeZone: 'UTC'}).formatToParts(d).map((p) => p.type + ':' + p.value).join('|')`, "day:2|literal: |month:ene|literal:, |hour:15"},
		{"es resolvedOptions", `return JSON.stringify(new Intl.DateTimeFormat('es', {hour: 'numeric', minute: 'numeric', timeZone: 'utc'}).resolvedOptions())`, "{\"locale\":\"es\",\"calendar\":\"gregory\",\"numberingSystem\":\"latn\",\"timeZone\":\"UTC\",\"hourCycle\":\"h23\",\"hour12\":false,\"hour\":\"numeric\",\"minute\":\"2-digit\"}"},
		{"es decimal", `return new Intl.NumberFormat('es', {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(-1234567.891)`, "-1.234.567,89"},
		{"es percent", `return (0.256).toLocaleString('es', {style: 'percent', maximumFractionDigits: 1})`, "25,6\u00a0%"},
		{"es currency EUR", `return new Intl.NumberFormat('es', {style: 'currency', currency: 'EUR'}).format(1234.5)`, "1234,50\u00a0€"},
		{"es currency USD code", `return new Intl.NumberFormat('es', {style: 'currency', currency: 'USD', currencyDisplay: 'code'}).format(-1234.5)`, "-1234,50\u00a0USD"},
		{"es currency JPY", `return new Intl.NumberFormat('es', {style: 'currency', currency: 'JPY'}).format(1234.5)`, "1235\u00a0JPY"},
		{"es compact", `return [1234, 56789, 1234567].map((n) => n.toLocaleString('es', {notation: 'compact'})).join('|')`, "1,2\u00a0mil|57\u00a0mil|1,2\u00a0M"},
		{"es unit", `return new Intl.NumberFormat('es', {style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long'}).format(50)`, "50 kilómetros por hora"},
		{"es number formatToParts", `return new Intl.NumberFormat('es', {style: 'currency', currency: 'EUR'}).formatToParts(-1234.5).map((p) => p.type + ':' + p.value).join('|')`, "minusSign:-|integer:1234|decimal:,|fraction:50|literal:\u00a0|currency:€"},
		{"es plural", `return [0, 1, 2, 1.5, 1000000].map((n) => new Intl.PluralRules('es').select(n)).join()`, "other,one,other,other,many"},
		{"es ordinal", `return [1, 2, 3, 4, 11, 21, 22, 23].map((n) => new Intl.PluralRules('es', {type: 'ordinal'}).select(n)).join()`, "other,other,other,other,other,other,other,other"},
		{"es relative", `return (() => { const r = new Intl.RelativeTimeFormat('es', {numeric: 'auto'}); const s = new Intl.RelativeTimeFormat('es', {style: 'short'}); return [r.format(-1, 'day'), r.format(2, 'day'), r.format(-3, 'month'), s.format(5, 'minutes'), s.format(-1, 'year')].join('|') })()`, "ayer|pasado mañana|hace 3 meses|dentro de 5 min|hace 1 a"},
		{"es list", `return [new Intl.ListFormat('es').format(['a', 'b', 'c']), new Intl.ListFormat('es', {type: 'disjunction'}).format(['a', 'b']), new Intl.ListFormat('es', {type: 'unit', style: 'narrow'}).format(['a', 'b', 'c'])].join('|')`, "a, b y c|a o b|a b c"},
		{"es collator", `return ['Zebra', 'apfel', 'Äpfel', 'über', 'ñu', 'nube', 'oso'].sort(new Intl.Collator('es').compare).join()`, "apfel,Äpfel,nube,ñu,oso,über,Zebra"},
		{"ja dateStyle full", d + `return new Intl.DateTimeFormat('ja', {dateStyle: 'full', timeZone: 'UTC'}).format(d)`, "2024年1月2日火曜日"},
		{"ja dateStyle long timeStyle short", d + `return new Intl.DateTimeFormat('ja', {dateStyle: 'long', timeStyle: 'short', timeZone: 'America/New_York'}).format(d)`, "2024年1月2日 10:04"},
		{"ja dateStyle medium timeStyle long", d + `return new Intl.DateTimeFormat('ja', {dateStyle: 'medium', timeStyle: 'long', timeZone: 'Europe/Berlin'}).format(d)`, "2024/01/02 16:04:05 GMT+1"},
		{"ja dateStyle short timeStyle full", d + `return new Intl.DateTimeFormat('ja', {dateStyle: 'short', timeStyle: 'full', timeZone: 'Asia/Tokyo'}).format(d)`, "2024/01/03 0時04分05秒 日本標準時"},
		{"ja components", d + `return d.toLocaleDateString('ja', {weekday: 'short', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'})`, "2024年1月2日(火)"},
		{"ja time hour12", d + `return d.toLocaleTimeString('ja', {hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC'})`, "午後3:04"},
		{"ja toLocaleString zone name", d + `return d.toLocaleString('ja', {timeZone: 'Asia/Kolkata', timeZoneName: 'short'})`, "2024/1/2 20:34:05 GMT+5:30"},
		{"ja formatToParts", d + `return new Intl.DateTimeFormat('ja', {month: 'short', day: 'numeric', hour: 'numeric', timeZone: 'UTC'}).formatToParts(d).map((p) => p.type + ':' + p.value).join('|')`, "month:1|literal:月|day:2|literal:日 |hour:15|literal:時"},
		{"ja resolvedOptions", `return JSON.stringify(new Intl.DateTimeFormat('ja', {hour: 'numeric', minute: 'numeric', timeZone: 'utc'}).resolvedOptions())`, "{\"locale\":\"ja\",\"calendar\":\"gregory\",\"numberingSystem\":\"latn\",\"timeZone\":\"UTC\",\"hourCycle\":\"h23\",\"hour12\":false,\"hour\":\"numeric\",\"minute\":\"2-digit\"}"},
		{"ja decimal", `return new Intl.NumberFormat('ja', {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(-1234567.891)`, "-1,234,567.89"},
		{"ja percent", `return (0.256).toLocaleString('ja', {style: 'percent', maximumFractionDigits: 1})`, "25.6%"},
		{"ja currency EUR", `return new Intl.NumberFormat('ja', {style: 'currency', currency: 'EUR'}).format(1234.5)`, "€1,234.50"},
		{"ja currency USD code", `return new Intl.NumberFormat('ja', {style: 'currency', currency: 'USD', currencyDisplay: 'code'}).format(-1234.5)`, "-USD\u00a01,234.50"},
		{"ja currency JPY", `return new Intl.NumberFormat('ja', {style: 'currency', currency: 'JPY'}).format(1234.5)`, "￥1,235"},
		{"ja compact", `return [1234, 56789, 1234567].map((n) => n.toLocaleString('ja', {notation: 'compact'})).join('|')`, "1234|5.7万|123万"},
		{"ja unit", `return new Intl.NumberFormat('ja', {style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long'}).format(50)`, "時速 50 キロメートル"},
		{"ja number formatToParts", `return new Intl.NumberFormat('ja', {style: 'currency', currency: 'EUR'}).formatToParts(-1234.5).map((p) => p.type + ':' + p.value).join('|')`, "minusSign:-|currency:€|integer:1|group:,|integer:234|decimal:.|fraction:50"},
		{"ja plural", `return [0, 1, 2, 1.5, 1000000].map((n) => new Intl.PluralRules('ja').select(n)).join()`, "other,other,other,other,other"},
		{"ja ordinal", `return [1, 2, 3, 4, 11, 21, 22, 23].map((n) => new Intl.PluralRules('ja', {type: 'ordinal'}).select(n)).join()`, "other,other,other,other,other,other,other,other"},
		{"ja relative", `return (() => { const r = new Intl.RelativeTimeFormat('ja', {numeric: 'auto'}); const s = new Intl.RelativeTimeFormat('ja', {style: 'short'}); return [r.format(-1, 'day'), r.format(2, 'day'), r.format(-3, 'month'), s.format(5, 'minutes'), s.format(-1, 'year')].join('|') })()`, "昨日|明後日|3 か月前|5 分後|1 年前"},
		{"ja list", `return [new Intl.ListFormat('ja').format(['a', 'b', 'c']), new Intl.ListFormat('ja', {type: 'disjunction'}).format(['a', 'b']), new Intl.ListFormat('ja', {type: 'unit', style: 'narrow'}).format(['a', 'b', 'c'])].join('|')`, "a、b、c|aまたはb|abc"},
		{"ja collator", `return ['Zebra', 'apfel', 'Äpfel', 'über', 'ñu', 'nube', 'oso'].sort(new Intl.Collator('ja').compare).join()`, "apfel,Äpfel,ñu,nube,oso,über,Zebra"},
		{"zh-CN dateStyle full", d + `return new Intl.DateTimeFormat('zh-CN', {dateStyle: 'full', timeZone: 'UTC'}).format(d)`, "2024年1月2日星期二"},
		{"zh-CN dateStyle long timeStyle short", d + `return new Intl.DateTimeFormat('zh-CN', {dateStyle: 'long', timeStyle: 'short', timeZone: 'America/New_York'}).format(d)`, "2024年1月2日 10:04"},
		{"zh-CN dateStyle medium timeStyle long", d + `return new Intl.DateTimeFormat('zh-CN', {dateStyle: 'medium', timeStyle: 'long', timeZone: 'Europe/Berlin'}).format(d)`, "2024年1月2日 GMT+1 16:04:05"},
		{"zh-CN dateStyle short timeStyle full", d + `return new Intl.DateTimeFormat('zh-CN', {dateStyle: 'short', timeStyle: 'full', timeZone: 'Asia/Tokyo'}).format(d)`, "2024/1/3 日本标准时间 00:04:05"},
		{"zh-CN components", d + `return d.toLocaleDateString('zh-CN', {weekday: 'short', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'})`, "2024年1月2日周二"},
		{"zh-CN time hour12", d + `return d.toLocaleTimeString('zh-CN', {hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC'})`, "下午3:04"},
		{"zh-CN toLocaleString zone name", d + `return d.toLocaleString('zh-CN', {timeZone: 'Asia/Kolkata', timeZoneName: 'short'})`, "2024/1/2 GMT+5:30 20:34:05"},
		{"zh-CN formatToParts", d + `return new Intl.DateTimeFormat('zh-CN', {month: 'short', day: 'numeric', hour: 'numeric', timeZone: 'UTC'}).formatToParts(d).map((p) => p.type + ':' + p.value).join('|')`, "month:1|literal:月|day:2|literal:日 |hour:15|literal:时"},
		{"zh-CN resolvedOptions", `return JSON.stringify(new Intl.DateTimeFormat('zh-CN', {hour: 'numeric', minute: 'numeric', timeZone: 'utc'}).resolvedOptions())`, "{\"locale\":\"zh-CN\",\"calendar\":\"gregory\",\"numberingSystem\":\"latn\",\"timeZone\":\"UTC\",\"hourCycle\":\"h23\",\"hour12\":false,\"hour\":\"2-digit\",\"minute\":\"2-digit\"}"},
		{"zh-CN decimal", `return new Intl.NumberFormat('zh-CN', {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(-1234567.891)`, "-1,234,567.89"},
		{"zh-CN percent", `return (0.256).toLocaleString('zh-CN', {style: 'percent', maximumFractionDigits: 1})`, "25.6%"},
		{"zh-CN currency EUR", `return new Intl.NumberFormat('zh-CN', {style: 'currency', currency: 'EUR'}).format(1234.5)`, "€1,234.50"},
		{"zh-CN currency USD code", `return new Intl.NumberFormat('zh-CN', {style: 'currency', currency: 'USD', currencyDisplay: 'code'}).format(-1234.5)`, "-USD\u00a01,234.50"},
		{"zh-CN currency JPY", `return new Intl.NumberFormat('zh-CN', {style: 'currency', currency: 'JPY'}).format(1234.5)`, "JP¥1,235"},
		{"zh-CN compact", `return [1234, 56789, 1234567].map((n) => n.toLocaleString('zh-CN', {notation: 'compact'})).join('|')`, "1234|5.7万|123万"},
		{"zh-CN unit", `return new Intl.NumberFormat('zh-CN', {style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long'}).format(50)`, "每小时50公里"},
		{"zh-CN number formatToParts", `return new Intl.NumberFormat('zh-CN', {style: 'currency', currency: 'EUR'}).formatToParts(-1234.5).map((p) => p.type + ':' + p.value).join('|')`, "minusSign:-|currency:€|integer:1|group:,|integer:234|decimal:.|fraction:50"},
		{"zh-CN plural", `return [0, 1, 2, 1.5, 1000000].map((n) => new Intl.PluralRules('zh-CN').select(n)).join()`, "other,other,other,other,other"},
		{"zh-CN ordinal", `return [1, 2, 3, 4, 11, 21, 22, 23].map((n) => new Intl.PluralRules('zh-CN', {type: 'ordinal'}).select(n)).join()`, "other,other,other,other,other,other,other,other"},
		{"zh-CN relative", `return (() => { const r = new Intl.RelativeTimeFormat('zh-CN', {numeric: 'auto'}); const s = new Intl.RelativeTimeFormat('zh-CN', {style: 'short'}); return [r.format(-1, 'day'), r.format(2, 'day'), r.format(-3, 'month'), s.format(5, 'minutes'), s.format(-1, 'year')].join('|') })()`, "昨天|后天|3个月前|5分钟后|1年前"},
		{"zh-CN list", `return [new Intl.ListFormat('zh-CN').format(['a', 'b', 'c']), new Intl.ListFormat('zh-CN', {type: 'disjunction'}).format(['a', 'b']), new Intl.ListFormat('zh-CN', {type: 'unit', style: 'narrow'}).format(['a', 'b', 'c'])].join('|')`, "a、b和c|a或b|abc"},
		{"zh-CN collator", `return ['Zebra', 'apfel', 'Äpfel', 'über', 'ñu', 'nube', 'oso'].sort(new Intl.Collator('zh-CN').compare).join()`, "apfel,Äpfel,ñu,nube,oso,über,Zebra"},
		{"unknown locale falls back to en-US", d + `return new Intl.DateTimeFormat('xx', {dateStyle: 'medium', timeZone: 'UTC'}).format(d) + '|' + new Intl.NumberFormat('xx').resolvedOptions().locale`, "Jan 2, 2024|en-US"},
		{"getCanonicalLocales", `return Intl.getCanonicalLocales(['EN-us', 'zh-hans-cn', 'en-u-kn-true', 'iw']).join()`, "en-US,zh-Hans-CN,en-u-kn,he"},
		{"supportedLocalesOf", `return Intl.DateTimeFormat.supportedLocalesOf(['xx', 'de-AT', 'fr', 'zh-Hans-CN']).join()`, "de-AT,fr,zh-Hans-CN"},
		{"localeCompare", `return ['b', 'a', 'C', 'á'].sort((x, y) => x.localeCompare(y)).join() + '|' + 'a'.localeCompare('A', 'en', {sensitivity: 'base'}) + '|' + 'a'.localeCompare('á', 'en', {sensitivity: 'accent'})`, "a,á,b,C|0|-1"},
		{"collator numeric", `return ['a10', 'a2', 'a1'].sort(new Intl.Collator('en', {numeric: true}).compare).join()`, "a1,a2,a10"},
		{"collator base", `return ['a', 'A', 'á', 'b'].map((x) => new Intl.Collator('fr', {sensitivity: 'base'}).compare('a', x)).join()`, "0,0,0,-1"},
		{"IANA zone aliases", `return [new Intl.DateTimeFormat('en', {timeZone: 'asia/kolkata'}).resolvedOptions().timeZone, new Intl.DateTimeFormat('en', {timeZone: 'Etc/UTC'}).resolvedOptions().timeZone, new Intl.DateTimeFormat('en', {timeZone: 'US/Eastern'}).resolvedOptions().timeZone].join()`, "Asia/Calcutta,UTC,America/New_York"},
		{"hour12 false in en is h24", d + `return d.toLocaleTimeString('en-US', {hour: 'numeric', minute: 'numeric', hour12: false, timeZone: 'Asia/Tokyo'})`, "24:04"},
		{"dates before 1970 and DST", `return [new Date(Date.UTC(1969, 6, 20, 20, 17)), new Date(Date.UTC(2024, 2, 31, 1, 30))].map((x) => x.toLocaleString('de', {timeZone: 'Europe/Berlin', timeZoneName: 'long'})).join('|')`, "20.7.1969, 21:17:00 GMT+01:00|31.3.2024, 3:30:00 Mitteleuropäische Sommerzeit"},
		{"number rounding on the decimal", `return [(1.005).toLocaleString('en', {maximumFractionDigits: 2}), (2.5).toLocaleString('en', {maximumFractionDigits: 0}), (2.5).toLocaleString('en', {maximumFractionDigits: 0, roundingMode: 'halfEven'}), (-0).toLocaleString('en'), (1e21).toLocaleString('en'), 12345678901234567890n.toLocaleString('de')].join('|')`, "1.01|3|2|-0|1,000,000,000,000,000,000,000|12.345.678.901.234.567.890"},
		{"signDisplay and accounting", `return [(5).toLocaleString('en', {signDisplay: 'always'}), (0).toLocaleString('en', {signDisplay: 'exceptZero'}), (-5).toLocaleString('en', {style: 'currency', currency: 'USD', currencySign: 'accounting'})].join('|')`, "+5|0|($5.00)"},
		{"significant digits", `return [new Intl.NumberFormat('en', {maximumSignificantDigits: 3}).format(123456), new Intl.NumberFormat('en', {minimumSignificantDigits: 5}).format(1.5)].join('|')`, "123,000|1.5000"},
		{"formatRange numbers", `return [new Intl.NumberFormat('en').formatRange(3, 5), new Intl.NumberFormat('de', {style: 'currency', currency: 'EUR'}).formatRange(3, 5), new Intl.NumberFormat('en', {style: 'currency', currency: 'EUR'}).formatRange(3, 5)].join('|')`, "3–5|3,00–5,00\u00a0€|€3.00 – €5.00"},
		{"errors", `return [() => new Intl.DateTimeFormat('en', {timeZone: 'Mars/Base'}), () => new Intl.NumberFormat('en', {style: 'currency'}), () => Intl.getCanonicalLocales('en_US'), () => new Intl.DateTimeFormat('en', {dateStyle: 'full', hour: 'numeric'})].map((f) => { try { f(); return 'no' } catch (e) { return e.name + ': ' + e.message } }).join('|')`, "RangeError: Invalid time zone specified: Mars/Base|TypeError: Currency code is required with currency style.|RangeError: Incorrect locale information provided|TypeError: Can't set option hour when dateStyle is used"},
	})
}

// TestIntlFallback is where Comet knowingly differs from Node: a region
// without data in Comet resolves to its language (ECMA-402's
// LookupMatcher), while Node's ICU has data for de-AT and fr-CA and prints
// "de-AT|fr-CA" (and "Jänner" for January in de-AT).
func TestIntlFallback(t *testing.T) {
	runCases(t, newEnv(t), "", []jsCase{
		{"region without data", `return new Intl.NumberFormat('de-AT').resolvedOptions().locale + '|' + new Intl.DateTimeFormat('fr-CA').resolvedOptions().locale`, "de|fr"},
		{"traditional Chinese", `return new Intl.DateTimeFormat('zh-TW').resolvedOptions().locale`, "zh"},
		{"no match at all", `return new Intl.DateTimeFormat(['tlh', 'xx']).resolvedOptions().locale`, "en-US"},
	})
}

// TestIntlErrors checks the errors V8 throws, by name and message.
func TestIntlErrors(t *testing.T) {
	runCases(t, newEnv(t), "", []jsCase{
		{"bad time zone", `try { new Intl.DateTimeFormat('en', {timeZone: '+05:30'}) } catch (e) { return e.name + ': ' + e.message }`, "RangeError: Invalid time zone specified: +05:30"},
		{"bad option value", `try { new Intl.DateTimeFormat('en', {month: 'big'}) } catch (e) { return e.name + ': ' + e.message }`, "RangeError: Value big out of range for Intl.DateTimeFormat options property month"},
		{"time style with toLocaleDateString", `try { new Date(0).toLocaleDateString('en', {timeStyle: 'short'}) } catch (e) { return e.name + ': ' + e.message }`, "TypeError: Invalid option : timeStyle"},
		{"invalid date", `return new Date(NaN).toLocaleString('de') + '|' + (() => { try { new Intl.DateTimeFormat().format(NaN) } catch (e) { return e.name } })()`, "Invalid Date|RangeError"},
		{"bad currency", `try { new Intl.NumberFormat('en', {style: 'currency', currency: 'EURO'}) } catch (e) { return e.name + ': ' + e.message }`, "RangeError: Invalid currency code : EURO"},
		{"bad unit", `try { new Intl.NumberFormat('en', {style: 'unit', unit: 'parsec'}) } catch (e) { return e.name + ': ' + e.message }`, "RangeError: Invalid unit argument for Intl.NumberFormat() 'parsec'"},
		{"fraction digits", `try { new Intl.NumberFormat('en', {minimumFractionDigits: 3, maximumFractionDigits: 1}) } catch (e) { return e.name + ': ' + e.message }`, "RangeError: maximumFractionDigits value is out of range."},
		{"relative unit", `try { new Intl.RelativeTimeFormat('en').format(1, 'decade') } catch (e) { return e.name + ': ' + e.message }`, "RangeError: Invalid unit argument for Intl.RelativeTimeFormat.prototype.format() 'decade'"},
		{"list item", `try { new Intl.ListFormat('en').format(['a', 1]) } catch (e) { return e.name + ': ' + e.message }`, "TypeError: Iterable yielded 1 which is not a string"},
		{"plural needs new", `try { Intl.PluralRules('en') } catch (e) { return e.name }`, "TypeError"},
		{"date format without new", `return Intl.DateTimeFormat('de', {timeZone: 'UTC'}).format(0)`, "1.1.1970"},
		{"wrong receiver", `try { Intl.NumberFormat.prototype.formatToParts.call({}, 1) } catch (e) { return e.name }`, "TypeError"},
	})
}

// TestIntlInstalled checks Intl's shape on a fresh runtime. (What
// installing it costs, with locale data parsed on first use, is measured by
// BenchmarkEnable.)
func TestIntlInstalled(t *testing.T) {
	got, err := newEnv(t).eval(`return [typeof Intl, Intl.DateTimeFormat.name, String(Intl), Object.keys(Intl).length].join()`)
	if err != nil || got != "object,DateTimeFormat,[object Intl],0" {
		t.Fatalf("got %q, %v", got, err)
	}
}

// BenchmarkIntlDateTimeFormat builds a formatter and formats with it.
func BenchmarkIntlDateTimeFormat(b *testing.B) {
	benchJS(b, `new Intl.DateTimeFormat('de', {dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin'}).format(1e12 + i)`)
}

// BenchmarkIntlDateTimeFormatFormat formats with one formatter.
func BenchmarkIntlDateTimeFormatFormat(b *testing.B) {
	benchJS(b, `f.format(1e12 + i * 1000)`)
}

// BenchmarkIntlToLocaleString is Date.prototype.toLocaleString with options.
func BenchmarkIntlToLocaleString(b *testing.B) {
	benchJS(b, `new Date(1e12 + i).toLocaleString('en-US', {timeZone: 'America/New_York'})`)
}

// BenchmarkIntlNumberFormat formats a price with one formatter.
func BenchmarkIntlNumberFormat(b *testing.B) {
	benchJS(b, `nf.format(i + 0.5)`)
}

// BenchmarkIntlLocaleCompare sorts through String.prototype.localeCompare.
func BenchmarkIntlLocaleCompare(b *testing.B) {
	benchJS(b, `'résumé'.localeCompare('resume')`)
}

// benchJS runs expr b.N times in one runtime (i is the iteration; f is a
// German DateTimeFormat, nf a euro NumberFormat).
func benchJS(b *testing.B, expr string) {
	e := newEnv(b)
	var fn goja.Callable
	err := e.exec(func(vm *goja.Runtime) error {
		v, err := vm.RunString(`(() => { const f = new Intl.DateTimeFormat('de', {dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin'}); const nf = new Intl.NumberFormat('de', {style: 'currency', currency: 'EUR'}); return (n) => { let x; for (let i = 0; i < n; i++) x = ` + expr + `; return x } })()`)
		if err != nil {
			return err
		}
		fn, _ = goja.AssertFunction(v)
		_, err = fn(goja.Undefined(), vm.ToValue(1)) // parse the data first
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	err = e.exec(func(vm *goja.Runtime) error {
		_, err := fn(goja.Undefined(), vm.ToValue(b.N))
		return err
	})
	if err != nil && !strings.Contains(err.Error(), "timed out") {
		b.Fatal(err)
	}
}
