package webapi

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"mime"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"
	_ "time/tzdata" // time zones on machines without a zoneinfo database
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

var defaultClient = &http.Client{
	Timeout: 60 * time.Second,
	Transport: &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   16,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
	},
}

// natives is the object the prelude receives.
func (s *state) natives() *goja.Object {
	vm := s.vm
	n := vm.NewObject()
	ab := func(b []byte) goja.Value { return vm.ToValue(vm.NewArrayBuffer(b)) }
	view := func(buf goja.Value, off, length int64) []byte {
		a, ok := buf.Export().(goja.ArrayBuffer)
		if !ok {
			panic(vm.NewTypeError("expected an ArrayBuffer"))
		}
		b := a.Bytes()
		if off < 0 || length < 0 || off+length > int64(len(b)) {
			panic(vm.NewTypeError("offset out of range"))
		}
		return b[off : off+length]
	}
	n.Set("encode", func(str string, enc string) goja.Value {
		b, err := encodeString(str, enc)
		if err != nil {
			panic(vm.NewTypeError(err.Error()))
		}
		return ab(b)
	})
	n.Set("decode", func(buf goja.Value, off, length int64, enc string) string {
		str, err := decodeBytes(view(buf, off, length), enc)
		if err != nil {
			panic(vm.NewTypeError(err.Error()))
		}
		return str
	})
	n.Set("validUTF8", func(buf goja.Value, off, length int64) bool { return utf8.Valid(view(buf, off, length)) })
	n.Set("randomBytes", func(size int) goja.Value {
		b := make([]byte, size)
		rand.Read(b)
		return ab(b)
	})
	n.Set("randomHex", func(size int) string {
		b := make([]byte, size)
		rand.Read(b)
		return hex.EncodeToString(b)
	})
	n.Set("randomUUID", func() string {
		b := make([]byte, 16)
		rand.Read(b)
		b[6] = b[6]&0x0f | 0x40
		b[8] = b[8]&0x3f | 0x80
		h := hex.EncodeToString(b)
		return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
	})
	n.Set("parseURL", func(call goja.FunctionCall) goja.Value {
		base := ""
		if b := call.Argument(1); !goja.IsUndefined(b) {
			base = b.String()
		}
		p, ok := parseURL(call.Argument(0).String(), base)
		if !ok {
			return goja.Null()
		}
		return urlObject(vm, p)
	})
	n.Set("encodePath", func(s string) string { return escapeURLPart(s, pathKeep) })
	n.Set("encodeQuery", func(s string) string { return escapeURLPart(s, queryKeep) })
	n.Set("encodeFragment", func(s string) string { return escapeURLPart(s, fragmentKeep) })
	n.Set("parseMultipart", func(buf goja.Value, off, length int64, contentType string) goja.Value {
		parts, err := parseMultipart(view(buf, off, length), contentType)
		if err != nil {
			return goja.Null()
		}
		out := make([]any, len(parts))
		for i, p := range parts {
			o := vm.NewObject()
			o.Set("name", p.name)
			if p.isFile {
				o.Set("filename", p.filename)
				o.Set("type", p.contentType)
				o.Set("data", ab(p.data))
			} else {
				o.Set("value", string(p.data))
			}
			out[i] = o
		}
		return vm.NewArray(out...)
	})
	n.Set("digest", func(alg string, buf goja.Value, off, length int64) goja.Value {
		h, ok := newHash(alg)
		if !ok {
			panic(vm.NewTypeError("Digest method not supported: " + alg))
		}
		h.Write(view(buf, off, length))
		return ab(h.Sum(nil))
	})
	n.Set("hmac", func(alg string, key goja.Value, koff, klen int64, buf goja.Value, off, length int64) goja.Value {
		if _, ok := newHash(alg); !ok {
			panic(vm.NewTypeError("Invalid digest: " + alg))
		}
		m := hmac.New(func() hash.Hash { h, _ := newHash(alg); return h }, view(key, koff, klen))
		m.Write(view(buf, off, length))
		return ab(m.Sum(nil))
	})
	n.Set("tzOffset", func(zone string, ms int64) goja.Value {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			return goja.Null()
		}
		_, off := time.UnixMilli(ms).In(loc).Zone()
		return vm.ToValue(off / 60)
	})
	n.Set("tzName", func(zone string, ms int64) string {
		loc := time.Local
		if zone != "" {
			if l, err := time.LoadLocation(zone); err == nil {
				loc = l
			}
		}
		name, _ := time.UnixMilli(ms).In(loc).Zone()
		return name
	})
	n.Set("localZone", func() string {
		if tz := os.Getenv("TZ"); tz != "" {
			return strings.TrimPrefix(tz, ":")
		}
		if _, off := time.Now().Zone(); off == 0 {
			return "UTC"
		}
		return time.Local.String()
	})
	n.Set("expandUnicodeProps", func(src string) string {
		out, err := expandUnicodeProps(src)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return out
	})
	n.Set("console", func(level, msg string) {
		if s.opts.Console != nil {
			s.opts.Console(level, msg)
		}
	})
	n.Set("headerList", func(call goja.FunctionCall) goja.Value {
		list, err := headerList(vm, call.Argument(0))
		if err != nil {
			panic(vm.NewTypeError(err.Error()))
		}
		return list
	})
	n.Set("fetch", s.fetch)
	n.Set("abortFetch", func(id int64) {
		s.mu.Lock()
		cancel := s.fetches[id]
		s.mu.Unlock()
		if cancel != nil {
			cancel()
		}
	})
	return n
}

