package bundle_test

import "testing"

// TestNodeCryptoVectors checks node:crypto's key derivation and ciphers
// against their RFC and NIST vectors, and its keys, signatures and errors
// by round trips (test/platform compares the same with Node).
func TestNodeCryptoVectors(t *testing.T) {
	cases := []nodeCase{
		{"pbkdf2 RFC 6070 #2", `return crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex')`, "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"},
		{"pbkdf2 callback", `return await new Promise((r) => crypto.pbkdf2('password', 'salt', 1, 20, 'sha1', (e, k) => r(k.toString('hex'))))`, "0c60c80f961f0e71f3a9b524af6012062fe037a6"},
		{"scrypt RFC 7914 §12 #2", `return crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex')`, "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"},
		{"scrypt memory limit", `return attempt(() => crypto.scryptSync('p', 's', 16, { N: 2 ** 20 }))`, "RangeError ERR_CRYPTO_INVALID_SCRYPT_PARAMS: Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded"},
		{"hkdf RFC 5869 A.1", `return Buffer.from(crypto.hkdfSync('sha256', Buffer.alloc(22, 0x0b), Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42)).toString('hex')`, "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"},
		{"aes-128-gcm test case 4 in pieces", `const key = Buffer.from('feffe9928665731c6d6a8f9467308308', 'hex'), iv = Buffer.from('cafebabefacedbaddecaf888', 'hex');
const p = Buffer.from('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39', 'hex');
const c = crypto.createCipheriv('aes-128-gcm', key, iv); c.setAAD(Buffer.from('feedfacedeadbeeffeedfacedeadbeefabaddad2', 'hex'));
const out = Buffer.concat([c.update(p.subarray(0, 7)), c.update(p.subarray(7, 40)), c.update(p.subarray(40)), c.final()]);
return out.toString('hex') + ' ' + c.getAuthTag().toString('hex')`,
			"42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091 5bc94fbc3221a5db94fae95ae7121a47"},
		{"aes-128-cbc SP 800-38A F.2.1", `const c = crypto.createCipheriv('aes-128-cbc', Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex'), Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex')); c.setAutoPadding(false);
return c.update('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51', 'hex', 'hex') + c.final('hex')`, "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2"},
		{"aes-128-ctr SP 800-38A F.5.1 byte by byte", `const c = crypto.createCipheriv('aes-128-ctr', Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', 'hex'));
const p = Buffer.from('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51', 'hex'); let out = '';
for (let i = 0; i < p.length; i++) out += c.update(p.subarray(i, i + 1)).toString('hex');
return out + c.final('hex')`, "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff"},
		{"gcm auth failure", `const d = crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12)); d.setAuthTag(Buffer.alloc(16)); d.update(Buffer.alloc(4)); return attempt(() => d.final())`, "Error undefined: Unsupported state or unable to authenticate data"},
		{"cipher errors", `return [attempt(() => crypto.createCipheriv('aes-256-gcm', Buffer.alloc(16), Buffer.alloc(12))), attempt(() => crypto.createCipheriv('des-ede3-cbc', Buffer.alloc(24), Buffer.alloc(8))), attempt(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(8)))].join(' | ')`,
			"RangeError ERR_CRYPTO_INVALID_KEYLEN: Invalid key length | TypeError ERR_CRYPTO_UNKNOWN_CIPHER: Invalid cipher type (Comet supports AES in GCM, CBC and CTR modes) | TypeError ERR_CRYPTO_INVALID_IV: Invalid initialization vector"},
		{"Ed25519 RFC 8032 test 1 from JWK", `const k = crypto.createPrivateKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519', d: Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex').toString('base64url'), x: Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex').toString('base64url') } });
const sig = crypto.sign(null, Buffer.alloc(0), k);
return sig.toString('hex').slice(0, 32) + ' ' + crypto.verify(null, Buffer.alloc(0), crypto.createPublicKey(k), sig) + ' ' + crypto.createPublicKey(k).export({ type: 'spki', format: 'der' }).toString('hex')`,
			"e5564300c360ac729086e2cc806e828a true 302a300506032b6570032100d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"},
		{"RSA keys in PEM, PKCS #1 and JWK", `const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: { type: 'pkcs1', format: 'pem' }, privateKeyEncoding: { type: 'pkcs1', format: 'pem' } });
const sig = crypto.createSign('SHA256').update('a').update('b').sign(privateKey, 'base64');
const pub = crypto.createPublicKey(publicKey);
const jwk = pub.export({ format: 'jwk' });
return [publicKey.split('\n')[0], privateKey.split('\n')[0], crypto.createVerify('RSA-SHA256').update('ab').verify(crypto.createPublicKey({ key: jwk, format: 'jwk' }), sig, 'base64'), Object.keys(jwk).join(), pub.asymmetricKeyDetails.publicExponent === 65537n].join(' ')`,
			"-----BEGIN RSA PUBLIC KEY----- -----BEGIN RSA PRIVATE KEY----- true kty,n,e true"},
		{"EC sec1 and curve names", `const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const pem = privateKey.export({ type: 'sec1', format: 'pem' });
const back = crypto.createPrivateKey(pem);
return [pem.split('\n')[0], back.equals(privateKey), back.asymmetricKeyDetails.namedCurve, crypto.getCurves().includes('secp384r1')].join(' ')`, "-----BEGIN EC PRIVATE KEY----- true prime256v1 true"},
		{"OAEP round trip", `const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const c = crypto.publicEncrypt({ key: publicKey, oaepHash: 'sha256' }, Buffer.from('hi'));
return crypto.privateDecrypt({ key: privateKey, oaepHash: 'sha256' }, c).toString() + ' ' + attempt(() => crypto.privateDecrypt(privateKey, c))`, "hi Error ERR_OSSL_RSA_OAEP_DECODING_ERROR: decryption failed"},
		{"unsupported", `return [attempt(() => crypto.createPrivateKey({ key: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAA==\n-----END ENCRYPTED PRIVATE KEY-----\n' })), attempt(() => crypto.generateKeyPairSync('dsa', {}))].join(' | ')`,
			"Error ERR_FEATURE_UNAVAILABLE_ON_PLATFORM: Comet does not support encrypted private keys (a passphrase) | TypeError ERR_INVALID_ARG_VALUE: The argument 'type' must be a supported key type. Received 'dsa' (Comet supports rsa, ec, ed25519 and x25519)"},
	}
	runNodeCases(t, nil, `import crypto from 'node:crypto';`+catchJS, cases)
}
