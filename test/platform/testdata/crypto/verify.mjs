// Checks in Node what Comet signed and sealed (dist/comet-signed.json):
// prints one line per check; crypto_test.go wants each to say "ok".
import * as jose from 'jose';
import crypto from 'node:crypto';
import fs from 'node:fs';
import * as keys from './keys.mjs';

const got = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const line = (name, ok) => console.log(name + ' ' + (ok ? 'ok' : 'FAILED'));
const { payload } = await jose.jwtVerify(got.es256, await jose.importSPKI(keys.ecPublic, 'ES256'));
line('es256', payload.sub === 'comet');
const { plaintext } = await jose.compactDecrypt(got.jwe, new Uint8Array(32).fill(3));
line('jwe', new TextDecoder().decode(plaintext) === 'sealed by comet');
line('ecdsaDer', crypto.verify('sha256', Buffer.from('comet'), keys.ecPublic, Buffer.from(got.ecdsaDer, 'base64')));
const d = crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(32, 7), Buffer.alloc(12, 9));
d.setAuthTag(Buffer.from(got.gcm[1], 'hex'));
line('gcm', d.update(got.gcm[0], 'hex', 'utf8') + d.final('utf8') === 'comet gcm');
