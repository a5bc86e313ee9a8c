// jsonwebtoken (node:crypto's KeyObject, createSign/createVerify, HMAC):
// deterministic HS256 and RS256 tokens compared byte for byte, Node's
// ES256 token verified.
import jwt from 'jsonwebtoken';
import { ecPublic, rsaPrivate, rsaPublic } from '../lib/keys';
import tokens from '../lib/node-tokens.json';
import { run } from '../lib/steps';

export const GET = () => run({
  hs256: () => {
    const t = jwt.sign({ sub: 'comet' }, 'shhhh', { noTimestamp: true });
    return [t, jwt.verify(t, 'shhhh')];
  },
  rs256: () => {
    const t = jwt.sign({ sub: 'comet' }, rsaPrivate, { algorithm: 'RS256', noTimestamp: true });
    return [t, jwt.verify(t, rsaPublic)];
  },
  es256FromNode: () => jwt.verify(tokens.jwtES256, ecPublic),
  wrongKey: () => { try { jwt.verify(tokens.jwtES256, rsaPublic); return 'accepted'; } catch (e: any) { return e.name + ': ' + e.message; } },
  decode: () => jwt.decode(tokens.jwtES256, { complete: true }),
});
