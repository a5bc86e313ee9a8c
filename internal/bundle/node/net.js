// net: TCP client sockets over Go's net (internal/jsrt/node/net.go), as a
// Node Duplex, so database drivers (pg, ioredis, mysql2) reach their
// servers. Servers (net.createServer) are not offered: Comet serves HTTP
// itself.
import { Duplex } from 'node:stream';

const N = globalThis.__cometNode.net;

function unsupported(what) {
  const e = new Error(what + ' is not supported by Comet: endpoints can open client sockets, not listen');
  e.code = 'ERR_COMET_UNSUPPORTED';
  return e;
}

function normalizeArgs(args) {
  let opts = {};
  let cb;
  if (args[0] !== null && typeof args[0] === 'object') { opts = { ...args[0] }; cb = args[1]; }
  else if (typeof args[0] === 'string' && !/^\d+$/.test(args[0])) { opts = { path: args[0] }; cb = args[1]; }
  else { opts = { port: args[0] }; if (typeof args[1] === 'string') { opts.host = args[1]; cb = args[2]; } else cb = args[1]; }
  return [opts, typeof cb === 'function' ? cb : undefined];
}

export class Socket extends Duplex {
  constructor(opts = {}) {
    super({ allowHalfOpen: !!opts.allowHalfOpen, emitClose: true, autoDestroy: true, decodeStrings: true });
    this._id = null;
    this._queue = [];
    this.connecting = false;
    this.pending = true;
    this.bytesRead = 0;
    this.bytesWritten = 0;
    this._timeout = 0;
    this._timer = null;
    this.remoteAddress = undefined;
    this.remotePort = undefined;
    this.remoteFamily = undefined;
    this.localAddress = undefined;
    this.localPort = undefined;
  }
  get readyState() {
    if (this.connecting) return 'opening';
    if (this.pending || this._id === null) return 'closed'; // not connected yet, or gone
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }
  connect(...args) {
    const [opts, cb] = normalizeArgs(args);
    if (opts.path !== undefined) { queueMicrotask(() => this.destroy(unsupported('net.connect to a Unix socket (' + opts.path + ')'))); return this; }
    const port = Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      const e = new RangeError('Port should be >= 0 and < 65536. Received ' + opts.port + '.');
      e.code = 'ERR_SOCKET_BAD_PORT';
      throw e;
    }
    const host = opts.host || 'localhost';
    this.connecting = true;
    if (cb) this.once('connect', cb);
    this._id = N.connect(host, port, opts.timeout || 0, (type, ...a) => this._event(type, a, host, port));
    return this;
  }
  // _event receives the Go side's events. An exception thrown by a
  // listener destroys the socket with it (Node would crash the process; a
  // server should only lose this connection), so it is never lost.
  _event(type, a, host, port) {
    try { this._dispatch(type, a, host, port); } catch (e) { console.error(e); if (!this.destroyed) this.destroy(e); }
  }
  _dispatch(type, a, host, port) {
    switch (type) {
      case 'connect':
        this.connecting = false;
        this.pending = false;
        [this.localAddress, this.localPort, this.remoteAddress, this.remotePort] = a;
        this.remoteFamily = this.remoteAddress.includes(':') ? 'IPv6' : 'IPv4';
        this._touch();
        this.emit('connect');
        this.emit('ready');
        if (!this._waitSecure) for (const [chunk, cb] of this._queue.splice(0)) this._send(chunk, cb);
        if (this._ending && !this._waitSecure) { N.end(this._id); this._ending(); this._ending = null; }
        break;
      case 'secureConnect':
        this._secure(a);
        break;
      case 'data': {
        const b = Buffer.from(a[0]);
        this.bytesRead += b.length;
        this._touch();
        this.push(b);
        break;
      }
      case 'end':
        this.push(null);
        break;
      case 'error': {
        const [code, errno, syscall, message] = a;
        const e = new Error(message);
        e.errno = errno;
        e.code = code;
        if (syscall) e.syscall = syscall;
        if (code === 'ECONNREFUSED' || syscall === 'connect') { e.address = host; e.port = port; }
        this.connecting = false;
        this.destroy(e);
        break;
      }
      case 'close':
        this._id = null;
        if (!this.destroyed) this.destroy();
        break;
    }
  }
  _secure() {}
  _send(chunk, cb) {
    this.bytesWritten += chunk.length;
    const ab = chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength);
    if (!N.write(this._id, ab, (err) => { this._touch(); cb(err ? Object.assign(new Error(err[3]), { code: err[0], errno: err[1], syscall: err[2] }) : null); })) {
      const e = new Error('This socket has been ended by the other party');
      e.code = 'EPIPE';
      cb(e);
    }
  }
  _write(chunk, enc, cb) {
    if (this.connecting || this._id === null && this.pending) { this._queue.push([chunk, cb]); return; }
    this._send(chunk, cb);
  }
  _final(cb) {
    if (this.connecting) { this._ending = cb; return; }
    if (this._id !== null) N.end(this._id);
    cb();
  }
  _read() {}
  _destroy(err, cb) {
    clearTimeout(this._timer);
    if (this._id !== null) N.destroy(this._id);
    cb(err);
  }
  _touch() {
    if (!this._timeout) return;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this.emit('timeout'), this._timeout);
  }
  setTimeout(ms, cb) {
    this._timeout = ms;
    if (cb) this.once('timeout', cb);
    if (ms === 0) clearTimeout(this._timer); else this._touch();
    return this;
  }
  setNoDelay() { return this; }
  setKeepAlive() { return this; }
  ref() { return this; }
  unref() { return this; }
  address() { return this.localAddress === undefined ? {} : { address: this.localAddress, family: this.localAddress.includes(':') ? 'IPv6' : 'IPv4', port: this.localPort }; }
}
Socket.prototype.destroySoon = function () { this.end(); };

export function connect(...args) {
  const [opts] = normalizeArgs(args);
  return new Socket(opts).connect(...args);
}
export const createConnection = connect;
export class Server { constructor() { throw unsupported('net.Server'); } }
export function createServer() { throw unsupported('net.createServer'); }
const v4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
export function isIPv4(s) { return v4.test(String(s)); }
export function isIPv6(s) {
  s = String(s);
  if (!s.includes(':')) return false;
  try { return new URL('http://[' + s.replace(/%.*$/, '') + ']/').hostname.length > 2; } catch { return false; }
}
export function isIP(s) { return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0; }
export const Stream = Socket;
export default { Socket, Stream, connect, createConnection, Server, createServer, isIP, isIPv4, isIPv6 };