// fetch runs one HTTP request in a goroutine and calls cb on the loop:
// cb(err, status, statusText, headers[], body ArrayBuffer, finalURL, redirected).
func (s *state) fetch(method, rawURL string, headers []string, body goja.Value, redirect string, cb goja.Callable) int64 {
	vm := s.vm
	var bodyBytes []byte
	if body != nil && !goja.IsNull(body) && !goja.IsUndefined(body) {
		if a, ok := body.Export().(goja.ArrayBuffer); ok {
			bodyBytes = append([]byte(nil), a.Bytes()...)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.mu.Lock()
	s.nextID++
	id := s.nextID
	s.fetches[id] = cancel
	s.mu.Unlock()
	fail := func(err error) {
		s.loop.RunOnLoop(func(*goja.Runtime) {
			cb(goja.Undefined(), vm.ToValue(err.Error()))
		})
	}
	req, err := http.NewRequestWithContext(ctx, method, rawURL, bytes.NewReader(bodyBytes))
	if err != nil {
		s.done(id)
		go fail(err)
		return id
	}
	if bodyBytes == nil {
		req.Body = nil
		req.ContentLength = 0
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Add(headers[i], headers[i+1])
	}
	if req.Header.Get("User-Agent") == "" {
		req.Header.Set("User-Agent", "comet")
	}
	// A shallow copy of the client per fetch, to see redirects (and stop
	// at the first one for redirect: manual/error); CheckRedirect runs in
	// the goroutine that calls Do, so redirected needs no lock.
	client := *s.opts.HTTPClient
	check := s.opts.HTTPClient.CheckRedirect
	redirected := false
	client.CheckRedirect = func(r *http.Request, via []*http.Request) error {
		if redirect == "manual" || redirect == "error" {
			return http.ErrUseLastResponse
		}
		if check != nil {
			if err := check(r, via); err != nil {
				return err
			}
		} else if len(via) >= 20 {
			return errors.New("redirect count exceeded")
		}
		redirected = true
		return nil
	}
	go func() {
		defer s.done(id)
		resp, err := client.Do(req)
		if err != nil {
			fail(err)
			return
		}
		defer resp.Body.Close()
		data, err := io.ReadAll(io.LimitReader(resp.Body, s.opts.MaxFetchBody+1))
		if err == nil && int64(len(data)) > s.opts.MaxFetchBody {
			err = fmt.Errorf("response body larger than %d bytes", s.opts.MaxFetchBody)
		}
		if err != nil {
			fail(err)
			return
		}
		if redirect == "error" && resp.StatusCode >= 300 && resp.StatusCode < 400 {
			fail(fmt.Errorf("unexpected redirect"))
			return
		}
		var hdr []any
		for name, values := range resp.Header {
			for _, v := range values {
				hdr = append(hdr, lowerASCII(name), v)
			}
		}
		statusText := http.StatusText(resp.StatusCode)
		if _, text, ok := strings.Cut(resp.Status, " "); ok {
			statusText = text
		}
		finalURL := rawURL
		if redirected {
			finalURL = resp.Request.URL.String()
		}
		s.loop.RunOnLoop(func(*goja.Runtime) {
			cb(goja.Undefined(), goja.Null(), vm.ToValue(resp.StatusCode), vm.ToValue(statusText),
				vm.NewArray(hdr...), vm.ToValue(vm.NewArrayBuffer(data)), vm.ToValue(finalURL), vm.ToValue(redirected))
		})
	}()
	return id
}

// done forgets a finished fetch and releases its context.
func (s *state) done(id int64) {
	s.mu.Lock()
	cancel := s.fetches[id]
	delete(s.fetches, id)
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

// headerList reads a plain-object HeadersInit ({"Content-Type": "..."})
// into the flat [name, value, ...] list of the prelude's Headers: names
// checked and lower-cased, values trimmed and checked, as the Headers
// constructor does, but without a JS step per field. It returns undefined
// for iterables (arrays of pairs, Maps, Headers), which the prelude reads.
func headerList(vm *goja.Runtime, v goja.Value) (goja.Value, error) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil, errors.New("Failed to construct 'Headers': The provided value is not of type 'HeadersInit'")
	}
	if it := obj.GetSymbol(goja.SymIterator); it != nil && !goja.IsUndefined(it) {
		return goja.Undefined(), nil
	}
	keys := obj.Keys()
	items := make([]any, 0, 2*len(keys))
	for _, k := range keys {
		name, ok := headerName(k)
		if !ok {
			return nil, fmt.Errorf("Headers: invalid header name: %q", k)
		}
		val := obj.Get(k)
		str := val.String()
		clean, ok := headerValue(str)
		if !ok {
			return nil, fmt.Errorf("Headers: invalid header value: %q", str)
		}
		if clean == str && name == k {
			items = append(items, k, val)
		} else {
			items = append(items, name, clean)
		}
	}
	return vm.NewArray(items...), nil
}

// headerName checks a field name (an RFC 9110 token) and lower-cases it.
func headerName(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || !tokenChar[c] {
			return "", false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s, true
	}
	return lowerASCII(s), true
}

// tokenChar marks the bytes allowed in a token.
var tokenChar = func() (t [128]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = true, true
	}
	for _, c := range "!#$%&'*+-.^_`|~" {
		t[c] = true
	}
	return t
}()

