package webapi

// The Go half of Web Crypto (crypto.js) and of node:crypto's keys,
// signatures and ciphers: every primitive comes from Go's standard library
// (crypto/rsa, ecdsa, ecdh, ed25519, aes, cipher, pbkdf2, hkdf, x509);
// the JavaScript side normalises algorithms, checks usages and decides
// which DOMException a failure is. Asymmetric keys cross into JS as opaque
// handles (*asymKey) so a key is parsed once, not per operation.
//
// Two things Go's API does not do directly are built from its parts:
// AES-GCM with a tag shorter than 128 bits or an IV other than 96 bits
// (the tag of GCM is a prefix of the full tag, so seal with the full tag
// and cut; open by decrypting with the keystream and sealing again), and
// AES-CTR with a counter of fewer than 128 bits (the counter wraps inside
// its low bits, so the stream is restarted at the wrap). AES-KW (RFC 3394)
// is not in the standard library and is written out below.

import (
	"crypto"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/hkdf"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"crypto/x509"
	"encoding/asn1"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"math/big"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/crypto/scrypt"
)

// asymKey is one half (or both halves) of an asymmetric key pair.
type asymKey struct {
	kind  string // "rsa", "ec", "ed25519", "x25519"
	curve string // "P-256", "P-384", "P-521" for ec
	priv  crypto.PrivateKey
	pub   crypto.PublicKey
}

// cryptoErr is a failure the JS side turns into a DOMException named name.
type cryptoErr struct{ name, msg string }

func (e *cryptoErr) Error() string { return e.msg }

func dataErr(format string, a ...any) error {
	return &cryptoErr{"DataError", fmt.Sprintf(format, a...)}
}
func opErr(format string, a ...any) error {
	return &cryptoErr{"OperationError", fmt.Sprintf(format, a...)}
}
func notSupported(format string, a ...any) error {
	return &cryptoErr{"NotSupportedError", fmt.Sprintf(format, a...)}
}

// cryptoHash maps "SHA-256", "sha256", "RSA-SHA256" to Go's hash.
func cryptoHash(name string) (crypto.Hash, func() hash.Hash, error) {
	switch strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(strings.ToLower(name), "rsa-"), "-", "")) {
	case "sha1":
		return crypto.SHA1, sha1.New, nil
	case "sha256":
		return crypto.SHA256, sha256.New, nil
	case "sha384":
		return crypto.SHA384, sha512.New384, nil
	case "sha512":
		return crypto.SHA512, sha512.New, nil
	}
	return 0, nil, notSupported("unsupported hash %q", name)
}

func curveOf(name string) (elliptic.Curve, ecdh.Curve, error) {
	switch name {
	case "P-256":
		return elliptic.P256(), ecdh.P256(), nil
	case "P-384":
		return elliptic.P384(), ecdh.P384(), nil
	case "P-521":
		return elliptic.P521(), ecdh.P521(), nil
	}
	return nil, nil, notSupported("unrecognized namedCurve %q", name)
}

func curveName(c elliptic.Curve) string { return c.Params().Name }

func (k *asymKey) isPrivate() bool { return k.priv != nil }

// wrap fills kind and curve from the Go key types.
func wrapKey(priv crypto.PrivateKey, pub crypto.PublicKey) (*asymKey, error) {
	k := &asymKey{priv: priv, pub: pub}
	if priv != nil {
		k.pub = priv.(interface{ Public() crypto.PublicKey }).Public()
	}
	switch p := k.pub.(type) {
	case *rsa.PublicKey:
		k.kind = "rsa"
	case *ecdsa.PublicKey:
		k.kind, k.curve = "ec", curveName(p.Curve)
	case ed25519.PublicKey:
		k.kind = "ed25519"
	case *ecdh.PublicKey:
		if p.Curve() != ecdh.X25519() {
			// A NIST curve key from PKCS #8 parsing as ecdh: keep ecdsa.
			return nil, dataErr("unexpected ECDH key")
		}
		k.kind = "x25519"
	default:
		if k.kind = kind448(k.pub); k.kind == "" {
			return nil, notSupported("unsupported key type %T", k.pub)
		}
	}
	return k, nil
}

// ---- natives -------------------------------------------------------------

