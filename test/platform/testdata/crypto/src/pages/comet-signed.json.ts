// Tokens signed here with random signatures (ES256, ECDSA P-384 via
// node:crypto, a JWE): crypto_test.go checks them in Node.
import * as jose from 'jose';
import crypto from 'node:crypto';
import { ecPrivate } from '../lib/keys';

export const GET = async () => {
  const out = {
    es256: await new jose.SignJWT({ sub: 'comet' }).setProtectedHeader({ alg: 'ES256' }).setIssuedAt(1700000000).sign(await jose.importPKCS8(ecPrivate, 'ES256')),
    jwe: await new jose.CompactEncrypt(new TextEncoder().encode('sealed by comet')).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(new Uint8Array(32).fill(3)),
    ecdsaDer: crypto.sign('sha256', Buffer.from('comet'), ecPrivate).toString('base64'),
    gcm: (() => {
      const c = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32, 7), Buffer.alloc(12, 9));
      const body = Buffer.concat([c.update('comet gcm'), c.final()]);
      return [body.toString('hex'), c.getAuthTag().toString('hex')];
    })(),
  };
  return new Response(JSON.stringify(out), { headers: { 'Content-Type': 'application/json' } });
};