// headerValue trims HTTP whitespace from a field value and rejects NUL, CR
// and LF, as the Headers class does.
func headerValue(s string) (string, bool) {
	s = strings.Trim(s, " \t\r\n")
	return s, strings.IndexAny(s, "\x00\r\n") < 0
}

// newHash maps Node's and WebCrypto's algorithm names to Go's hashes.
func newHash(alg string) (hash.Hash, bool) {
	switch strings.ToLower(strings.ReplaceAll(alg, "-", "")) {
	case "md5":
		return md5.New(), true
	case "sha1":
		return sha1.New(), true
	case "sha256":
		return sha256.New(), true
	case "sha384":
		return sha512.New384(), true
	case "sha512":
		return sha512.New(), true
	}
	return nil, false
}

// ---- encodings ---------------------------------------------------------

func normEncoding(enc string) (string, error) {
	switch strings.ToLower(enc) {
	case "", "utf8", "utf-8":
		return "utf8", nil
	case "binary", "latin1":
		return "latin1", nil
	case "base64":
		return "base64", nil
	case "base64url":
		return "base64url", nil
	case "hex":
		return "hex", nil
	case "ascii":
		return "ascii", nil
	case "utf16le", "utf-16le", "ucs2", "ucs-2":
		return "utf16le", nil
	}
	return "", fmt.Errorf("unknown encoding: %s", enc)
}