// cryptoNatives is the object crypto.js (and node:crypto through
// __cometWeb) receives. Failures throw {name, message} objects that the JS
// side turns into DOMExceptions or Node errors.
func (s *state) cryptoNatives() *goja.Object {
	vm := s.vm
	n := vm.NewObject()
	ab := func(b []byte) goja.Value { return vm.ToValue(vm.NewArrayBuffer(b)) }
	throw := func(err error) {
		var ce *cryptoErr
		o := vm.NewObject()
		if errors.As(err, &ce) {
			o.Set("name", ce.name)
			o.Set("message", ce.msg)
		} else {
			o.Set("name", "OperationError")
			o.Set("message", err.Error())
		}
		panic(o)
	}
	bytesOf := func(v goja.Value) []byte {
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return nil
		}
		if o, ok := v.(*goja.Object); ok {
			if b, ok := typedBytes(vm, o); ok {
				return b
			}
		}
		panic(vm.NewTypeError("expected bytes"))
	}
	keyOf := func(v goja.Value) *asymKey {
		k, ok := v.Export().(*asymKey)
		if !ok {
			panic(vm.NewTypeError("expected a key handle"))
		}
		return k
	}
	do := func(b []byte, err error) goja.Value {
		if err != nil {
			throw(err)
		}
		return ab(b)
	}

	n.Set("generate", func(kind string, a goja.Value, b int64) goja.Value {
		k, err := generateKey(kind, a.String(), int(b))
		if err != nil {
			throw(err)
		}
		return vm.ToValue(k)
	})
	n.Set("importKey", func(format string, data goja.Value, kind, curve string) goja.Value {
		k, err := importAsym(format, bytesOf(data), kind, curve)
		if err != nil {
			throw(err)
		}
		return vm.ToValue(k)
	})
	n.Set("importJWK", func(jwk *goja.Object, kind string) goja.Value {
		get := func(name string) ([]byte, bool, error) {
			v := jwk.Get(name)
			if v == nil || goja.IsUndefined(v) {
				return nil, false, nil
			}
			b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(v.String(), "="))
			if err != nil {
				return nil, true, dataErr("the JWK member %q is not base64url", name)
			}
			return b, true, nil
		}
		k, err := importJWK(get, jwk.Get("crv"), kind)
		if err != nil {
			throw(err)
		}
		return vm.ToValue(k)
	})
	n.Set("info", func(h goja.Value) goja.Value {
		k := keyOf(h)
		o := vm.NewObject()
		o.Set("kind", k.kind)
		o.Set("curve", k.curve)
		if k.isPrivate() {
			o.Set("type", "private")
		} else {
			o.Set("type", "public")
		}
		if p, ok := k.pub.(*rsa.PublicKey); ok {
			o.Set("bits", p.N.BitLen())
			o.Set("e", ab(big.NewInt(int64(p.E)).Bytes()))
			o.Set("exp", p.E)
		}
		return o
	})
	n.Set("publicKey", func(h goja.Value) goja.Value {
		k := keyOf(h)
		return vm.ToValue(&asymKey{kind: k.kind, curve: k.curve, pub: k.pub})
	})
	n.Set("equal", func(a, b goja.Value) bool {
		x, y := keyOf(a), keyOf(b)
		if x.isPrivate() != y.isPrivate() {
			return false
		}
		if x.isPrivate() {
			return x.priv.(interface{ Equal(crypto.PrivateKey) bool }).Equal(y.priv)
		}
		return x.pub.(interface{ Equal(crypto.PublicKey) bool }).Equal(y.pub)
	})
	n.Set("exportKey", func(h goja.Value, format string) goja.Value {
		k := keyOf(h)
		if format == "jwk" {
			m, err := exportJWK(k)
			if err != nil {
				throw(err)
			}
			o := vm.NewObject()
			for _, kv := range m {
				o.Set(kv[0], kv[1])
			}
			return o
		}
		return do(exportAsym(k, format))
	})
	n.Set("sign", func(h goja.Value, scheme, hashName string, data goja.Value, salt int) goja.Value {
		return do(signAsym(keyOf(h), scheme, hashName, bytesOf(data), salt))
	})
	n.Set("verify", func(h goja.Value, scheme, hashName string, data, sig goja.Value, salt int) bool {
		ok, err := verifyAsym(keyOf(h), scheme, hashName, bytesOf(data), bytesOf(sig), salt)
		if err != nil {
			throw(err)
		}
		return ok
	})
	n.Set("rsaEncrypt", func(h goja.Value, padding, hashName string, label, data goja.Value, decrypt bool) goja.Value {
		return do(rsaCrypt(keyOf(h), padding, hashName, bytesOf(label), bytesOf(data), decrypt))
	})
	n.Set("ecdh", func(priv, pub goja.Value) goja.Value {
		return do(deriveECDH(keyOf(priv), keyOf(pub)))
	})
	n.Set("gcm", func(key, iv, data, aad goja.Value, tagBytes int, decrypt bool) goja.Value {
		return do(aesGCM(bytesOf(key), bytesOf(iv), bytesOf(data), bytesOf(aad), tagBytes, decrypt))
	})
	n.Set("cbc", func(key, iv, data goja.Value, decrypt, pad bool) goja.Value {
		return do(aesCBC(bytesOf(key), bytesOf(iv), bytesOf(data), decrypt, pad))
	})
	n.Set("ctr", func(key, counter, data goja.Value, bits int) goja.Value {
		return do(aesCTR(bytesOf(key), bytesOf(counter), bytesOf(data), bits))
	})
	n.Set("kw", func(key, data goja.Value, unwrap bool) goja.Value {
		if unwrap {
			return do(aesKeyUnwrap(bytesOf(key), bytesOf(data)))
		}
		return do(aesKeyWrap(bytesOf(key), bytesOf(data)))
	})
	n.Set("pbkdf2", func(hashName string, password, salt goja.Value, iter, keyLen int) goja.Value {
		_, h, err := cryptoHash(hashName)
		if err != nil {
			throw(err)
		}
		return do(pbkdf2.Key(h, string(bytesOf(password)), bytesOf(salt), iter, keyLen))
	})
	n.Set("hkdf", func(hashName string, ikm, salt, info goja.Value, keyLen int) goja.Value {
		_, h, err := cryptoHash(hashName)
		if err != nil {
			throw(err)
		}
		if keyLen == 0 {
			return ab([]byte{})
		}
		return do(hkdf.Key(h, bytesOf(ikm), bytesOf(salt), string(bytesOf(info)), keyLen))
	})
	n.Set("scrypt", func(password, salt goja.Value, cost, blockSize, par, keyLen int) goja.Value {
		return do(scrypt.Key(bytesOf(password), bytesOf(salt), cost, blockSize, par, keyLen))
	})
	return n
}

