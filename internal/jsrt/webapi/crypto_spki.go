package webapi

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/asn1"

	"golang.org/x/crypto/cryptobyte"
	cbasn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// Named curves of an id-ecPublicKey SubjectPublicKeyInfo (RFC 5480).
var (
	oidECPublicKey = asn1.ObjectIdentifier{1, 2, 840, 10045, 2, 1}
	oidCurves      = map[string]elliptic.Curve{
		asn1.ObjectIdentifier{1, 2, 840, 10045, 3, 1, 7}.String(): elliptic.P256(),
		asn1.ObjectIdentifier{1, 3, 132, 0, 34}.String():          elliptic.P384(),
		asn1.ObjectIdentifier{1, 3, 132, 0, 35}.String():          elliptic.P521(),
	}
)

// compressedECSPKI reads an EC public key whose point is compressed (RFC
// 5480 allows it; Web Crypto imports it, x509.ParsePKIXPublicKey does
// not). ok is false for anything else, which the caller parses as usual.
func compressedECSPKI(der []byte) (pub *ecdsa.PublicKey, ok bool) {
	in := cryptobyte.String(der)
	var spki, alg cryptobyte.String
	var algOID, curveOID asn1.ObjectIdentifier
	var bits asn1.BitString
	if !in.ReadASN1(&spki, cbasn1.SEQUENCE) || !in.Empty() ||
		!spki.ReadASN1(&alg, cbasn1.SEQUENCE) ||
		!alg.ReadASN1ObjectIdentifier(&algOID) || !algOID.Equal(oidECPublicKey) ||
		!alg.ReadASN1ObjectIdentifier(&curveOID) || !alg.Empty() ||
		!spki.ReadASN1BitString(&bits) || !spki.Empty() || bits.BitLength%8 != 0 {
		return nil, false
	}
	c := oidCurves[curveOID.String()]
	point := bits.Bytes
	if c == nil || len(point) == 0 || (point[0] != 2 && point[0] != 3) {
		return nil, false
	}
	x, y := elliptic.UnmarshalCompressed(c, point)
	if x == nil {
		return nil, false
	}
	return &ecdsa.PublicKey{Curve: c, X: x, Y: y}, true
}
