package webapi

// Ed448 and X448 for Web Crypto (RFC 8032, RFC 7748, Node 20 has both): Go's
// standard library has neither, so the curve arithmetic is
// github.com/cloudflare/circl's; the key formats (raw, spki, pkcs8 as RFC
// 8410 lays them out, jwk as RFC 8037) are written here, since crypto/x509
// knows only Ed25519 and X25519 among these curves.

import (
	"crypto"
	"crypto/rand"
	"crypto/subtle"
	"encoding/asn1"

	"github.com/cloudflare/circl/dh/x448"
	"github.com/cloudflare/circl/sign/ed448"
	"golang.org/x/crypto/cryptobyte"
	cbasn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// x448Public and x448Private are X448 keys (RFC 7748 little-endian bytes).
type (
	x448Public  [x448.Size]byte
	x448Private struct{ d, pub x448.Key }
)

func (p *x448Private) Public() crypto.PublicKey { pub := x448Public(p.pub); return &pub }

func newX448Private(d []byte) *x448Private {
	p := &x448Private{}
	copy(p.d[:], d)
	x448.KeyGen(&p.pub, &p.d)
	return p
}

// RFC 8410 algorithm identifiers.
var (
	oidX448  = asn1.ObjectIdentifier{1, 3, 101, 111}
	oidEd448 = asn1.ObjectIdentifier{1, 3, 101, 113}
)

// kind448 names the 448 key kind of a public key, or "".
func kind448(pub crypto.PublicKey) string {
	switch pub.(type) {
	case ed448.PublicKey:
		return "ed448"
	case *x448Public:
		return "x448"
	}
	return ""
}

func generate448(kind string) (*asymKey, error) {
	if kind == "ed448" {
		_, p, err := ed448.GenerateKey(rand.Reader)
		if err != nil {
			return nil, opErr("%v", err)
		}
		return wrapKey(p, nil)
	}
	d := make([]byte, x448.Size)
	if _, err := rand.Read(d); err != nil {
		return nil, opErr("%v", err)
	}
	return wrapKey(newX448Private(d), nil)
}

// raw448 makes a public key of kind from its raw bytes.
func raw448(kind string, data []byte) (*asymKey, error) {
	if kind == "ed448" {
		if len(data) != ed448.PublicKeySize {
			return nil, dataErr("invalid Ed448 public key")
		}
		return wrapKey(nil, ed448.PublicKey(append([]byte(nil), data...)))
	}
	if len(data) != x448.Size {
		return nil, dataErr("invalid X448 public key")
	}
	var p x448Public
	copy(p[:], data)
	return wrapKey(nil, &p)
}

// private448 makes a private key of kind from its seed (Ed448) or scalar.
func private448(kind string, d []byte) (*asymKey, error) {
	if kind == "ed448" {
		if len(d) != ed448.SeedSize {
			return nil, dataErr("invalid Ed448 private key")
		}
		return wrapKey(ed448.NewKeyFromSeed(d), nil)
	}
	if len(d) != x448.Size {
		return nil, dataErr("invalid X448 private key")
	}
	return wrapKey(newX448Private(d), nil)
}

// parse448 reads an RFC 8410 SubjectPublicKeyInfo (spki) or
// OneAsymmetricKey (pkcs8) of Ed448 or X448; ok is false for other keys.
func parse448(format string, der []byte) (k *asymKey, ok bool, err error) {
	in := cryptobyte.String(der)
	var outer, alg cryptobyte.String
	var oid asn1.ObjectIdentifier
	if !in.ReadASN1(&outer, cbasn1.SEQUENCE) || !in.Empty() {
		return nil, false, nil
	}
	if format == "pkcs8" {
		var version int
		if !outer.ReadASN1Integer(&version) || (version != 0 && version != 1) {
			return nil, false, nil
		}
	}
	if !outer.ReadASN1(&alg, cbasn1.SEQUENCE) || !alg.ReadASN1ObjectIdentifier(&oid) {
		return nil, false, nil
	}
	kind := ""
	switch {
	case oid.Equal(oidEd448):
		kind = "ed448"
	case oid.Equal(oidX448):
		kind = "x448"
	default:
		return nil, false, nil
	}
	if !alg.Empty() {
		return nil, true, dataErr("invalid %s algorithm parameters", kind)
	}
	if format == "spki" {
		var bits asn1.BitString
		if !outer.ReadASN1BitString(&bits) || !outer.Empty() || bits.BitLength%8 != 0 {
			return nil, true, dataErr("invalid %s SubjectPublicKeyInfo", kind)
		}
		k, err = raw448(kind, bits.Bytes)
		return k, true, err
	}
	// privateKey is an OCTET STRING holding the CurvePrivateKey, itself an
	// OCTET STRING; attributes and a public key may follow.
	var wrapped, d cryptobyte.String
	if !outer.ReadASN1(&wrapped, cbasn1.OCTET_STRING) || !wrapped.ReadASN1(&d, cbasn1.OCTET_STRING) || !wrapped.Empty() {
		return nil, true, dataErr("invalid %s private key", kind)
	}
	k, err = private448(kind, d)
	return k, true, err
}

// export448 writes k in format; ok is false when k is not a 448 key.
func export448(k *asymKey, format string) (out []byte, ok bool, err error) {
	kind := kind448(k.pub)
	if kind == "" {
		return nil, false, nil
	}
	oid := oidEd448
	if kind == "x448" {
		oid = oidX448
	}
	pubBytes := func() []byte {
		if p, ok := k.pub.(ed448.PublicKey); ok {
			return append([]byte(nil), p...)
		}
		p := k.pub.(*x448Public)
		return append([]byte(nil), p[:]...)
	}
	switch format {
	case "raw":
		return pubBytes(), true, nil
	case "spki":
		var b cryptobyte.Builder
		b.AddASN1(cbasn1.SEQUENCE, func(b *cryptobyte.Builder) {
			b.AddASN1(cbasn1.SEQUENCE, func(b *cryptobyte.Builder) { b.AddASN1ObjectIdentifier(oid) })
			b.AddASN1BitString(pubBytes())
		})
		out, err = b.Bytes()
		return out, true, err
	case "pkcs8":
		if !k.isPrivate() {
			return nil, true, &cryptoErr{"InvalidAccessError", "not a private key"}
		}
		d := privBytes448(k)
		var b cryptobyte.Builder
		b.AddASN1(cbasn1.SEQUENCE, func(b *cryptobyte.Builder) {
			b.AddASN1Int64(0)
			b.AddASN1(cbasn1.SEQUENCE, func(b *cryptobyte.Builder) { b.AddASN1ObjectIdentifier(oid) })
			b.AddASN1(cbasn1.OCTET_STRING, func(b *cryptobyte.Builder) {
				b.AddASN1(cbasn1.OCTET_STRING, func(b *cryptobyte.Builder) { b.AddBytes(d) })
			})
		})
		out, err = b.Bytes()
		return out, true, err
	}
	return nil, true, &cryptoErr{"InvalidAccessError", "a " + kind + " key cannot be exported as " + format}
}

// privBytes448 is the seed (Ed448) or scalar (X448) of a private key.
func privBytes448(k *asymKey) []byte {
	switch p := k.priv.(type) {
	case ed448.PrivateKey:
		return append([]byte(nil), p.Seed()...)
	case *x448Private:
		return append([]byte(nil), p.d[:]...)
	}
	return nil
}

// jwk448 is the RFC 8037 JWK of a 448 key, or nil.
func jwk448(k *asymKey) [][2]string {
	kind := kind448(k.pub)
	if kind == "" {
		return nil
	}
	crv := map[string]string{"ed448": "Ed448", "x448": "X448"}[kind]
	raw, _, _ := export448(k, "raw")
	m := [][2]string{{"crv", crv}}
	if k.isPrivate() {
		m = append(m, [2]string{"d", b64(privBytes448(k))})
	}
	return append(m, [2]string{"x", b64(raw)}, [2]string{"kty", "OKP"})
}

// importJWK448 builds a 448 key from its JWK members x and d (nil: public).
func importJWK448(kind string, x, d []byte) (*asymKey, error) {
	if d == nil {
		return raw448(kind, x)
	}
	k, err := private448(kind, d)
	if err != nil {
		return nil, err
	}
	if raw, _, _ := export448(k, "raw"); subtle.ConstantTimeCompare(raw, x) != 1 {
		return nil, dataErr("the JWK's x does not match d")
	}
	return k, nil
}

// sign448 and verify448 are Ed448 with an empty context (pure EdDSA, as
// Web Crypto's Ed448 without a context).
func sign448(k *asymKey, data []byte) ([]byte, bool) {
	p, ok := k.priv.(ed448.PrivateKey)
	if !ok {
		return nil, false
	}
	return ed448.Sign(p, data, ""), true
}

func verify448(k *asymKey, data, sig []byte) (valid, ok bool) {
	p, ok := k.pub.(ed448.PublicKey)
	if !ok {
		return false, false
	}
	return len(sig) == ed448.SignatureSize && ed448.Verify(p, data, sig, ""), true
}

// derive448 is X448's shared secret; an all-zero result (a public key of
// small order) is an OperationError, as RFC 7748 §6.2 and Web Crypto say.
func derive448(priv, pub *asymKey) ([]byte, bool, error) {
	a, ok := priv.priv.(*x448Private)
	if !ok {
		return nil, false, nil
	}
	b, ok := pub.pub.(*x448Public)
	if !ok {
		return nil, true, &cryptoErr{"InvalidAccessError", "the keys do not form an X448 pair"}
	}
	var shared x448.Key
	peer := x448.Key(*b)
	if !x448.Shared(&shared, &a.d, &peer) {
		return nil, true, opErr("the X448 shared secret is zero (a public key of small order)")
	}
	return shared[:], true, nil
}