// encodeString turns a JS string (as Go UTF-8) into bytes, as Node's
// Buffer.from(string, encoding) does.
func encodeString(s, enc string) ([]byte, error) {
	enc, err := normEncoding(enc)
	if err != nil {
		return nil, err
	}
	switch enc {
	case "utf8":
		return []byte(s), nil
	case "latin1", "ascii":
		out := make([]byte, 0, len(s))
		for _, r := range s {
			out = append(out, byte(r))
		}
		return out, nil
	case "utf16le":
		u := utf16.Encode([]rune(s))
		out := make([]byte, 2*len(u))
		for i, c := range u {
			out[2*i], out[2*i+1] = byte(c), byte(c>>8)
		}
		return out, nil
	case "hex":
		n := len(s) &^ 1
		out := make([]byte, 0, n/2)
		for i := 0; i+1 < len(s); i += 2 {
			b, err := hex.DecodeString(s[i : i+2])
			if err != nil {
				break // Node stops at the first bad pair
			}
			out = append(out, b[0])
		}
		return out, nil
	default: // base64, base64url: Node accepts both alphabets, padding optional
		clean := strings.Map(func(r rune) rune {
			switch {
			case r == '-':
				return '+'
			case r == '_':
				return '/'
			case r == '=' || r == ' ' || r == '\n' || r == '\r' || r == '\t':
				return -1
			}
			return r
		}, s)
		return base64.RawStdEncoding.DecodeString(clean)
	}
}

// decodeBytes is Buffer#toString(encoding).
func decodeBytes(b []byte, enc string) (string, error) {
	enc, err := normEncoding(enc)
	if err != nil {
		return "", err
	}
	switch enc {
	case "utf8":
		if utf8.Valid(b) {
			return string(b), nil
		}
		return strings.ToValidUTF8(string(b), "\uFFFD"), nil
	case "latin1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r), nil
	case "ascii":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c & 0x7f)
		}
		return string(r), nil
	case "utf16le":
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return string(utf16.Decode(u)), nil
	case "hex":
		return hex.EncodeToString(b), nil
	case "base64url":
		return base64.RawURLEncoding.EncodeToString(b), nil
	default:
		return base64.StdEncoding.EncodeToString(b), nil
	}
}

// ---- URL -------------------------------------------------------------

var specialSchemes = map[string]string{"http:": "80", "https:": "443", "ws:": "80", "wss:": "443", "ftp:": "21", "file:": ""}

// urlParts is a parsed URL as the prelude's URL class stores it.
type urlParts struct {
	protocol, username, password, hostname, port, pathname, search, hash string
	special                                                              bool
}

// parseURL parses like the WHATWG URL parser for the cases endpoints meet:
// absolute URLs and relative references against a base; default ports
// dropped, scheme and host lower-cased, dot segments removed, an empty path
// of a special URL made "/", spaces and other unsafe characters
// percent-encoded. Not covered: IDNA (non-ASCII host names), IPv4 number
// forms such as http://0x7f.1/, and %2e as a dot segment.
func parseURL(input, base string) (urlParts, bool) {
	// A "%" that starts no escape ("%zz", "%0X") is kept as it is by the
	// WHATWG parser but refused by net/url: stand it in with a character
	// no URL holds unescaped, and put the "%" back afterwards.
	if strings.Contains(input, "%") || strings.Contains(base, "%") {
		p, ok := parseURLStrict(protectPercent(input), protectPercent(base))
		if ok {
			p.username, p.password = restorePercent(p.username), restorePercent(p.password)
			p.pathname, p.search, p.hash = restorePercent(p.pathname), restorePercent(p.search), restorePercent(p.hash)
		}
		return p, ok
	}
	return parseURLStrict(input, base)
}

// parseURLStrict is parseURL for input in which every "%" starts an escape.
func parseURLStrict(input, base string) (urlParts, bool) {
	input = strings.Trim(input, " \t\n\r\f\x00")
	input = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(input)
	input = strings.ReplaceAll(input, "\\", "/")
	var u *url.URL
	if base != "" {
		b, ok := parseAbsolute(base)
		if !ok {
			return urlParts{}, false
		}
		if abs, ok := parseAbsolute(input); ok {
			u = abs
		} else {
			ref, err := url.Parse(escapeURLPart(input, refKeep))
			if err != nil || ref.Scheme != "" {
				return urlParts{}, false
			}
			if b.Opaque != "" && !strings.HasPrefix(input, "#") {
				return urlParts{}, false // "mailto:x" cannot be a base, except for a fragment
			}
			u = b.ResolveReference(ref)
		}
	} else {
		var ok bool
		if u, ok = parseAbsolute(input); !ok {
			return urlParts{}, false
		}
	}
	if u.Opaque == "" {
		u = u.ResolveReference(u) // removes dot segments
	}
	return partsOf(u), true
}

