package intl

import (
	"unicode"

	"github.com/dop251/goja"
	"github.com/rivo/uniseg"
)

// segmentNative is Intl.Segmenter's native half (intl.js's Segmenter):
// where a string's graphemes, words or sentences end, by Unicode's text
// segmentation rules (UAX #29, through github.com/rivo/uniseg). Offsets
// are UTF-16 code units, the unit of JavaScript string indices; goja hands
// Go a lone surrogate as U+FFFD, also one unit, so offsets stay exact and
// intl.js slices the segments out of the original string. For words, each
// segment also says whether it is word-like (letters or digits), as ICU's
// rule status does.
func segmentNative(vm *goja.Runtime) func(s, granularity string) goja.Value {
	return func(s, granularity string) goja.Value {
		var ends, wordLike []any
		pos, state := 0, -1
		for len(s) > 0 {
			var seg string
			switch granularity {
			case "word":
				seg, s, state = uniseg.FirstWordInString(s, state)
			case "sentence":
				seg, s, state = uniseg.FirstSentenceInString(s, state)
			default:
				seg, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
			}
			like := false
			for _, r := range seg {
				pos++
				if r > 0xFFFF {
					pos++
				}
				if !like && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
					like = true
				}
			}
			ends = append(ends, pos)
			if granularity == "word" {
				wordLike = append(wordLike, like)
			}
		}
		out := vm.NewObject()
		out.Set("ends", vm.NewArray(ends...))
		if wordLike != nil {
			out.Set("wordLike", vm.NewArray(wordLike...))
		}
		return out
	}
}