// ---- keys ----------------------------------------------------------------

func generateKey(kind, curve string, bits int) (*asymKey, error) {
	switch kind {
	case "rsa":
		if curve != "" && curve != "65537" {
			e, ok := new(big.Int).SetString(curve, 10)
			if !ok || !e.IsInt64() || e.Int64() < 3 || e.Int64() > 1<<31-1 || e.Bit(0) == 0 {
				return nil, opErr("invalid RSA public exponent %s", curve)
			}
			return generateRSAWithExponent(bits, int(e.Int64()))
		}
		p, err := rsa.GenerateKey(rand.Reader, bits)
		if err != nil {
			return nil, opErr("%v", err)
		}
		return wrapKey(p, nil)
	case "ec":
		c, _, err := curveOf(curve)
		if err != nil {
			return nil, err
		}
		p, err := ecdsa.GenerateKey(c, rand.Reader)
		if err != nil {
			return nil, opErr("%v", err)
		}
		return wrapKey(p, nil)
	case "ed25519":
		_, p, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, opErr("%v", err)
		}
		return wrapKey(p, nil)
	case "x25519":
		p, err := ecdh.X25519().GenerateKey(rand.Reader)
		if err != nil {
			return nil, opErr("%v", err)
		}
		return wrapKey(p, nil)
	case "ed448", "x448":
		return generate448(kind)
	}
	return nil, notSupported("unsupported key type %q", kind)
}

// generateRSAWithExponent makes a two-prime RSA key with public exponent
// e, which rsa.GenerateKey (always 65537) cannot: primes from rand.Prime
// until e is invertible mod λ(n), then the key is validated and
// precomputed by crypto/rsa itself.
func generateRSAWithExponent(bits, e int) (*asymKey, error) {
	if bits < 256 || bits%2 != 0 {
		return nil, opErr("invalid RSA modulus length %d", bits)
	}
	E := big.NewInt(int64(e))
	one := big.NewInt(1)
	for range 100 {
		p, err := rand.Prime(rand.Reader, bits/2)
		if err != nil {
			return nil, opErr("%v", err)
		}
		q, err := rand.Prime(rand.Reader, bits-bits/2)
		if err != nil {
			return nil, opErr("%v", err)
		}
		n := new(big.Int).Mul(p, q)
		if p.Cmp(q) == 0 || n.BitLen() != bits {
			continue
		}
		pm, qm := new(big.Int).Sub(p, one), new(big.Int).Sub(q, one)
		lambda := new(big.Int).Div(new(big.Int).Mul(pm, qm), new(big.Int).GCD(nil, nil, pm, qm))
		d := new(big.Int).ModInverse(E, lambda)
		if d == nil {
			continue
		}
		key := &rsa.PrivateKey{PublicKey: rsa.PublicKey{N: n, E: e}, D: d, Primes: []*big.Int{p, q}}
		if err := key.Validate(); err != nil {
			return nil, opErr("%v", err)
		}
		key.Precompute()
		return wrapKey(key, nil)
	}
	return nil, opErr("could not generate an RSA key with exponent %d", e)
}

