package webapi

// URL parsing is the WHATWG URL Standard's, by github.com/nlnwa/whatwg-url
// (a Go implementation of the spec's state machine, with IDNA through
// golang.org/x/net/idna): relative resolution, dot segments (also %2e),
// IPv4 number forms, IPv6 compression, punycode hosts, percent-encode sets
// per component, lone "%" kept — the cases where net/url and the spec
// differ, and which Node's URL follows. Each JS URL keeps its URL record
// (*wurl.Url), and its setters run the spec's basic URL parser on that
// record with a state override (setURL), as the standard says: a setter
// never re-parses the href, so `protocol = "b,c"` is ignored, `host` on an
// opaque-path URL does nothing, and a non-special URL keeps its empty host
// (`foo://`) and its "/." path prefix.

import (
	"strings"

	"github.com/dop251/goja"
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
	return partsOf(u), true
}

// partsOf reads the getters of the URL record u.
func partsOf(u *wurl.Url) urlParts {
	p := urlParts{
		protocol: u.Protocol(), username: u.Username(), password: u.Password(),
		hostname: u.Hostname(), port: u.Port(), pathname: u.Pathname(),
		special: u.IsSpecialScheme(), href: u.Href(false), rec: u,
	}
	// search and hash keep a lone "?" or "#" (an empty query or fragment
	// that href shows): take them from the serialization, where the first
	// "#" starts the fragment and the first "?" before it the query.
	rest := p.href
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		p.hash, rest = rest[i:], rest[:i]
	}
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		p.search = rest[i:]
	}
	return p
}

// setURL runs the URL Standard's setter name ("protocol", "username",
// "password", "host", "hostname", "port", "pathname", "search", "hash")
// with value on the record u, and returns its parts afterwards. A value
// the setter rejects leaves u as it was, as the standard says.
func setURL(u *wurl.Url, name, value string) urlParts {
	switch name {
	case "protocol":
		// The scheme state with an override stops at the first ":";
		// the library appends one only when value has none.
		if i := strings.IndexByte(value, ':'); i >= 0 {
			value = value[:i+1]
		}
		u.SetProtocol(value)
	case "username":
		u.SetUsername(value)
	case "password":
		u.SetPassword(value)
	case "host":
		u.SetHost(value)
	case "hostname":
		u.SetHostname(value)
	case "port":
		u.SetPort(value)
	case "pathname":
		u.SetPathname(value)
	case "search":
		u.SetSearch(value)
	case "hash":
		u.SetHash(value)
	}
	return partsOf(u)
}

// urlNatives adds the URL class's parser (parseURL) and its setters
// (setURL), both the WHATWG URL standard's algorithm.
func urlNatives(vm *goja.Runtime, n *goja.Object) {
	n.Set("parseURL", func(call goja.FunctionCall) goja.Value {
		base := ""
		if b := call.Argument(1); !goja.IsUndefined(b) {
			base = b.String()
		}
		p, ok := parseWHATWG(call.Argument(0).String(), base)
		if !ok {
			return goja.Null()
		}
		return urlObject(vm, p)
	})
	n.Set("setURL", func(rec *wurl.Url, name, value string) goja.Value {
		return urlObject(vm, setURL(rec, name, value))
	})
}

// urlParts is a parsed URL as the prelude's URL class stores it.
type urlParts struct {
	protocol, username, password, hostname, port, pathname, search, hash string
	special                                                              bool
	href                                                                 string    // the spec's serialization
	rec                                                                  *wurl.Url // the URL record the setters change
}

// urlObject is the JS object the prelude's URL class keeps.
func urlObject(vm *goja.Runtime, p urlParts) *goja.Object {
	o := vm.NewObject()
	o.Set("protocol", p.protocol)
	o.Set("username", p.username)
	o.Set("password", p.password)
	o.Set("hostname", p.hostname)
	o.Set("port", p.port)
	o.Set("pathname", p.pathname)
	o.Set("search", p.search)
	o.Set("hash", p.hash)
	o.Set("special", p.special)
	o.Set("href", p.href)
	o.Set("rec", p.rec)
	return o
}
