// tls: TLS client sockets over Go's crypto/tls (internal/jsrt/node/net.go):
// tls.connect to a host, or over an existing net.Socket (pg's STARTTLS).
// Servers and secure contexts beyond `ca` are not offered.
import { Socket } from 'node:net';

function unsupported(what) {
  const e = new Error(what + ' is not supported by Comet: endpoints can open TLS client sockets, not serve TLS');
  e.code = 'ERR_COMET_UNSUPPORTED';
  return e;
}
const N = globalThis.__cometNode.net;

export class TLSSocket extends Socket {
  constructor(socket, opts = {}) {
    super(opts);
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = false;
    this._tlsOpts = opts;
    this._waitSecure = true; // writes wait for the handshake
  }
  _secure([protocol, alpn]) {
    this._protocol = String(protocol).replace('TLS ', 'TLSv');
    this.alpnProtocol = alpn || false;
    this.authorized = this._tlsOpts.rejectUnauthorized !== false;
    this.emit('secureConnect');
  }
  getProtocol() { return this._protocol || null; }
  getPeerCertificate() { return {}; }
  setServername() {}
}

const caText = (ca) => (ca === undefined ? '' : [].concat(ca).map((c) => String(c)).join('\n'));

export function connect(...args) {
  let opts = {};
  let cb;
  if (args[0] !== null && typeof args[0] === 'object') { opts = { ...args[0] }; cb = args[1]; }
  else { opts = { ...(typeof args[2] === 'object' ? args[2] : {}), port: args[0], host: typeof args[1] === 'string' ? args[1] : undefined }; cb = args.find((a) => typeof a === 'function'); }
  const servername = opts.servername || opts.host || 'localhost';
  const reject = opts.rejectUnauthorized !== false;
  const tls = new TLSSocket(null, opts);
  if (cb) tls.once('secureConnect', cb);
  const upgrade = (id) => N.upgradeTLS(id, servername, reject, caText(opts.ca));
  if (opts.socket) {
    // Take the connected plain socket over: its Go connection is now ours.
    const plain = opts.socket;
    const id = plain._id;
    plain._id = null;
    tls._id = id;
    tls.connecting = true;
    tls.remoteAddress = plain.remoteAddress;
    tls.remotePort = plain.remotePort;
    N.rebind(id, (type, ...a) => tls._event(type, a, plain.remoteAddress, plain.remotePort));
    tls.once('secureConnect', () => { tls.connecting = false; tls.pending = false; for (const [c, done] of tls._queue.splice(0)) tls._send(c, done); });
    upgrade(id);
    return tls;
  }
  tls.connect({ ...opts, host: opts.host || 'localhost' });
  tls.once('connect', () => { tls.connecting = true; upgrade(tls._id); });
  tls.once('secureConnect', () => { tls.connecting = false; for (const [c, done] of tls._queue.splice(0)) tls._send(c, done); if (tls._ending) { N.end(tls._id); tls._ending(); tls._ending = null; } });
  return tls;
}
export function createSecureContext(opts) { return { context: {}, ...opts }; }
export function createServer() { throw unsupported('tls.createServer'); }
export class Server { constructor() { throw unsupported('tls.Server'); } }
export const DEFAULT_MIN_VERSION = 'TLSv1.2', DEFAULT_MAX_VERSION = 'TLSv1.3', DEFAULT_ECDH_CURVE = 'auto';
export const rootCertificates = [];
export function checkServerIdentity() { return undefined; }
export function getCiphers() { return ['tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256']; }
export default { TLSSocket, connect, createSecureContext, createServer, Server, DEFAULT_MIN_VERSION, DEFAULT_MAX_VERSION, DEFAULT_ECDH_CURVE, rootCertificates, checkServerIdentity, getCiphers };
