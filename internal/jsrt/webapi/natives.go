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
	"reflect"
	"strings"
	"time"
	_ "time/tzdata" // time zones on machines without a zoneinfo database
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	wurl "github.com/nlnwa/whatwg-url/url"
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
	textDecoderNatives(vm, n)
	dataURLNatives(vm, n)
	compressionNatives(vm, n)
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
		p, ok := parseWHATWG(call.Argument(0).String(), base)
		if !ok {
			return goja.Null()
		}
		return urlObject(vm, p)
	})
	n.Set("setURL", func(rec *wurl.Url, name, value string) goja.Value {
		return urlObject(vm, setURL(rec, name, value))
	})
	s.formNatives(n, view)
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
	n.Set("vToU", func(src string) string {
		out, err := vToU(src)
		if err != nil {
			panic(vm.NewTypeError(err.Error()))
		}
		return out
	})
	n.Set("expandUnicodeProps", func(src string) string {
		out, err := expandUnicodeProps(src)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return out
	})
	n.Set("matchIndices", s.matchIndices)
	n.Set("inspectInternals", func(v goja.Value) goja.Value { return inspectInternals(vm, v) })
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
	ctx, cancel := context.WithCancel(s.fetchCtx)
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
	decode := addFetchDefaults(req.Header)
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
		body := io.Reader(resp.Body)
		if decode {
			if body, err = decodeBody(resp.Header.Get("Content-Encoding"), resp.Body); err != nil {
				fail(err)
				return
			}
		}
		data, err := io.ReadAll(io.LimitReader(body, s.opts.MaxFetchBody+1))
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
	// A Proxy sees every step of WebIDL's record conversion (ownKeys, then
	// per key getOwnPropertyDescriptor and get), which the prelude does in
	// order; Keys() would run the traps in another one.
	if obj.ExportType() == proxyType {
		return goja.Undefined(), nil
	}
	if it := obj.GetSymbol(goja.SymIterator); it != nil && !goja.IsUndefined(it) {
		return goja.Undefined(), nil
	}
	if len(obj.Symbols()) > 0 { // the prelude rejects enumerable ones
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
			items = append(items, k, str)
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

// headerValue trims HTTP whitespace from a field value and rejects NUL, CR,
// LF and characters above U+00FF (a value is a ByteString), as the Headers
// class does.
func headerValue(s string) (string, bool) {
	s = strings.Trim(s, " \t\r\n")
	if strings.IndexAny(s, "\x00\r\n") >= 0 {
		return s, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			for _, r := range s[i:] {
				if r > 0xff {
					return s, false
				}
			}
			break
		}
	}
	return s, true
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
// decodeUTF8Replacing is the WHATWG Encoding Standard's UTF-8 decoder for
// invalid input: each maximal subpart of an ill-formed sequence becomes
// one U+FFFD (so C0 AF gives two, a truncated E2 82 one), as TextDecoder
// and Buffer#toString do in browsers and Node — not one U+FFFD per run, as
// strings.ToValidUTF8 gives.
func decodeUTF8Replacing(b []byte) string {
	var out strings.Builder
	out.Grow(len(b) + 8)
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out.WriteByte(c)
			i++
			continue
		}
		need, lower, upper := 0, byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c >= 0xE0 && c <= 0xEF:
			need = 2
			if c == 0xE0 {
				lower = 0xA0
			} else if c == 0xED {
				upper = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need = 3
			if c == 0xF0 {
				lower = 0x90
			} else if c == 0xF4 {
				upper = 0x8F
			}
		default:
			out.WriteString("\uFFFD")
			i++
			continue
		}
		j := i + 1
		for k := 0; k < need; k++ {
			if j >= len(b) || b[j] < lower || b[j] > upper {
				break
			}
			lower, upper = 0x80, 0xBF
			j++
		}
		if j-i == need+1 {
			out.Write(b[i:j])
		} else {
			out.WriteString("\uFFFD")
		}
		i = j
	}
	return out.String()
}

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
		return decodeUTF8Replacing(b), nil
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

// ---- multipart -------------------------------------------------------

// formPart is one part of a multipart/form-data body.
type formPart struct {
	name, filename, contentType string
	data                        []byte
	isFile                      bool
}

// parseMultipart calls emit with each part of a multipart/form-data body,
// in order, and fails past MaxFormFields parts. The part's data is only
// valid during the call (one buffer serves every part).
func parseMultipart(body []byte, contentType string, emit func(formPart)) error {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["boundary"] == "" {
		return fmt.Errorf("no boundary")
	}
	r := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	var buf bytes.Buffer
	for n := 1; ; n++ {
		p, err := r.NextPart()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if n > MaxFormFields {
			return fmt.Errorf("more than %d parts", MaxFormFields)
		}
		buf.Reset()
		if _, err := buf.ReadFrom(p); err != nil {
			return err
		}
		fp := formPart{name: p.FormName(), data: buf.Bytes()}
		// FileName would strip the filename to its base name; Node keeps
		// it as sent.
		if cd := p.Header.Get("Content-Disposition"); strings.Contains(strings.ToLower(cd), "filename") {
			if _, dp, err := mime.ParseMediaType(cd); err == nil {
				if fn, ok := dp["filename"]; ok {
					fp.isFile, fp.filename = true, fn
					fp.contentType = p.Header.Get("Content-Type")
					if fp.contentType == "" {
						fp.contentType = "application/octet-stream"
					}
				}
			}
		}
		emit(fp)
	}
}

var (
	promiseType = reflect.TypeOf((*goja.Promise)(nil))
	proxyType   = reflect.TypeOf(goja.Proxy{})
)

// inspectInternals tells util.inspect what JS cannot see: a promise's state
// and value (["promise", "pending" | "fulfilled" | "rejected", value]) or
// that an object is a proxy (["proxy", target]); null otherwise.
func inspectInternals(vm *goja.Runtime, v goja.Value) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok {
		return goja.Null()
	}
	switch o.ExportType() {
	case promiseType:
		p := o.Export().(*goja.Promise)
		switch p.State() {
		case goja.PromiseStateFulfilled:
			return vm.NewArray("promise", "fulfilled", p.Result())
		case goja.PromiseStateRejected:
			return vm.NewArray("promise", "rejected", p.Result())
		}
		return vm.NewArray("promise", "pending")
	case proxyType:
		return vm.NewArray("proxy", o.Export().(goja.Proxy).Target())
	}
	return goja.Null()
}