// importAsym parses spki, pkcs8, pkcs1 (RSA, public or private), sec1 (EC
// private) or raw (EC point, Ed25519/X25519 public bytes) key data. kind
// (and curve, for ec) say what the key must be; "" accepts any.
func importAsym(format string, data []byte, kind, curve string) (*asymKey, error) {
	var k *asymKey
	var err error
	switch format {
	case "spki":
		var pub any
		if pub, err = x509.ParsePKIXPublicKey(data); err == nil {
			k, err = wrapKey(nil, pub)
		} else if ec, ok := compressedECSPKI(data); ok {
			k, err = wrapKey(nil, ec)
		} else if k448, ok, err448 := parse448("spki", data); ok {
			k, err = k448, err448
		}
	case "pkcs8":
		var priv any
		if priv, err = x509.ParsePKCS8PrivateKey(data); err == nil {
			k, err = wrapKey(priv, nil)
		} else if k448, ok, err448 := parse448("pkcs8", data); ok {
			k, err = k448, err448
		}
	case "pkcs1":
		var priv *rsa.PrivateKey
		if priv, err = x509.ParsePKCS1PrivateKey(data); err == nil {
			k, err = wrapKey(priv, nil)
		}
	case "pkcs1-public":
		var pub *rsa.PublicKey
		if pub, err = x509.ParsePKCS1PublicKey(data); err == nil {
			k, err = wrapKey(nil, pub)
		}
	case "cert":
		var cert *x509.Certificate
		if cert, err = x509.ParseCertificate(data); err == nil {
			k, err = wrapKey(nil, cert.PublicKey)
		}
	case "sec1":
		var priv *ecdsa.PrivateKey
		if priv, err = x509.ParseECPrivateKey(data); err == nil {
			k, err = wrapKey(priv, nil)
		}
	case "raw":
		switch kind {
		case "ec":
			c, _, cerr := curveOf(curve)
			if cerr != nil {
				return nil, cerr
			}
			x, y := elliptic.Unmarshal(c, data)
			if x == nil {
				x, y = elliptic.UnmarshalCompressed(c, data)
			}
			if x == nil {
				return nil, dataErr("invalid EC public key")
			}
			return &asymKey{kind: "ec", curve: curve, pub: &ecdsa.PublicKey{Curve: c, X: x, Y: y}}, nil
		case "ec-private":
			c, _, cerr := curveOf(curve)
			if cerr != nil {
				return nil, cerr
			}
			p, err := ecdsa.ParseRawPrivateKey(c, data)
			if err != nil {
				return nil, dataErr("invalid EC private key")
			}
			return wrapKey(p, nil)
		case "ed25519":
			if len(data) != ed25519.PublicKeySize {
				return nil, dataErr("invalid Ed25519 public key")
			}
			return &asymKey{kind: "ed25519", pub: ed25519.PublicKey(append([]byte(nil), data...))}, nil
		case "x25519":
			p, err := ecdh.X25519().NewPublicKey(data)
			if err != nil {
				return nil, dataErr("invalid X25519 public key")
			}
			return &asymKey{kind: "x25519", pub: p}, nil
		case "ed448", "x448":
			return raw448(kind, data)
		}
		return nil, notSupported("raw import of %s keys is not supported", kind)
	default:
		return nil, notSupported("unsupported key format %q", format)
	}
	if err != nil {
		var ce *cryptoErr
		if errors.As(err, &ce) {
			return nil, err
		}
		return nil, dataErr("invalid keyData: %v", err)
	}
	if kind != "" && k.kind != kind {
		return nil, dataErr("the key is a %s key, not %s", k.kind, kind)
	}
	if curve != "" && k.curve != curve {
		return nil, dataErr("the key's curve %s is not %s", k.curve, curve)
	}
	return k, nil
}

func exportAsym(k *asymKey, format string) ([]byte, error) {
	if out, ok, err := export448(k, format); ok {
		return out, err
	}
	switch format {
	case "spki":
		return x509.MarshalPKIXPublicKey(k.pub)
	case "pkcs8":
		if !k.isPrivate() {
			return nil, &cryptoErr{"InvalidAccessError", "not a private key"}
		}
		return x509.MarshalPKCS8PrivateKey(k.priv)
	case "pkcs1":
		if p, ok := k.priv.(*rsa.PrivateKey); ok {
			return x509.MarshalPKCS1PrivateKey(p), nil
		}
		if p, ok := k.pub.(*rsa.PublicKey); ok && !k.isPrivate() {
			return x509.MarshalPKCS1PublicKey(p), nil
		}
	case "sec1":
		if p, ok := k.priv.(*ecdsa.PrivateKey); ok {
			return x509.MarshalECPrivateKey(p)
		}
	case "raw-private":
		if p, ok := k.priv.(*ecdsa.PrivateKey); ok {
			return p.Bytes()
		}
	case "raw-compressed":
		if p, ok := k.pub.(*ecdsa.PublicKey); ok {
			return elliptic.MarshalCompressed(p.Curve, p.X, p.Y), nil
		}
	case "raw":
		switch p := k.pub.(type) {
		case *ecdsa.PublicKey:
			e, err := p.ECDH()
			if err != nil {
				return nil, opErr("%v", err)
			}
			return e.Bytes(), nil
		case ed25519.PublicKey:
			return append([]byte(nil), p...), nil
		case *ecdh.PublicKey:
			return p.Bytes(), nil
		}
	}
	return nil, &cryptoErr{"InvalidAccessError", fmt.Sprintf("a %s key cannot be exported as %s", k.kind, format)}
}

func b64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

// pad returns b left-padded with zeros to n bytes.
func pad(b []byte, n int) []byte {
	if len(b) >= n {
		return b
	}
	return append(make([]byte, n-len(b)), b...)
}

