package intl_test

import (
	"encoding/json"
	"testing"
)

// TestSegmenterMatchesNode compares Intl.Segmenter with Node's ICU on text
// where Unicode's segmentation rules and ICU agree: combining marks, emoji
// sequences and flags, contractions, numbers, punctuation, sentences, lone
// surrogates, Katakana runs; and on the API's shape and errors. (ICU's
// dictionaries for Chinese, Japanese and Thai words are not compared.)
func TestSegmenterMatchesNode(t *testing.T) {
	texts := []string{
		"", "Hello, world! It's 3.14 e-mail 👍🏽 テキスト",
		"e\u0301👨‍👩‍👧🇫🇷 a\r\nb", "Hi there. How are you? Fine.\nNew line here!  Yes",
		"Mr. Smith paid $3.50 (approx.) for 2 cups.", "naïve café — résumé", "don't can't won't",
		"Satori renders <div>OG images</div> with yoga, 12:30pm.", "Привет, мир! Γειά σου Κόσμε.",
	}
	var exprs []string
	q := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	exprs = append(exprs, `Intl.DateTimeFormat().resolvedOptions().timeZone`)
	lits := []string{`"\ud800x\udc00 y"`} // lone surrogates: JS source, Go strings cannot hold them
	for _, text := range texts {
		lits = append(lits, q(text))
	}
	for _, lit := range lits {
		for _, g := range []string{"grapheme", "word", "sentence"} {
			exprs = append(exprs,
				`[...new Intl.Segmenter('en', {granularity: `+q(g)+`}).segment(`+lit+`)]`,
				`(() => { const s = new Intl.Segmenter('en', {granularity: `+q(g)+`}).segment(`+lit+`); return [-1, 0, 1, 3, 7, 2.5, '4', NaN, 1e9].map((i) => s.containing(i)) })()`)
		}
	}
	exprs = append(exprs,
		`['en', 'fr-CA', 'xx', 'ja', 'zh-TW', 'tlh', 'en-u-co-phonebk'].map((l) => new Intl.Segmenter(l).resolvedOptions())`,
		`new Intl.Segmenter('en', {granularity: 'word', localeMatcher: 'lookup'}).resolvedOptions()`,
		`Intl.Segmenter.supportedLocalesOf(['xx', 'en', 'fr-CA'])`,
		`[Intl.Segmenter.length, Object.prototype.toString.call(new Intl.Segmenter()), Object.prototype.toString.call(new Intl.Segmenter().segment('a')[Symbol.iterator]())]`,
		`Object.getOwnPropertyNames(Object.getPrototypeOf(new Intl.Segmenter().segment('a')))`,
		`Object.getOwnPropertyNames(Object.getPrototypeOf(new Intl.Segmenter().segment('a')[Symbol.iterator]()))`,
		`(() => { const it = new Intl.Segmenter().segment('ab')[Symbol.iterator](); return [it.next(), it.next(), it.next(), it.next()] })()`,
		`new Intl.Segmenter('en', {granularity: 'line'})`,
		`new Intl.Segmenter('en', null)`,
		`new Intl.Segmenter('en', 'word')`,
		`Intl.Segmenter.prototype.segment.call({}, 'a')`,
		`new Intl.Segmenter().segment(12345).containing(2)`,
		`Array.from(new Intl.Segmenter('en', {granularity: 'word'}).segment('one two'), (s) => s.segment)`,
	)
	compareWithNode(t, exprs)
}
