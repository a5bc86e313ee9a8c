// iron-session (iron-webcrypto: PBKDF2, AES-256-CBC and HMAC through Web
// Crypto): seals made here and by Node are opened on both sides.
import { sealData, unsealData } from 'iron-session';
import tokens from '../lib/node-tokens.json';
import { run } from '../lib/steps';

const password = 'a-password-that-is-at-least-32-characters-long';

export const GET = () => run({
  session: async () => {
    const sealed = await sealData({ user: 'comet' }, { password, ttl: 0 });
    return [await unsealData(sealed, { password, ttl: 0 }), await unsealData(tokens.ironSession, { password, ttl: 0 })];
  },
});