// exportJWK gives the key's JWK members in Node's order.
func exportJWK(k *asymKey) ([][2]string, error) {
	switch p := k.pub.(type) {
	case *rsa.PublicKey:
		m := [][2]string{{"kty", "RSA"}, {"n", b64(p.N.Bytes())}, {"e", b64(big.NewInt(int64(p.E)).Bytes())}}
		if d, ok := k.priv.(*rsa.PrivateKey); ok {
			if len(d.Primes) != 2 {
				return nil, notSupported("multi-prime RSA keys are not supported")
			}
			d.Precompute()
			m = append(m, [2]string{"d", b64(d.D.Bytes())}, [2]string{"p", b64(d.Primes[0].Bytes())}, [2]string{"q", b64(d.Primes[1].Bytes())},
				[2]string{"dp", b64(d.Precomputed.Dp.Bytes())}, [2]string{"dq", b64(d.Precomputed.Dq.Bytes())}, [2]string{"qi", b64(d.Precomputed.Qinv.Bytes())})
		}
		return m, nil
	case *ecdsa.PublicKey:
		size := (p.Curve.Params().BitSize + 7) / 8
		m := [][2]string{{"kty", "EC"}, {"x", b64(pad(p.X.Bytes(), size))}, {"y", b64(pad(p.Y.Bytes(), size))}, {"crv", k.curve}}
		if d, ok := k.priv.(*ecdsa.PrivateKey); ok {
			m = append(m, [2]string{"d", b64(pad(d.D.Bytes(), size))})
		}
		return m, nil
	case ed25519.PublicKey:
		m := [][2]string{{"crv", "Ed25519"}}
		if d, ok := k.priv.(ed25519.PrivateKey); ok {
			m = append(m, [2]string{"d", b64(d.Seed())})
		}
		return append(m, [2]string{"x", b64(p)}, [2]string{"kty", "OKP"}), nil
	case *ecdh.PublicKey:
		m := [][2]string{{"crv", "X25519"}}
		if d, ok := k.priv.(*ecdh.PrivateKey); ok {
			m = append(m, [2]string{"d", b64(d.Bytes())})
		}
		return append(m, [2]string{"x", b64(p.Bytes())}, [2]string{"kty", "OKP"}), nil
	}
	if m := jwk448(k); m != nil {
		return m, nil
	}
	return nil, notSupported("cannot export %s keys as JWK", k.kind)
}

// importJWK builds a key from a JWK whose kty the JS side checked; get
// returns a base64url member decoded.
func importJWK(get func(string) ([]byte, bool, error), crv goja.Value, kind string) (*asymKey, error) {
	need := func(name string) ([]byte, error) {
		b, ok, err := get(name)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, dataErr("the JWK member %q is missing", name)
		}
		return b, nil
	}
	_, hasD, err := get("d")
	if err != nil {
		return nil, err
	}
	crvName := ""
	if crv != nil && !goja.IsUndefined(crv) {
		crvName = crv.String()
	}
	switch kind {
	case "rsa":
		nb, err := need("n")
		if err != nil {
			return nil, err
		}
		eb, err := need("e")
		if err != nil {
			return nil, err
		}
		e := new(big.Int).SetBytes(eb)
		if !e.IsInt64() || e.Int64() > 1<<31-1 || e.Int64() < 3 {
			return nil, dataErr("invalid RSA public exponent")
		}
		pub := rsa.PublicKey{N: new(big.Int).SetBytes(nb), E: int(e.Int64())}
		if !hasD {
			return wrapKey(nil, &pub)
		}
		var parts [6]*big.Int
		for i, name := range []string{"d", "p", "q", "dp", "dq", "qi"} {
			b, err := need(name)
			if err != nil {
				return nil, err
			}
			parts[i] = new(big.Int).SetBytes(b)
		}
		priv := &rsa.PrivateKey{PublicKey: pub, D: parts[0], Primes: []*big.Int{parts[1], parts[2]}}
		if err := priv.Validate(); err != nil {
			return nil, dataErr("invalid RSA private key: %v", err)
		}
		priv.Precompute()
		return wrapKey(priv, nil)
	case "ec":
		c, _, err := curveOf(crvName)
		if err != nil {
			return nil, dataErr("invalid JWK crv %q", crvName)
		}
		size := (c.Params().BitSize + 7) / 8
		x, err := need("x")
		if err != nil {
			return nil, err
		}
		y, err := need("y")
		if err != nil {
			return nil, err
		}
		if len(x) != size || len(y) != size {
			return nil, dataErr("invalid EC JWK coordinates")
		}
		point := append(append([]byte{4}, x...), y...)
		if !hasD {
			pub, err := ecdsa.ParseUncompressedPublicKey(c, point)
			if err != nil {
				return nil, dataErr("invalid EC public key: %v", err)
			}
			return wrapKey(nil, pub)
		}
		d, _ := need("d")
		if len(d) != size {
			return nil, dataErr("invalid EC JWK d")
		}
		priv, err := ecdsa.ParseRawPrivateKey(c, d)
		if err != nil {
			return nil, dataErr("invalid EC private key: %v", err)
		}
		if pb, _ := priv.PublicKey.Bytes(); subtle.ConstantTimeCompare(pb, point) != 1 {
			return nil, dataErr("the JWK's x and y do not match d")
		}
		return wrapKey(priv, nil)
	case "ed25519", "x25519":
		want := map[string]string{"ed25519": "Ed25519", "x25519": "X25519"}[kind]
		if crvName != want {
			return nil, dataErr("invalid JWK crv %q", crvName)
		}
		x, err := need("x")
		if err != nil {
			return nil, err
		}
		if !hasD {
			return importAsym("raw", x, kind, "")
		}
		d, _ := need("d")
		var k *asymKey
		if kind == "ed25519" {
			if len(d) != ed25519.SeedSize {
				return nil, dataErr("invalid Ed25519 JWK d")
			}
			k, _ = wrapKey(ed25519.NewKeyFromSeed(d), nil)
		} else {
			p, err := ecdh.X25519().NewPrivateKey(d)
			if err != nil {
				return nil, dataErr("invalid X25519 JWK d")
			}
			k, _ = wrapKey(p, nil)
		}
		if pb, _ := exportAsym(&asymKey{pub: k.pub}, "raw"); subtle.ConstantTimeCompare(pb, x) != 1 {
			return nil, dataErr("the JWK's x does not match d")
		}
		return k, nil
	case "ed448", "x448":
		if want := map[string]string{"ed448": "Ed448", "x448": "X448"}[kind]; crvName != want {
			return nil, dataErr("invalid JWK crv %q", crvName)
		}
		x, err := need("x")
		if err != nil {
			return nil, err
		}
		var d []byte
		if hasD {
			d, _ = need("d")
		}
		return importJWK448(kind, x, d)
	}
	return nil, notSupported("unsupported JWK key type")
}

