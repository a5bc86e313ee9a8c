package webapi

// URL parsing is the WHATWG URL Standard's, by github.com/nlnwa/whatwg-url
// (a Go implementation of the spec's state machine, with IDNA through
// golang.org/x/net/idna): relative resolution, dot segments (also %2e),
// IPv4 number forms, IPv6 compression, punycode hosts, percent-encode sets
// per component, lone "%" kept — the cases where net/url and the spec
// differ, and which Node's URL follows.

import (
	"strings"

	wurl "github.com/nlnwa/whatwg-url/url"
)

var whatwgParser = wurl.NewParser()

// parseWHATWG parses input (against base, if not "") into the parts the
// prelude's URL class keeps; false if the spec's parser fails.
func parseWHATWG(input, base string) (urlParts, bool) {
	var u *wurl.Url
	var err error
	if base != "" {
		u, err = whatwgParser.ParseRef(base, input)
	} else {
		u, err = whatwgParser.Parse(input)
	}
	if err != nil {
		return urlParts{}, false
	}
	p := urlParts{
		protocol: u.Protocol(), username: u.Username(), password: u.Password(),
		hostname: u.Hostname(), port: u.Port(), pathname: u.Pathname(),
		special: u.IsSpecialScheme(),
	}
	// search and hash keep a lone "?" or "#" (an empty query or fragment
	// that href shows): take them from the serialization, where the first
	// "#" starts the fragment and the first "?" before it the query.
	rest := u.Href(false)
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		p.hash, rest = rest[i:], rest[:i]
	}
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		p.search = rest[i:]
	}
	return p, true
}
