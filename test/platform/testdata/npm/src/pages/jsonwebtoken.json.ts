// jsonwebtoken: HS256 and RS256 sign, verify, decode and its errors.
import type { APIRoute } from 'astro';
import jwt from 'jsonwebtoken';
import { rsaPrivate, rsaPublic } from '../keys';

const attempt = (f: () => unknown) => {
  try {
    return f();
  } catch (e: any) {
    return { name: e.name, message: e.message };
  }
};

export const GET: APIRoute = () => {
  const payload = { sub: 'user-1', scope: ['read', 'write'], iat: 1709200000 };
  const hs = jwt.sign(payload, 'secret', { expiresIn: '2h', issuer: 'comet', audience: 'api' });
  const rs = jwt.sign(payload, rsaPrivate, { algorithm: 'RS256', keyid: 'k1', noTimestamp: true });
  const out = {
    hs,
    rs,
    verified: attempt(() => jwt.verify(hs, 'secret', { issuer: 'comet', audience: 'api', clockTimestamp: 1709200100 })),
    rsVerified: attempt(() => jwt.verify(rs, rsaPublic, { algorithms: ['RS256'] })),
    complete: jwt.decode(rs, { complete: true }),
    badSecret: attempt(() => jwt.verify(hs, 'other')),
    expired: attempt(() => jwt.verify(hs, 'secret', { clockTimestamp: 1709300000 })),
    wrongAudience: attempt(() => jwt.verify(hs, 'secret', { audience: 'web', clockTimestamp: 1709200100 })),
    malformed: attempt(() => jwt.verify('not.a.jwt', 'secret')),
  };
  return new Response(JSON.stringify(out, null, 2));
};