// ---- signatures ------------------------------------------------------------

type ecdsaSig struct{ R, S *big.Int }

func digestOf(hashName string, data []byte) (crypto.Hash, []byte, error) {
	h, newH, err := cryptoHash(hashName)
	if err != nil {
		return 0, nil, err
	}
	d := newH()
	d.Write(data)
	return h, d.Sum(nil), nil
}

// signAsym signs data. scheme is "pkcs1", "pss" (salt bytes of salt),
// "ecdsa" (r||s, as Web Crypto), "ecdsa-der" (ASN.1, as Node's default) or
// "ed25519".
func signAsym(k *asymKey, scheme, hashName string, data []byte, salt int) ([]byte, error) {
	if !k.isPrivate() {
		return nil, &cryptoErr{"InvalidAccessError", "signing needs a private key"}
	}
	switch p := k.priv.(type) {
	case *rsa.PrivateKey:
		h, sum, err := digestOf(hashName, data)
		if err != nil {
			return nil, err
		}
		if scheme == "pss" {
			if salt == 0 {
				return nil, notSupported("RSA-PSS with a salt length of 0 is not supported by Comet")
			}
			if salt < 0 {
				salt = rsa.PSSSaltLengthAuto
			}
			return rsa.SignPSS(rand.Reader, p, h, sum, &rsa.PSSOptions{SaltLength: salt})
		}
		return rsa.SignPKCS1v15(rand.Reader, p, h, sum)
	case *ecdsa.PrivateKey:
		_, sum, err := digestOf(hashName, data)
		if err != nil {
			return nil, err
		}
		der, err := ecdsa.SignASN1(rand.Reader, p, sum)
		if err != nil || scheme == "ecdsa-der" {
			return der, err
		}
		var sig ecdsaSig
		if _, err := asn1.Unmarshal(der, &sig); err != nil {
			return nil, err
		}
		size := (p.Curve.Params().BitSize + 7) / 8
		return append(pad(sig.R.Bytes(), size), pad(sig.S.Bytes(), size)...), nil
	case ed25519.PrivateKey:
		return ed25519.Sign(p, data), nil
	}
	if sig, ok := sign448(k, data); ok {
		return sig, nil
	}
	return nil, &cryptoErr{"InvalidAccessError", fmt.Sprintf("%s keys cannot sign", k.kind)}
}

func verifyAsym(k *asymKey, scheme, hashName string, data, sig []byte, salt int) (bool, error) {
	switch p := k.pub.(type) {
	case *rsa.PublicKey:
		h, sum, err := digestOf(hashName, data)
		if err != nil {
			return false, err
		}
		if scheme == "pss" {
			if salt <= 0 {
				salt = rsa.PSSSaltLengthAuto
			}
			return rsa.VerifyPSS(p, h, sum, sig, &rsa.PSSOptions{SaltLength: salt}) == nil, nil
		}
		return rsa.VerifyPKCS1v15(p, h, sum, sig) == nil, nil
	case *ecdsa.PublicKey:
		_, sum, err := digestOf(hashName, data)
		if err != nil {
			return false, err
		}
		if scheme == "ecdsa-der" {
			return ecdsa.VerifyASN1(p, sum, sig), nil
		}
		size := (p.Curve.Params().BitSize + 7) / 8
		if len(sig) != 2*size {
			return false, nil
		}
		r, s := new(big.Int).SetBytes(sig[:size]), new(big.Int).SetBytes(sig[size:])
		return ecdsa.Verify(p, sum, r, s), nil
	case ed25519.PublicKey:
		return len(sig) == ed25519.SignatureSize && ed25519.Verify(p, data, sig), nil
	}
	if valid, ok := verify448(k, data, sig); ok {
		return valid, nil
	}
	return false, &cryptoErr{"InvalidAccessError", fmt.Sprintf("%s keys cannot verify", k.kind)}
}

