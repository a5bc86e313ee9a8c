// dns: lookups through Go's resolver (internal/jsrt/node/dns.go) with Node's
// callback and promise APIs and errors. IP literals answer without a
// query, as getaddrinfo does. Resolver objects share the system resolver.
const native = globalThis.__cometNode.dns;
const ERRNO = { ENOTFOUND: -3008, EAI_AGAIN: -3001 };
const SYSCALL = { A: 'queryA', AAAA: 'queryAaaa', MX: 'queryMx', TXT: 'queryTxt', SRV: 'querySrv', CNAME: 'queryCname', NS: 'queryNs' };

function dnsError(code, syscall, hostname) {
  const e = new Error(syscall + ' ' + code + ' ' + hostname);
  e.errno = syscall === 'getaddrinfo' ? ERRNO[code] : undefined;
  e.code = code;
  e.syscall = syscall;
  e.hostname = hostname;
  if (e.errno === undefined) delete e.errno;
  return e;
}
const v4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
function ipFamily(s) {
  if (v4.test(s)) return 4;
  if (s.includes(':')) { try { new URL('http://[' + s + ']/'); return 6; } catch { return 0; } }
  return 0;
}
function query(kind, name) {
  return new Promise((resolve, reject) => native(kind, String(name), (err, records) => (err ? reject(err[0]) : resolve(records))));
}

async function lookupAsync(hostname, options) {
  const opts = typeof options === 'number' ? { family: options } : options || {};
  const family = opts.family === 'IPv4' ? 4 : opts.family === 'IPv6' ? 6 : Number(opts.family || 0);
  let list;
  const literal = ipFamily(hostname);
  if (literal) list = [[hostname, literal]];
  else {
    try { list = await query('lookup', hostname || 'localhost'); } catch (code) { throw dnsError(code, 'getaddrinfo', hostname); }
  }
  list = list.filter(([, f]) => !family || f === family);
  if (opts.order === 'ipv4first' || opts.verbatim === false) list.sort((a, b) => a[1] - b[1]);
  if (opts.order === 'ipv6first') list.sort((a, b) => b[1] - a[1]);
  if (!list.length) throw dnsError('ENOTFOUND', 'getaddrinfo', hostname);
  return opts.all ? list.map(([address, f]) => ({ address, family: f })) : { address: list[0][0], family: list[0][1] };
}

export function lookup(hostname, options, cb) {
  if (typeof options === 'function') { cb = options; options = {}; }
  if (typeof cb !== 'function') { const e = new TypeError('The "callback" argument must be of type function. Received ' + typeof cb); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
  lookupAsync(hostname, options).then((r) => (Array.isArray(r) ? cb(null, r) : cb(null, r.address, r.family)), (e) => cb(e));
  return {};
}
function resolveAsync(name, rrtype = 'A') {
  const kind = String(rrtype).toUpperCase();
  if (!SYSCALL[kind]) { const e = new TypeError('The argument \'rrtype\' is invalid. Received \'' + rrtype + '\''); e.code = 'ERR_INVALID_ARG_VALUE'; throw e; }
  return resolveKind(kind, name);
}
async function resolveKind(kind, name) {
  let records;
  try { records = await query(kind, name); } catch (code) { throw dnsError(code, SYSCALL[kind], name); }
  return kind === 'A' || kind === 'AAAA' ? records.map(([a]) => a) : records;
}
const withCallback = (fn) => (...args) => {
  const cb = args.pop();
  if (typeof cb !== 'function') { const e = new TypeError('The "callback" argument must be of type function. Received ' + typeof cb); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
  fn(...args).then((r) => cb(null, r), (e) => cb(e));
};
export const resolve = withCallback(resolveAsync);
export const resolve4 = withCallback((n) => resolveAsync(n, 'A'));
export const resolve6 = withCallback((n) => resolveAsync(n, 'AAAA'));
export const resolveMx = withCallback((n) => resolveAsync(n, 'MX'));
export const resolveTxt = withCallback((n) => resolveAsync(n, 'TXT'));
export const resolveSrv = withCallback((n) => resolveAsync(n, 'SRV'));
export const resolveCname = withCallback((n) => resolveAsync(n, 'CNAME'));
export const resolveNs = withCallback((n) => resolveAsync(n, 'NS'));
export const promises = {
  lookup: lookupAsync, resolve: resolveAsync, resolve4: (n) => resolveAsync(n, 'A'), resolve6: (n) => resolveAsync(n, 'AAAA'),
  resolveMx: (n) => resolveAsync(n, 'MX'), resolveTxt: (n) => resolveAsync(n, 'TXT'), resolveSrv: (n) => resolveAsync(n, 'SRV'),
  resolveCname: (n) => resolveAsync(n, 'CNAME'), resolveNs: (n) => resolveAsync(n, 'NS'),
};
export class Resolver {
  constructor() { Object.assign(this, { resolve, resolve4, resolve6, resolveMx, resolveTxt, resolveSrv, resolveCname, resolveNs }); }
  cancel() {}
  setServers() {}
  getServers() { return []; }
}
promises.Resolver = class { constructor() { Object.assign(this, promises); } cancel() {} setServers() {} getServers() { return []; } };
export const getServers = () => [];
export const setServers = () => {};
export const setDefaultResultOrder = () => {};
export const getDefaultResultOrder = () => 'verbatim';
export const NOTFOUND = 'ENOTFOUND', TIMEOUT = 'ETIMEOUT', CONNREFUSED = 'ECONNREFUSED', SERVFAIL = 'ESERVFAIL', NODATA = 'ENODATA';
export const ADDRCONFIG = 1024, V4MAPPED = 2048, ALL = 256;
export default { lookup, resolve, resolve4, resolve6, resolveMx, resolveTxt, resolveSrv, resolveCname, resolveNs, promises, Resolver, getServers, setServers,
  setDefaultResultOrder, getDefaultResultOrder, NOTFOUND, TIMEOUT, CONNREFUSED, SERVFAIL, NODATA, ADDRCONFIG, V4MAPPED, ALL };
