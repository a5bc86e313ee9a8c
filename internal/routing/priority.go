package routing

import "strings"

// compare is Astro 7's routeComparator (core/routing/priority.ts): segment
// by segment over the common prefix, static text first (alphabetical when
// both are static and differ), then mixed segments (game-[x]) before pure
// params, then no rest before rest; then more segments first, except that
// /foo sorts before /foo/[...rest]; then endpoints before pages; then the
// route string.
func compare(a, b *Route) int {
	n := min(len(a.Segments), len(b.Segments))
	for i := 0; i < n; i++ {
		as, bs := a.Segments[i], b.Segments[i]
		aStatic, bStatic := allStatic(as), allStatic(bs)
		if aStatic && bStatic {
			if ac, bc := segmentText(as), segmentText(bs); ac != bc {
				return localeCompare(ac, bc)
			}
		}
		if aStatic != bStatic {
			if aStatic {
				return -1
			}
			return 1
		}
		aDyn, bDyn := allDynamic(as), allDynamic(bs)
		if aDyn != bDyn {
			if aDyn {
				return 1
			}
			return -1
		}
		aRest, bRest := hasRest(as), hasRest(bs)
		if aRest != bRest {
			if aRest {
				return 1
			}
			return -1
		}
	}
	la, lb := len(a.Segments), len(b.Segments)
	if la != lb {
		aEnds, bEnds := endsInRest(a), endsInRest(b)
		if aEnds != bEnds && (la-lb == 1 || lb-la == 1) {
			if la > lb && aEnds {
				return 1 // /foo before /foo/[...rest]
			}
			if lb > la && bEnds {
				return -1
			}
		}
		if la > lb {
			return -1
		}
		return 1
	}
	if (a.Kind == Endpoint) != (b.Kind == Endpoint) {
		if a.Kind == Endpoint {
			return -1
		}
		return 1
	}
	if c := localeCompare(a.Route, b.Route); c != 0 {
		return c
	}
	return strings.Compare(a.File, b.File) // the same route twice: a stable order
}

func allStatic(seg []Part) bool {
	for _, p := range seg {
		if p.Dynamic {
			return false
		}
	}
	return true
}

func allDynamic(seg []Part) bool {
	for _, p := range seg {
		if !p.Dynamic {
			return false
		}
	}
	return true
}

func hasRest(seg []Part) bool {
	for _, p := range seg {
		if p.Rest {
			return true
		}
	}
	return false
}

func endsInRest(r *Route) bool {
	return len(r.Segments) > 0 && hasRest(r.Segments[len(r.Segments)-1])
}

func segmentText(seg []Part) string {
	var b strings.Builder
	for _, p := range seg {
		b.WriteString(p.Content)
	}
	return b.String()
}

// localeCompare approximates JavaScript's String.prototype.localeCompare
// in the root locale for route text: letters compare case-insensitively
// first, and on a tie lower case sorts before upper case, as ICU does.
func localeCompare(a, b string) int {
	if c := strings.Compare(strings.ToLower(a), strings.ToLower(b)); c != 0 {
		return c
	}
	// ICU puts lower case first: "a" < "A".
	return -strings.Compare(a, b)
}
