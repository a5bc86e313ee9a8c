package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestWebCrypto448AndImports: Ed448 and X448 against RFC 8032 §7.4 and RFC
// 7748 §6.2 (Node 20 gives the same bytes, spki and pkcs8 included), an
// all-zero X448 secret refused, EC public keys in SPKI with a compressed
// point, and an ECDH JWK whose alg is not ECDH-ES (the spec does not check
// it; Node accepts it).
func TestWebCrypto448AndImports(t *testing.T) {
	prefix := `const S = crypto.subtle;
const hex = (b) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
const unhex = (h) => new Uint8Array(h.match(/../g).map((x) => parseInt(x, 16)));
const b64u = (h) => btoa(String.fromCharCode(...unhex(h))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const seed = '6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b';
const pub = '5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180';
`
	runCases(t, newEnv(t, webapi.Options{}), prefix, []jsCase{
		{"Ed448 RFC 8032 blank", `const k = await S.importKey('jwk', { kty: 'OKP', crv: 'Ed448', d: b64u(seed), x: b64u(pub) }, 'Ed448', true, ['sign']);
const sig = await S.sign('Ed448', k, new Uint8Array(0));
const pk = await S.importKey('raw', unhex(pub), 'Ed448', true, ['verify']);
const bad = new Uint8Array(sig).slice(); bad[0] ^= 1;
return [hex(sig), await S.verify('Ed448', pk, sig, new Uint8Array(0)), await S.verify('Ed448', pk, bad, new Uint8Array(0)), hex(await S.exportKey('spki', pk)), hex(await S.exportKey('pkcs8', k)), (await S.exportKey('jwk', k)).alg].join(' ')`,
			"533a37f6bbe457251f023c0d88f976ae2dfb504a843e34d2074fd823d41a591f2b233f034f628281f2fd7a22ddd47d7828c59bd0a21bfd3980ff0d2028d4b18a9df63e006c5d1c2d345b925d8dc00b4104852db99ac5c7cdda8530a113a0f4dbb61149f05a7363268c71d95808ff2e652600 true false 3043300506032b6571033a005fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180 3047020100300506032b6571043b04396c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b Ed448"},
		{"Ed448 generate and pkcs8 round trip", `const { privateKey, publicKey } = await S.generateKey('Ed448', true, ['sign', 'verify']);
const again = await S.importKey('pkcs8', await S.exportKey('pkcs8', privateKey), 'Ed448', false, ['sign']);
const sig = await S.sign('Ed448', again, new TextEncoder().encode('hi'));
return [publicKey.algorithm.name, sig.byteLength, await S.verify('Ed448', publicKey, sig, new TextEncoder().encode('hi'))].join()`, "Ed448,114,true"},
		{"X448 RFC 7748", `const a = await S.importKey('jwk', { kty: 'OKP', crv: 'X448', d: b64u('9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf574a9419744897391006382a6f127ab1d9ac2d8c0a598726b'), x: b64u('9b08f7cc31b7e3e67d22d5aea121074a273bd2b83de09c63faa73d2c22c5d9bbc836647241d953d40c5b12da88120d53177f80e532c41fa0') }, 'X448', true, ['deriveBits']);
const b = await S.importKey('raw', unhex('3eb7a829b0cd20f5bcfc0b599b6feccf6da4627107bdb0d4f345b43027d8b972fc3e34fb4232a13ca706dcb57aec3dae07bdc1c67bf33609'), 'X448', true, []);
const zero = await S.importKey('raw', new Uint8Array(56), 'X448', true, []);
return [hex(await S.deriveBits({ name: 'X448', public: b }, a, 448)), await S.deriveBits({ name: 'X448', public: zero }, a, 448).then(() => 'ok', (e) => e.name)].join(' ')`,
			"07fff4181ac6cc95ec1c16a94a0f74d12da232ce40a77552281d282bb60c0b56fd2464c335543936521c24403085d59a449a5037514a879d OperationError"},
		{"compressed EC SPKI", `const spki = unhex('3039301306072a8648ce3d020106082a8648ce3d03010703220002d210b0a6f9d9f012868058b43fa4f471018543bba00c9250df9257c2acae5dd1');
const k = await S.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
return hex(await S.exportKey('raw', k)).slice(0, 4) + ' ' + (await S.exportKey('spki', k)).byteLength`, "04d2 91"},
		{"ECDH JWK with another alg", `const { privateKey } = await S.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
const jwk = await S.exportKey('jwk', privateKey);
const k = await S.importKey('jwk', { ...jwk, alg: 'foo' }, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
return k.type`, "private"},
	})
}
