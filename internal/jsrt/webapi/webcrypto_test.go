package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestWebCryptoVectors checks each algorithm against the published test
// vectors of its RFC or NIST document.
func TestWebCryptoVectors(t *testing.T) {
	prefix := `const S = crypto.subtle;
const enc = (s) => new TextEncoder().encode(s);
const hex = (b) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
const unhex = (h) => new Uint8Array(h.match(/../g).map((x) => parseInt(x, 16)));
const b64u = (h) => btoa(String.fromCharCode(...unhex(h))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const show = (e) => (e instanceof DOMException ? 'DOMException ' : '') + e.name;
`
	runCases(t, newEnv(t, webapi.Options{}), prefix, []jsCase{
		{"PBKDF2-SHA256 RFC 7914 §11", `const k = await S.importKey('raw', enc('passwd'), 'PBKDF2', false, ['deriveBits']);
return hex(await S.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 1, hash: 'SHA-256' }, k, 512))`,
			"55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"},
		{"HKDF-SHA256 RFC 5869 A.1", `const k = await S.importKey('raw', unhex('0b'.repeat(22)), 'HKDF', false, ['deriveBits']);
return hex(await S.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: unhex('000102030405060708090a0b0c'), info: unhex('f0f1f2f3f4f5f6f7f8f9') }, k, 336))`,
			"3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"},
		{"AES-KW RFC 3394 4.1", `const kek = await S.importKey('raw', unhex('000102030405060708090a0b0c0d0e0f'), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
const key = await S.importKey('raw', unhex('00112233445566778899aabbccddeeff'), 'AES-GCM', true, ['encrypt']);
const w = await S.wrapKey('raw', key, kek, 'AES-KW');
const back = await S.unwrapKey('raw', w, kek, 'AES-KW', 'AES-GCM', true, ['encrypt']);
return hex(w) + ' ' + hex(await S.exportKey('raw', back))`,
			"1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5 00112233445566778899aabbccddeeff"},
		{"AES-KW integrity", `const kek = await S.importKey('raw', unhex('000102030405060708090a0b0c0d0e0f'), 'AES-KW', false, ['unwrapKey']);
const bad = unhex('1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe6');
return await S.unwrapKey('raw', bad, kek, 'AES-KW', 'AES-GCM', true, ['encrypt']).catch(show)`, "DOMException OperationError"},
		{"AES-GCM test case 2 (McGrew–Viega)", `const k = await S.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt', 'decrypt']);
const c = await S.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, k, new Uint8Array(16));
const c96 = await S.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12), tagLength: 96 }, k, new Uint8Array(16));
const p = await S.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12), tagLength: 96 }, k, c96);
return hex(c) + ' ' + hex(c96).slice(32) + ' ' + hex(p)`,
			"0388dace60b6a392f328c2b971b2fe78ab6e47d42cec13bdf53a67b21257bddf ab6e47d42cec13bdf53a67b2 00000000000000000000000000000000"},
		{"AES-GCM short tag tampered", `const k = await S.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt', 'decrypt']);
const c = new Uint8Array(await S.encrypt({ name: 'AES-GCM', iv: new Uint8Array(16), tagLength: 64, additionalData: enc('a') }, k, enc('hello')));
const ok = new TextDecoder().decode(await S.decrypt({ name: 'AES-GCM', iv: new Uint8Array(16), tagLength: 64, additionalData: enc('a') }, k, c));
c[0] ^= 1;
return ok + ' ' + c.length + ' ' + await S.decrypt({ name: 'AES-GCM', iv: new Uint8Array(16), tagLength: 64, additionalData: enc('a') }, k, c).catch(show)`,
			"hello 13 DOMException OperationError"},
		{"AES-GCM bad tag length", `const k = await S.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt']);
return await S.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12), tagLength: 100 }, k, enc('x')).catch(show)`, "DOMException OperationError"},
		{"AES-CBC SP 800-38A F.2.1", `const k = await S.importKey('raw', unhex('2b7e151628aed2a6abf7158809cf4f3c'), 'AES-CBC', false, ['encrypt', 'decrypt']);
const iv = unhex('000102030405060708090a0b0c0d0e0f');
const c = await S.encrypt({ name: 'AES-CBC', iv }, k, unhex('6bc1bee22e409f96e93d7e117393172a'));
return hex(c).slice(0, 32) + ' ' + c.byteLength + ' ' + hex(await S.decrypt({ name: 'AES-CBC', iv }, k, c))`,
			"7649abac8119b246cee98e9b12e9197d 32 6bc1bee22e409f96e93d7e117393172a"},
		{"AES-CBC bad padding", `const k = await S.importKey('raw', new Uint8Array(16), 'AES-CBC', false, ['decrypt']);
return await S.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, k, new Uint8Array(16)).catch(show)`, "DOMException OperationError"},
		{"AES-CTR SP 800-38A F.5.1", `const k = await S.importKey('raw', unhex('2b7e151628aed2a6abf7158809cf4f3c'), 'AES-CTR', false, ['encrypt']);
return hex(await S.encrypt({ name: 'AES-CTR', counter: unhex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'), length: 128 }, k, unhex('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51')))`,
			"874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff"},
		{"AES-CTR counter wraps in its low bits", `const k = await S.importKey('raw', unhex('2b7e151628aed2a6abf7158809cf4f3c'), 'AES-CTR', false, ['encrypt']);
const two = await S.encrypt({ name: 'AES-CTR', counter: unhex('f0f1f2f3f4f5f6f7f8f9fafbfcfdffff'), length: 8 }, k, new Uint8Array(32));
const first = await S.encrypt({ name: 'AES-CTR', counter: unhex('f0f1f2f3f4f5f6f7f8f9fafbfcfdffff'), length: 8 }, k, new Uint8Array(16));
const wrapped = await S.encrypt({ name: 'AES-CTR', counter: unhex('f0f1f2f3f4f5f6f7f8f9fafbfcfdff00'), length: 8 }, k, new Uint8Array(16));
const repeat = await S.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 1 }, k, new Uint8Array(48)).catch(show);
return (hex(two) === hex(first) + hex(wrapped)) + ' ' + repeat`, "true DOMException OperationError"},
		{"Ed25519 RFC 8032 test 1", `const jwk = { kty: 'OKP', crv: 'Ed25519', d: b64u('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'), x: b64u('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a') };
const k = await S.importKey('jwk', jwk, 'Ed25519', true, ['sign']);
const pub = await S.importKey('raw', unhex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'), 'Ed25519', true, ['verify']);
const sig = await S.sign('Ed25519', k, new Uint8Array(0));
return hex(sig) + ' ' + await S.verify('Ed25519', pub, sig, new Uint8Array(0)) + ' ' + await S.verify('Ed25519', pub, sig, new Uint8Array(1))`,
			"e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b true false"},
		{"X25519 RFC 7748 6.1", `const a = await S.importKey('jwk', { kty: 'OKP', crv: 'X25519', d: b64u('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'), x: b64u('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a') }, 'X25519', false, ['deriveBits']);
const b = await S.importKey('raw', unhex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'), 'X25519', false, []);
return hex(await S.deriveBits({ name: 'X25519', public: b }, a, 256))`,
			"4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"},
		{"HMAC-SHA256 RFC 4231 case 2", `const k = await S.importKey('raw', enc('Jefe'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
return hex(await S.sign('HMAC', k, enc('what do ya want for nothing?')))`,
			"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
	})
}

// TestWebCryptoKeys: generated keys sign, verify, encrypt, derive and
// survive export and import in every format, and the spec's errors.
func TestWebCryptoKeys(t *testing.T) {
	prefix := `const S = crypto.subtle;
const enc = (s) => new TextEncoder().encode(s);
const hex = (b) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
const show = (e) => (e instanceof DOMException ? 'DOMException ' : '') + e.name;
async function roundTrip(alg, pair, sign) {
  const out = [];
  for (const [fmt, k] of [['spki', pair.publicKey], ['pkcs8', pair.privateKey], ['jwk', pair.publicKey], ['jwk', pair.privateKey]]) {
    const data = await S.exportKey(fmt, k);
    const back = await S.importKey(fmt, data, alg, true, k.usages);
    const again = await S.exportKey(fmt, back);
    out.push(fmt === 'jwk' ? JSON.stringify(data) === JSON.stringify(again) : hex(data) === hex(again));
  }
  return out.join();
}
`
	runCases(t, newEnv(t, webapi.Options{}), prefix, []jsCase{
		{"ECDSA P-256 sign, verify, formats", `const alg = { name: 'ECDSA', namedCurve: 'P-256' };
const p = await S.generateKey(alg, true, ['sign', 'verify']);
const sig = await S.sign({ name: 'ECDSA', hash: 'SHA-256' }, p.privateKey, enc('m'));
const raw = await S.exportKey('raw', p.publicKey);
const pub = await S.importKey('raw', raw, alg, true, ['verify']);
return [sig.byteLength, raw.byteLength, await S.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, sig, enc('m')), await S.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, sig, enc('n')),
  await roundTrip(alg, p), JSON.stringify(p.privateKey.algorithm), p.privateKey.usages.join(), p.publicKey.usages.join()].join(' ')`,
			`64 65 true false true,true,true,true {"name":"ECDSA","namedCurve":"P-256"} sign verify`},
		{"ECDSA P-384 and P-521 signature sizes", `const out = [];
for (const [c, h] of [['P-384', 'SHA-384'], ['P-521', 'SHA-512']]) {
  const p = await S.generateKey({ name: 'ECDSA', namedCurve: c }, false, ['sign', 'verify']);
  const sig = await S.sign({ name: 'ECDSA', hash: h }, p.privateKey, enc('m'));
  out.push(sig.byteLength + ':' + await S.verify({ name: 'ECDSA', hash: h }, p.publicKey, sig, enc('m')));
}
return out.join()`, "96:true,132:true"},
		{"ECDH P-256 both sides agree, deriveKey", `const alg = { name: 'ECDH', namedCurve: 'P-256' };
const a = await S.generateKey(alg, true, ['deriveBits', 'deriveKey']), b = await S.generateKey(alg, true, ['deriveBits']);
const x = await S.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 256), y = await S.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, null);
const k = await S.deriveKey({ name: 'ECDH', public: b.publicKey }, a.privateKey, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
const other = await S.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
return [hex(x) === hex(y), x.byteLength, (await S.exportKey('raw', k)).byteLength, hex(await S.exportKey('raw', k)) === hex(x).slice(0, 32),
  await S.deriveBits({ name: 'ECDH', public: other.publicKey }, a.privateKey, 256).catch(show), a.publicKey.usages.length, await roundTrip(alg, a)].join(' ')`,
			"true 32 16 true DOMException InvalidAccessError 0 true,true,true,true"},
		{"RSA-PSS, PKCS1, OAEP", `const g = (name) => S.generateKey({ name, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, name === 'RSA-OAEP' ? ['encrypt', 'decrypt'] : ['sign', 'verify']);
const pss = await g('RSA-PSS'), v15 = await g('RSASSA-PKCS1-v1_5'), oaep = await g('RSA-OAEP');
const s1 = await S.sign({ name: 'RSA-PSS', saltLength: 32 }, pss.privateKey, enc('m'));
const s2 = await S.sign('RSASSA-PKCS1-v1_5', v15.privateKey, enc('m')), s3 = await S.sign('RSASSA-PKCS1-v1_5', v15.privateKey, enc('m'));
const c = await S.encrypt({ name: 'RSA-OAEP', label: enc('l') }, oaep.publicKey, enc('secret'));
const p = new TextDecoder().decode(await S.decrypt({ name: 'RSA-OAEP', label: enc('l') }, oaep.privateKey, c));
const wrongLabel = await S.decrypt({ name: 'RSA-OAEP' }, oaep.privateKey, c).catch(show);
const jwk = await S.exportKey('jwk', v15.privateKey);
return [await S.verify({ name: 'RSA-PSS', saltLength: 32 }, pss.publicKey, s1, enc('m')), hex(s2) === hex(s3), await S.verify('RSASSA-PKCS1-v1_5', v15.publicKey, s2, enc('m')),
  p, wrongLabel, jwk.alg, Object.keys(jwk).join(), pss.publicKey.algorithm.modulusLength, hex(pss.publicKey.algorithm.publicExponent), await roundTrip({ name: 'RSA-OAEP', hash: 'SHA-256' }, oaep)].join(' ')`,
			"true true true secret DOMException OperationError RS256 key_ops,ext,kty,n,e,d,p,q,dp,dq,qi,alg 2048 010001 true,true,true,true"},
		{"RSA with public exponent 3, usages once each", `const p = await S.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([3]), hash: 'SHA-1' }, true, ['sign', 'verify', 'sign']);
const sig = await S.sign('RSASSA-PKCS1-v1_5', p.privateKey, enc('m'));
return [hex(p.publicKey.algorithm.publicExponent), p.publicKey.algorithm.modulusLength, p.privateKey.usages.join(), (await S.exportKey('jwk', p.publicKey)).e,
  await S.verify('RSASSA-PKCS1-v1_5', p.publicKey, sig, enc('m')), await S.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1]), hash: 'SHA-1' }, true, ['sign']).catch(show)].join(' ')`,
			"03 1024 sign Aw true DOMException OperationError"},
		{"Ed25519 and X25519 generate", `const e = await S.generateKey('Ed25519', true, ['sign', 'verify']);
const x = await S.generateKey({ name: 'X25519' }, true, ['deriveBits']), y = await S.generateKey({ name: 'X25519' }, true, ['deriveBits']);
const sig = await S.sign('Ed25519', e.privateKey, enc('m'));
const ab = await S.deriveBits({ name: 'X25519', public: y.publicKey }, x.privateKey, 256), ba = await S.deriveBits({ name: 'X25519', public: x.publicKey }, y.privateKey, 256);
return [await S.verify('Ed25519', e.publicKey, sig, enc('m')), hex(ab) === hex(ba), Object.keys(await S.exportKey('jwk', e.privateKey)).join(), await roundTrip('Ed25519', e), await roundTrip('X25519', x)].join(' ')`,
			"true true key_ops,ext,crv,d,x,kty,alg true,true,true,true true,true,true,true"},
		{"PBKDF2 deriveKey to HMAC and AES", `const k = await S.importKey('raw', enc('pw'), 'PBKDF2', false, ['deriveKey']);
const p = { name: 'PBKDF2', salt: enc('salt'), iterations: 1000, hash: 'SHA-256' };
const h = await S.deriveKey(p, k, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
const a = await S.deriveKey(p, k, { name: 'AES-CBC', length: 256 }, true, ['encrypt']);
const bad = await S.deriveKey(p, k, { name: 'AES-CBC', length: 100 }, true, ['encrypt']).catch(show);
return [h.algorithm.length, a.algorithm.length, bad, await S.deriveBits(p, k, 256).catch(show)].join(' ')`, "512 256 DOMException OperationError DOMException InvalidAccessError"},
		{"wrap a JWK with AES-GCM", `const kek = await S.generateKey({ name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);
const e = await S.generateKey('Ed25519', true, ['sign', 'verify']);
const iv = new Uint8Array(12);
const w = await S.wrapKey('jwk', e.privateKey, kek, { name: 'AES-GCM', iv });
const back = await S.unwrapKey('jwk', w, kek, { name: 'AES-GCM', iv }, 'Ed25519', true, ['sign']);
const sig = await S.sign('Ed25519', back, enc('m'));
return await S.verify('Ed25519', e.publicKey, sig, enc('m'))`, "true"},
		{"normalisation rejects at once, usages in a later microtask (as WPT checks)", `const when = (p) => { let tick = false; const r = p.then(() => 'ok', () => tick); Promise.resolve().then(() => { tick = true; }); return r; };
return [await when(S.generateKey({ name: 'NOPE' }, true, ['sign'])), await when(S.generateKey({ name: 'AES-GCM', length: 128 }, true, ['sign'])), await when(S.generateKey({ name: 'AES-GCM', length: 128 }, true, []))].join()`, "false,true,true"},
		{"errors", `const ec = await S.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
const aes = await S.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt']);
return [
  await S.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['encrypt']).catch(show),
  await S.generateKey({ name: 'ECDSA', namedCurve: 'P-192' }, true, ['sign']).catch(show),
  await S.generateKey({ name: 'ECDSA' }, true, ['sign']).catch(show),
  await S.generateKey({ name: 'ML-DSA-65' }, true, ['sign']).catch(show),
  await S.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']).catch(show),
  await S.exportKey('pkcs8', ec.privateKey).catch(show),
  await S.exportKey('pkcs8', aes).catch(show),
  await S.sign({ name: 'ECDSA', hash: 'SHA-256' }, ec.publicKey, enc('m')).catch(show),
  await S.sign({ name: 'ECDSA', hash: 'SHA-256' }, aes, enc('m')).catch(show),
  await S.encrypt({ name: 'AES-GCM' }, aes, enc('m')).catch(show),
  await S.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, aes, enc('m')).catch(show),
  await S.importKey('raw', new Uint8Array(15), 'AES-GCM', true, ['encrypt']).catch(show),
  await S.importKey('spki', new Uint8Array(15), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']).catch(show),
  await S.importKey('spki', new Uint8Array(15), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']).catch(show),
  await S.importKey('raw', new Uint8Array(16), 'HKDF', true, ['deriveBits']).catch(show),
  await S.importKey('raw', new Uint8Array(16), 'AES-GCM', true, []).catch(show),
  await S.importKey('raw', {}, 'AES-GCM', true, ['encrypt']).catch(show),
  await S.exportKey('jwk', ec.privateKey).catch(show),
].join(' | ')`,
			"DOMException SyntaxError | DOMException NotSupportedError | TypeError | DOMException NotSupportedError | DOMException SyntaxError | DOMException InvalidAccessError | DOMException InvalidAccessError | DOMException InvalidAccessError | DOMException InvalidAccessError | TypeError | DOMException InvalidAccessError | DOMException DataError | DOMException DataError | DOMException SyntaxError | DOMException SyntaxError | DOMException SyntaxError | TypeError | DOMException InvalidAccessError"},
	})
}
