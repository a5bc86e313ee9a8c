// dns/promises: dns.promises (node/dns.js).
import dns from 'node:dns';
export const { lookup, resolve, resolve4, resolve6, resolveMx, resolveTxt, resolveSrv, resolveCname, resolveNs, Resolver } = dns.promises;
export default dns.promises;