// rsaCrypt is RSA-OAEP (padding "oaep") or PKCS #1 v1.5 ("pkcs1")
// encryption, or decryption.
func rsaCrypt(k *asymKey, padding, hashName string, label, data []byte, decrypt bool) ([]byte, error) {
	pub, ok := k.pub.(*rsa.PublicKey)
	if !ok {
		return nil, &cryptoErr{"InvalidAccessError", "not an RSA key"}
	}
	var h hash.Hash
	if padding == "oaep" {
		_, newH, err := cryptoHash(hashName)
		if err != nil {
			return nil, err
		}
		h = newH()
	}
	if decrypt {
		priv, ok := k.priv.(*rsa.PrivateKey)
		if !ok {
			return nil, &cryptoErr{"InvalidAccessError", "decryption needs a private key"}
		}
		var out []byte
		var err error
		if padding == "oaep" {
			out, err = rsa.DecryptOAEP(h, nil, priv, data, label)
		} else {
			out, err = rsa.DecryptPKCS1v15(nil, priv, data)
		}
		if err != nil {
			return nil, opErr("decryption failed")
		}
		return out, nil
	}
	if padding == "oaep" {
		return rsa.EncryptOAEP(h, rand.Reader, pub, data, label)
	}
	return rsa.EncryptPKCS1v15(rand.Reader, pub, data)
}

func deriveECDH(priv, pub *asymKey) ([]byte, error) {
	if !priv.isPrivate() || pub.isPrivate() || priv.kind != pub.kind || priv.curve != pub.curve {
		return nil, &cryptoErr{"InvalidAccessError", "the keys do not form an ECDH pair"}
	}
	if out, ok, err := derive448(priv, pub); ok {
		return out, err
	}
	var a *ecdh.PrivateKey
	var b *ecdh.PublicKey
	var err error
	switch p := priv.priv.(type) {
	case *ecdsa.PrivateKey:
		if a, err = p.ECDH(); err != nil {
			return nil, opErr("%v", err)
		}
		if b, err = pub.pub.(*ecdsa.PublicKey).ECDH(); err != nil {
			return nil, opErr("%v", err)
		}
	case *ecdh.PrivateKey:
		a, b = p, pub.pub.(*ecdh.PublicKey)
	default:
		return nil, &cryptoErr{"InvalidAccessError", "not an ECDH key"}
	}
	out, err := a.ECDH(b)
	if err != nil {
		return nil, opErr("%v", err)
	}
	return out, nil
}

// ---- AES -------------------------------------------------------------------

func aesBlock(key []byte) (cipher.Block, error) {
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, dataErr("invalid AES key length %d", len(key))
	}
	return b, nil
}

// aesGCM seals (data || tag) or opens it, for any IV length and a tag of
// tagBytes (4 to 16).
func aesGCM(key, iv, data, aad []byte, tagBytes int, decrypt bool) ([]byte, error) {
	block, err := aesBlock(key)
	if err != nil {
		return nil, err
	}
	if len(iv) == 0 {
		return nil, opErr("the IV must not be empty")
	}
	var g cipher.AEAD
	if len(iv) == 12 {
		g, err = cipher.NewGCM(block)
	} else {
		g, err = cipher.NewGCMWithNonceSize(block, len(iv))
	}
	if err != nil {
		return nil, opErr("%v", err)
	}
	if !decrypt {
		out := g.Seal(nil, iv, data, aad)
		return out[:len(data)+tagBytes], nil
	}
	if len(data) < tagBytes {
		return nil, opErr("the data is shorter than the tag")
	}
	if tagBytes == 16 {
		out, err := g.Open(nil, iv, data, aad)
		if err != nil {
			return nil, opErr("the authentication tag does not match")
		}
		return out, nil
	}
	ct, tag := data[:len(data)-tagBytes], data[len(data)-tagBytes:]
	// The keystream is what sealing zeros gives.
	ks := g.Seal(nil, iv, make([]byte, len(ct)), nil)[:len(ct)]
	plain := make([]byte, len(ct))
	subtle.XORBytes(plain, ct, ks)
	full := g.Seal(nil, iv, plain, aad)
	if subtle.ConstantTimeCompare(full[len(ct):len(ct)+tagBytes], tag) != 1 {
		return nil, opErr("the authentication tag does not match")
	}
	return plain, nil
}