// percentStandIn replaces a lone "%" while net/url parses; it is escaped
// to percentStandInEscaped in the parts.
const (
	percentStandIn        = "\uFDD0" // a noncharacter: never in a real URL
	percentStandInEscaped = "%EF%B7%90"
)

// protectPercent replaces each "%" not followed by two hex digits.
func protectPercent(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && (i+2 >= len(s) || !isHexDigit(s[i+1]) || !isHexDigit(s[i+2])) {
			b.WriteString(percentStandIn)
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func restorePercent(s string) string {
	s = strings.ReplaceAll(s, percentStandInEscaped, "%")
	return strings.ReplaceAll(s, percentStandIn, "%")
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// specialSlashes matches a special scheme and the slashes after it: the
// WHATWG parser reads "https:/x.com" and "https:x.com" as "https://x.com".
var specialSlashes = regexp.MustCompile(`^(?i)(https?|wss?|ftp):/*`)

func parseAbsolute(s string) (*url.URL, bool) {
	s = strings.TrimSpace(s)
	if m := specialSlashes.FindStringSubmatch(s); m != nil {
		s = m[1] + "://" + s[len(m[0]):]
	}
	u, err := url.Parse(escapeURLPart(s, refKeep))
	if err != nil || u.Scheme == "" {
		return nil, false
	}
	proto := strings.ToLower(u.Scheme) + ":"
	if _, special := specialSchemes[proto]; special && proto != "file:" && u.Host == "" {
		return nil, false
	}
	if p := u.Port(); p != "" {
		n := 0
		for _, c := range p {
			if c < '0' || c > '9' {
				return nil, false
			}
			if n = n*10 + int(c-'0'); n > 65535 {
				return nil, false
			}
		}
	}
	return u, true
}

func partsOf(u *url.URL) urlParts {
	p := urlParts{protocol: strings.ToLower(u.Scheme) + ":"}
	defPort, special := specialSchemes[p.protocol]
	p.special = special
	p.hostname = strings.ToLower(u.Hostname())
	if strings.Contains(p.hostname, ":") {
		p.hostname = "[" + p.hostname + "]"
	}
	if p.port = strings.TrimLeft(u.Port(), "0"); p.port == "" && u.Port() != "" {
		p.port = "0"
	}
	if p.port == defPort {
		p.port = ""
	}
	p.pathname = u.EscapedPath()
	if u.Opaque != "" {
		p.pathname = u.Opaque
	}
	if p.pathname == "" && special {
		p.pathname = "/"
	}
	if u.RawQuery != "" || u.ForceQuery {
		p.search = "?" + u.RawQuery
	}
	if u.Fragment != "" || u.RawFragment != "" {
		p.hash = "#" + u.EscapedFragment()
	}
	if u.User != nil {
		// Userinfo.String keeps the percent-encoding, as WHATWG URLs do.
		p.username, p.password, _ = strings.Cut(u.User.String(), ":")
	}
	return p
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
	return o
}

// Characters left as they are when percent-encoding parts of a URL.
const (
	refKeep      = "!$&'()*+,;=:@/?#[]%-._~"
	pathKeep     = "!$&'()*+,;=:@/%-._~"
	queryKeep    = "!$&'()*+,;=:@/?%-._~"
	fragmentKeep = "!$&'()*+,;=:@/?#%-._~"
)

func escapeURLPart(s, keep string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(keep, c) >= 0) {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

// ---- multipart -------------------------------------------------------

type formPart struct {
	name, filename, contentType string
	data                        []byte
	isFile                      bool
}

func parseMultipart(body []byte, contentType string) ([]formPart, error) {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["boundary"] == "" {
		return nil, fmt.Errorf("no boundary")
	}
	r := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	var out []formPart
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return nil, err
		}
		fp := formPart{name: p.FormName(), data: data}
		if _, dp, err := mime.ParseMediaType(p.Header.Get("Content-Disposition")); err == nil {
			if fn, ok := dp["filename"]; ok {
				fp.isFile, fp.filename = true, fn
				fp.contentType = p.Header.Get("Content-Type")
				if fp.contentType == "" {
					fp.contentType = "application/octet-stream"
				}
			}
		}
		out = append(out, fp)
	}
}
