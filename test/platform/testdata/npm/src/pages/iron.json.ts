// @hapi/iron: unseal a token sealed by Node, and seal+unseal a new one
// (PBKDF2, AES-256-CBC, HMAC-SHA256 through WebCrypto).
import type { APIRoute } from 'astro';
import * as Iron from '@hapi/iron';

const password = 'a-password-that-is-at-least-32-characters-long!';
const sealedByNode =
  'Fe26.2**679ec9fef951cea4938577b01dbd5c9eca4d0297b097a5a3f220d9e99bf7202f*ckUKVQ9L1sLWh502FxDRMw*qwkfj6_UPvMxJ0a2AaX3QW98oBAhdgHxtjESIHYGnE6OHSGTtD9gxh1jkb3RK1Qm**b2077ac14164a167ca9b36fccf66b96f5962be8248736b97cc40cbd9821ff9ab*yv8uBcXbjHYme9Ic3PM_hs5o6zPQKWvqtJwLGiphdp0';

export const GET: APIRoute = async () => {
  const sealed = await Iron.seal({ cart: [1, 2, 3], note: 'ünïcode' }, password, Iron.defaults);
  let tampered;
  try {
    await Iron.unseal(sealed.slice(0, -2) + 'xx', password, Iron.defaults);
  } catch (e: any) {
    tampered = e.message;
  }
  let short;
  try {
    await Iron.seal({}, 'short', Iron.defaults);
  } catch (e: any) {
    short = e.message;
  }
  const out = {
    fromNode: await Iron.unseal(sealedByNode, password, Iron.defaults),
    roundTrip: await Iron.unseal(sealed, password, Iron.defaults),
    parts: sealed.split('*').length,
    tampered,
    short,
  };
  return new Response(JSON.stringify(out, null, 2));
};
