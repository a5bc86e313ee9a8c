package server

import "strings"

// removeDotSegments resolves the "." and ".." segments of an escaped path
// (starting with "/") as the URL standard's path parser does, so "%2e" and
// "%2E" count as dots: "/docs/%2e%2e/.env" becomes "/.env". Astro routes
// the pathname of `new URL(request.url)`, which is normalised this way, so
// a route param can never hold a segment the URL itself no longer has.
func removeDotSegments(p string) string {
	if !strings.Contains(p, ".") && !strings.Contains(p, "%2") || !hasEscapedDotSegment(p[1:]) {
		return p // nothing to resolve: no allocation
	}
	segs := strings.Split(p[1:], "/")
	out := make([]string, 0, len(segs))
	for i, s := range segs {
		last := i == len(segs)-1
		switch {
		case isDoubleDot(s):
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		case isSingleDot(s):
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, s)
		}
	}
	return "/" + strings.Join(out, "/")
}

// hasEscapedDotSegment reports whether a segment of p is "." or "..",
// escaped or not.
func hasEscapedDotSegment(p string) bool {
	for s := range strings.SplitSeq(p, "/") {
		if isSingleDot(s) || isDoubleDot(s) {
			return true
		}
	}
	return false
}

func isSingleDot(s string) bool { return s == "." || strings.EqualFold(s, "%2e") }

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

// hasDotSegment reports whether a decoded pathname still has a "." or ".."
// segment: one that was escaped twice ("%252e%252e"), which the repeated
// decoding of decodePath turns into dots after the URL was normalised. Such
// a path is refused rather than routed, so no param ever holds "..".
func hasDotSegment(p string) bool {
	for s := range strings.SplitSeq(p, "/") {
		if s == "." || s == ".." {
			return true
		}
	}
	return false
}
