package content

import (
	"strconv"
	"strings"
	"unicode"
)

// githubSlug is github-slugger's slug(): lower case, every character that
// is not a letter, mark, number, connector punctuation, space or hyphen
// removed, spaces turned into hyphens. Astro slugs entry paths with it
// (content/utils.ts getContentEntryIdAndSlug) and heading ids with its
// Slugger (which also de-duplicates: see slugger).
func githubSlug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r) || unicode.Is(unicode.Pc, r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// slugger is github-slugger's Slugger: the second "intro" is "intro-1".
type slugger struct{ seen map[string]int }

func (s *slugger) slug(v string) string {
	if s.seen == nil {
		s.seen = map[string]int{}
	}
	base := githubSlug(v)
	result := base
	for {
		if _, ok := s.seen[result]; !ok {
			break
		}
		s.seen[base]++
		result = base + "-" + strconv.Itoa(s.seen[base])
	}
	s.seen[result] = 0
	return result
}

// entrySlug is the slug Astro gives an entry from its path relative to the
// collection's base, without extension: each segment slugged, a trailing
// /index dropped.
func entrySlug(relNoExt string) string {
	segs := strings.Split(relNoExt, "/")
	for i, s := range segs {
		segs[i] = githubSlug(s)
	}
	return strings.TrimSuffix(strings.Join(segs, "/"), "/index")
}
