// @hapi/iron (node:crypto's pbkdf2, createCipheriv and createHmac, and
// node:stream through @hapi/b64): seals made here and by Node are opened
// on both sides.
import * as Iron from '@hapi/iron';
import tokens from '../lib/node-tokens.json';
import { run } from '../lib/steps';

const password = 'a-password-that-is-at-least-32-characters-long';

export const GET = () => run({
  hapi: async () => {
    const sealed = await Iron.seal({ hello: 'comet', n: [1, 2] }, password, Iron.defaults);
    return [await Iron.unseal(sealed, password, Iron.defaults), await Iron.unseal(tokens.iron, password, Iron.defaults), sealed.split('*').length];
  },
  hapiTampered: async () => Iron.unseal(tokens.iron.replace('Fe26.2**', 'Fe26.2**0'), password, Iron.defaults).then(() => 'accepted', (e) => e.message),
});