func aesCBC(key, iv, data []byte, decrypt, padding bool) ([]byte, error) {
	block, err := aesBlock(key)
	if err != nil {
		return nil, err
	}
	if len(iv) != aes.BlockSize {
		return nil, opErr("the IV must be 16 bytes")
	}
	if !decrypt {
		in := data
		if padding {
			n := aes.BlockSize - len(data)%aes.BlockSize
			in = append(append([]byte(nil), data...), make([]byte, n)...)
			for i := len(data); i < len(in); i++ {
				in[i] = byte(n)
			}
		} else if len(data)%aes.BlockSize != 0 {
			return nil, opErr("data not multiple of block length")
		}
		out := make([]byte, len(in))
		cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, in)
		return out, nil
	}
	if len(data)%aes.BlockSize != 0 || (padding && len(data) == 0) {
		return nil, opErr("wrong final block length")
	}
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, data)
	if !padding {
		return out, nil
	}
	n := int(out[len(out)-1])
	if n == 0 || n > aes.BlockSize {
		return nil, opErr("bad decrypt")
	}
	for _, c := range out[len(out)-n:] {
		if int(c) != n {
			return nil, opErr("bad decrypt")
		}
	}
	return out[:len(out)-n], nil
}

// aesCTR is Web Crypto's AES-CTR: the low bits of counter count blocks
// and wrap to zero without carrying into the rest; a counter that would
// come back to its start is an error.
func aesCTR(key, counter, data []byte, bits int) ([]byte, error) {
	block, err := aesBlock(key)
	if err != nil {
		return nil, err
	}
	if len(counter) != aes.BlockSize {
		return nil, opErr("the counter must be 16 bytes")
	}
	if bits < 1 || bits > 128 {
		return nil, opErr("the counter length must be between 1 and 128")
	}
	out := make([]byte, len(data))
	blocks := new(big.Int).SetInt64(int64((len(data) + aes.BlockSize - 1) / aes.BlockSize))
	if bits == 128 {
		cipher.NewCTR(block, counter).XORKeyStream(out, data)
		return out, nil
	}
	size := new(big.Int).Lsh(big.NewInt(1), uint(bits))
	whole := new(big.Int).SetBytes(counter)
	low := new(big.Int).Mod(whole, size)
	if blocks.Cmp(size) > 0 {
		return nil, opErr("the counter would repeat")
	}
	// Blocks before the low bits wrap, then the rest from a counter with
	// its low bits zeroed (Go's CTR would carry into the high bits).
	left := new(big.Int).Sub(size, low)
	n := len(data)
	if left.Cmp(blocks) < 0 {
		n = int(left.Int64()) * aes.BlockSize
	}
	cipher.NewCTR(block, counter).XORKeyStream(out[:n], data[:n])
	if n < len(data) {
		c := make([]byte, aes.BlockSize)
		new(big.Int).Sub(whole, low).FillBytes(c)
		cipher.NewCTR(block, c).XORKeyStream(out[n:], data[n:])
	}
	return out, nil
}

var kwIV = []byte{0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6}

// aesKeyWrap is RFC 3394's key wrap.
func aesKeyWrap(key, data []byte) ([]byte, error) {
	block, err := aesBlock(key)
	if err != nil {
		return nil, err
	}
	if len(data) < 16 || len(data)%8 != 0 {
		return nil, opErr("AES-KW data must be a multiple of 8 bytes, at least 16")
	}
	n := len(data) / 8
	out := make([]byte, len(data)+8)
	copy(out, kwIV)
	copy(out[8:], data)
	var b [16]byte
	for j := 0; j < 6; j++ {
		for i := 1; i <= n; i++ {
			copy(b[:8], out[:8])
			copy(b[8:], out[8*i:8*i+8])
			block.Encrypt(b[:], b[:])
			t := uint64(n*j + i)
			binary.BigEndian.PutUint64(out[:8], binary.BigEndian.Uint64(b[:8])^t)
			copy(out[8*i:], b[8:])
		}
	}
	return out, nil
}

// aesKeyUnwrap reverses aesKeyWrap and checks the integrity value.
func aesKeyUnwrap(key, data []byte) ([]byte, error) {
	block, err := aesBlock(key)
	if err != nil {
		return nil, err
	}
	if len(data) < 24 || len(data)%8 != 0 {
		return nil, opErr("AES-KW data must be a multiple of 8 bytes, at least 24")
	}
	n := len(data)/8 - 1
	out := append([]byte(nil), data...)
	var b [16]byte
	for j := 5; j >= 0; j-- {
		for i := n; i >= 1; i-- {
			t := uint64(n*j + i)
			binary.BigEndian.PutUint64(b[:8], binary.BigEndian.Uint64(out[:8])^t)
			copy(b[8:], out[8*i:8*i+8])
			block.Decrypt(b[:], b[:])
			copy(out[:8], b[:8])
			copy(out[8*i:], b[8:])
		}
	}
	if subtle.ConstantTimeCompare(out[:8], kwIV) != 1 {
		return nil, opErr("AES-KW integrity check failed")
	}
	return out[8:], nil
}

// enableCrypto runs crypto.js, which needs the prelude's DOMException and
// installs crypto, Crypto, SubtleCrypto and CryptoKey.
func (s *state) enableCrypto(natives *goja.Object) error {
	prog, err := compileCrypto()
	if err != nil {
		return fmt.Errorf("webapi: compiling crypto.js: %w", err)
	}
	v, err := s.vm.RunProgram(prog)
	if err != nil {
		return err
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return errors.New("webapi: crypto.js is not a function")
	}
	_, err = fn(goja.Undefined(), natives, s.cryptoNatives())
	return err
}
