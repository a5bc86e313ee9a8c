package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestWebCryptoErrors: the errors of Web Crypto (TypeErrors for bad
// arguments, DOMExceptions with the spec's names) and the shape of keys,
// as Node 20 gives them.
func TestWebCryptoErrors(t *testing.T) {
	prefix := `const S = crypto.subtle;
const enc = (s) => new TextEncoder().encode(s);
const hex = (b) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
const show = (e) => (e instanceof DOMException ? 'DOMException ' : '') + e.name;
const key = () => S.importKey('raw', enc('key'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
`
	runCases(t, newEnv(t, webapi.Options{}), prefix, []jsCase{
		{"hash is required", `return await S.importKey('raw', enc('k'), { name: 'HMAC' }, false, ['sign']).catch(show)`, "TypeError"},
		{"string algorithm needs params", `return await S.importKey('raw', enc('k'), 'HMAC', false, ['sign']).catch(show)`, "TypeError"},
		{"unknown hash", `return await S.importKey('raw', enc('k'), { name: 'HMAC', hash: 'MD5' }, false, ['sign']).catch(show)`, "DOMException NotSupportedError"},
		{"names are case-insensitive", `const k = await S.importKey('raw', enc('k'), { name: 'hmac', hash: 'sha-256' }, false, ['sign']); return k.algorithm.name + ' ' + k.algorithm.hash.name`, "HMAC SHA-256"},
		{"empty usages", `return await S.importKey('raw', enc('k'), { name: 'HMAC', hash: 'SHA-256' }, false, []).catch(show)`, "DOMException SyntaxError"},
		{"usage not for HMAC", `return await S.importKey('raw', enc('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['encrypt']).catch(show)`, "DOMException SyntaxError"},
		{"usage not a KeyUsage", `return await S.importKey('raw', enc('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['nope']).catch(show)`, "TypeError"},
		{"empty key", `return await S.importKey('raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).catch(show)`, "DOMException DataError"},
		{"format not a KeyFormat", `return await S.importKey('pem', enc('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).catch(show)`, "TypeError"},
		{"key data not a buffer", `return await S.importKey('raw', 'abc', { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).catch(show)`, "TypeError"},
		{"length", `return (await S.importKey('raw', enc('abc'), { name: 'HMAC', hash: 'SHA-256', length: 24 }, false, ['sign'])).algorithm.length`, "24"},
		{"length mismatch", `return await S.importKey('raw', enc('abc'), { name: 'HMAC', hash: 'SHA-256', length: 16 }, false, ['sign']).catch(show)`, "DOMException DataError"},
		{"jwk round trip", `const k = await S.importKey('raw', enc('key'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']); const j = await S.exportKey('jwk', k); const k2 = await S.importKey('jwk', j, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']); return JSON.stringify(await S.exportKey('jwk', k2))`, "{\"key_ops\":[\"sign\"],\"ext\":true,\"kty\":\"oct\",\"k\":\"a2V5\",\"alg\":\"HS256\"}"},
		{"jwk alg mismatch", `return await S.importKey('jwk', { kty: 'oct', k: 'a2V5', alg: 'HS512' }, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).catch(show)`, "DOMException DataError"},
		{"jwk kty", `return await S.importKey('jwk', { kty: 'RSA', k: 'a2V5' }, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).catch(show)`, "DOMException DataError"},
		{"jwk ext false", `return await S.importKey('jwk', { kty: 'oct', k: 'a2V5', ext: false }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']).catch(show)`, "DOMException DataError"},
		{"jwk use", `return await S.importKey('jwk', { kty: 'oct', k: 'a2V5', use: 'enc' }, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).catch(show)`, "DOMException DataError"},
		{"jwk key_ops", `return await S.importKey('jwk', { kty: 'oct', k: 'a2V5', key_ops: ['verify'] }, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).catch(show)`, "DOMException DataError"},
		{"sign with a non-key", `return await S.sign('HMAC', {}, enc('x')).catch(show)`, "TypeError"},
		{"sign with another algorithm", `return await S.sign('RSASSA-PKCS1-v1_5', await key(), enc('x')).catch(show)`, "DOMException InvalidAccessError"},
		{"sign with an unknown algorithm", `return await S.sign('FOO', await key(), enc('x')).catch(show)`, "DOMException NotSupportedError"},
		{"sign data not a buffer", `return await S.sign('HMAC', await key(), 'str').catch(show)`, "TypeError"},
		{"sign gives an ArrayBuffer", `const s = await S.sign({ name: 'HMAC' }, await key(), enc('x')); return Object.prototype.toString.call(s) + ' ' + s.byteLength`, "[object ArrayBuffer] 32"},
		{"verify a string signature", `return await S.verify('HMAC', await key(), 'sig', enc('x')).catch(show)`, "TypeError"},
		{"digest unknown", `return await S.digest('MD5', enc('x')).catch(show)`, "DOMException NotSupportedError"},
		{"digest object name and SHA-384", `return (await S.digest({ name: 'SHA-1' }, enc('x'))).byteLength + ' ' + hex(await S.digest('SHA-384', enc('abc')))`, "20 cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"},
		{"digest without data", `return await S.digest('SHA-256').catch(show)`, "TypeError"},
		{"export format", `return await S.exportKey('pkcs8', await key()).catch(show)`, "DOMException InvalidAccessError"},
		{"export a non-key", `return await S.exportKey('raw', {}).catch(show)`, "TypeError"},
		{"generateKey", `const g = await S.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']); const g2 = await S.generateKey({ name: 'HMAC', hash: 'SHA-512', length: 128 }, true, ['sign']); return [g.type, g.algorithm.length, (await S.exportKey('raw', g)).byteLength, (await S.exportKey('raw', g2)).byteLength].join()`, "secret,512,64,16"},
		{"generateKey without usages", `return await S.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, []).catch(show)`, "DOMException SyntaxError"},
		{"CryptoKey shape", `const k = await key(); return [k.type, k.extractable, k.usages.join(), Object.keys(k).length, JSON.stringify(k.algorithm), k instanceof CryptoKey, Object.prototype.toString.call(k)].join('|')`, "secret|true|sign,verify|0|{\"name\":\"HMAC\",\"hash\":{\"name\":\"SHA-256\"},\"length\":24}|true|[object CryptoKey]"},
		{"CryptoKey constructor", `try { new CryptoKey(); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"toStringTag", `return Object.prototype.toString.call(crypto.subtle) + ' ' + Object.prototype.toString.call(crypto) + ' ' + (crypto.subtle instanceof SubtleCrypto) + ' ' + (crypto instanceof Crypto)`, "[object SubtleCrypto] [object Crypto] true true"},
		{"getRandomValues non-integer", `return [[1, 2], new Float32Array(1), new DataView(new ArrayBuffer(4))].map((a) => { try { crypto.getRandomValues(a); return 'no' } catch (e) { return show(e) } }).join(' | ')`, "DOMException TypeMismatchError | DOMException TypeMismatchError | DOMException TypeMismatchError"},
		{"getRandomValues quota", `try { crypto.getRandomValues(new Uint8Array(65537)); return 'no' } catch (e) { return e.name + ' ' + (e instanceof DOMException) }`, "QuotaExceededError true"},
		{"getRandomValues big ints", `const a = crypto.getRandomValues(new BigUint64Array(2)); return typeof a[0]`, "bigint"},
	})
}
