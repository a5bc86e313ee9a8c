// http: the client half of Node's http module, over the runtime's fetch
// (Go's net/http). Packages' Node builds make requests with it (Stripe's
// NodeHttpClient, axios's http adapter) and build agents when they load
// (`new http.Agent({keepAlive: true})`). A request is sent when it ends,
// with its whole body; the response's body arrives as one chunk. Headers
// pass as given (no fetch defaults: a missing Accept-Encoding is sent as
// `identity`, so the body is the bytes the server sent, as in Node; Host
// comes from the URL); certificates are checked against the system's roots
// (`rejectUnauthorized: false` and `ca` are not honoured);
// redirects are not followed. Servers (createServer) are refused: endpoints
// are served by Comet.
import { EventEmitter } from 'node:events';
import { Readable, Writable } from 'node:stream';
import { Buffer } from 'node:buffer';

function unsupported(what) {
  const e = new Error(what + ' is not supported by Comet: endpoints are served by Comet, and make requests with http.request or fetch');
  e.code = 'ERR_COMET_UNSUPPORTED';
  return e;
}
function argError(code, msg) {
  const e = new TypeError(msg);
  e.code = code;
  return e;
}

export const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];
export const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};
export const maxHeaderSize = 16384;

const tokenRE = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
export function validateHeaderName(name) {
  if (typeof name !== 'string' || !name || !tokenRE.test(name)) throw argError('ERR_INVALID_HTTP_TOKEN', 'Header name must be a valid HTTP token ["' + name + '"]');
}
export function validateHeaderValue(name, value) {
  if (value === undefined) throw argError('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "' + value + '" for header "' + name + '"');
  if (/[^\t\x20-\x7e\x80-\xff]/.test(String(value))) throw argError('ERR_INVALID_CHAR', 'Invalid character in header content ["' + name + '"]');
}

// Agent keeps Node's options and counters; connections are Go's to pool.
export class Agent extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = { path: null, ...options };
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.keepAlive = !!options.keepAlive;
    this.keepAliveMsecs = options.keepAliveMsecs || 1000;
    this.maxSockets = options.maxSockets || Infinity;
    this.maxFreeSockets = options.maxFreeSockets || 256;
    this.maxTotalSockets = options.maxTotalSockets || Infinity;
    this.scheduling = options.scheduling || 'lifo';
    this.requests = Object.create(null);
    this.sockets = Object.create(null);
    this.freeSockets = Object.create(null);
  }
  destroy() {}
  getName(opts = {}) { return (opts.host || 'localhost') + ':' + (opts.port || '') + ':' + (opts.localAddress || ''); }
}
export const globalAgent = new Agent();

// FakeSocket is what req.socket is: no connection is visible to JS, so it
// reports itself connected at once (Stripe waits for 'connect' only while
// `connecting`).
class FakeSocket extends EventEmitter {
  constructor(encrypted) {
    super();
    this.connecting = false;
    this.encrypted = encrypted;
    this.remoteAddress = undefined;
    this.writable = true;
    this.readable = true;
  }
  setTimeout(ms, cb) { if (cb) this.once('timeout', cb); return this; }
  setNoDelay() { return this; }
  setKeepAlive() { return this; }
  ref() { return this; }
  unref() { return this; }
  destroy() { this.destroyed = true; return this; }
  end() { return this; }
  address() { return {}; }
}

export class IncomingMessage extends Readable {
  constructor(socket) {
    super();
    this.socket = socket;
    this.httpVersion = '1.1';
    this.httpVersionMajor = 1;
    this.httpVersionMinor = 1;
    this.headers = {};
    this.headersDistinct = {};
    this.rawHeaders = [];
    this.trailers = {};
    this.rawTrailers = [];
    this.complete = false;
    this.aborted = false;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
  }
  get connection() { return this.socket; }
  _read() {}
  setTimeout(ms, cb) { if (cb) this.once('timeout', cb); return this; }
}

// Headers Node joins with ', ' when repeated; set-cookie stays a list, and
// for the others the first value wins.
const singleHeaders = new Set(['age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from', 'host', 'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards', 'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent']);

function requestURL(input, options) {
  let opts = {};
  if (typeof input === 'string' || input instanceof URL) {
    const u = new URL(String(input));
    opts = { protocol: u.protocol, hostname: u.hostname, port: u.port, path: u.pathname + u.search, auth: u.username ? decodeURIComponent(u.username) + ':' + decodeURIComponent(u.password) : undefined };
    if (options && typeof options === 'object') opts = { ...opts, ...options };
  } else if (input && typeof input === 'object') {
    opts = { ...input };
  }
  return opts;
}

export class ClientRequest extends Writable {
  constructor(input, options, cb, defaults = { protocol: 'http:', port: 80, agent: globalAgent }) {
    // Finishing the body does not end the request: the response is to come.
    super({ autoDestroy: false, emitClose: false });
    if (typeof options === 'function') { cb = options; options = undefined; }
    const opts = requestURL(input, options);
    const protocol = opts.protocol || (opts.agent && opts.agent.protocol) || defaults.protocol;
    if (protocol !== defaults.protocol) {
      const e = new TypeError('Protocol "' + protocol + '" not supported. Expected "' + defaults.protocol + '"');
      e.code = 'ERR_INVALID_PROTOCOL';
      throw e;
    }
    this.method = String(opts.method || 'GET').toUpperCase();
    if (!tokenRE.test(this.method)) throw argError('ERR_INVALID_HTTP_TOKEN', 'Method must be a valid HTTP token ["' + opts.method + '"]');
    this.protocol = protocol;
    this.host = opts.hostname || (opts.host ? String(opts.host).replace(/:\d+$/, '') : 'localhost');
    this.port = opts.port || (opts.agent && opts.agent.defaultPort) || defaults.port;
    this.path = opts.path || '/';
    if (/[\u0000-\u0020]/.test(this.path)) throw argError('ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
    this.agent = opts.agent === undefined ? defaults.agent : opts.agent;
    this.aborted = false;
    this.reusedSocket = false;
    this.maxHeadersCount = null;
    this._headers = Object.create(null); // lower-case name → [name, value]
    this._chunks = [];
    this._sent = false;
    this._timeoutMs = opts.timeout;
    this.socket = this.connection = new FakeSocket(protocol === 'https:');
    if (opts.headers) {
      const h = opts.headers;
      if (Array.isArray(h)) for (let i = 0; i + 1 < h.length; i += 2) this.setHeader(h[i], h[i + 1]);
      else for (const k of Object.keys(h)) if (h[k] !== undefined) this.setHeader(k, h[k]);
    }
    if (opts.auth && !this.hasHeader('authorization')) this.setHeader('Authorization', 'Basic ' + Buffer.from(String(opts.auth)).toString('base64'));
    if (opts.signal) {
      const signal = opts.signal;
      if (signal.aborted) queueMicrotask(() => this.destroy(abortError(signal.reason)));
      else signal.addEventListener('abort', () => this.destroy(abortError(signal.reason)), { once: true });
    }
    if (cb) this.once('response', cb);
    this._controller = new AbortController();
    process.nextTick(() => {
      if (this.destroyed) return;
      this.emit('socket', this.socket);
      if (this._timeoutMs) this.setTimeout(this._timeoutMs);
    });
  }
  get headersSent() { return this._sent; }
  setHeader(name, value) {
    if (this._sent) { const e = new Error('Cannot set headers after they are sent to the client'); e.code = 'ERR_HTTP_HEADERS_SENT'; throw e; }
    validateHeaderName(name);
    validateHeaderValue(name, value);
    this._headers[name.toLowerCase()] = [name, value];
    return this;
  }
  getHeader(name) { const h = this._headers[String(name).toLowerCase()]; return h && h[1]; }
  getHeaders() { const o = Object.create(null); for (const k in this._headers) o[k] = this._headers[k][1]; return o; }
  getHeaderNames() { return Object.keys(this._headers); }
  getRawHeaderNames() { return Object.values(this._headers).map((h) => h[0]); }
  hasHeader(name) { return String(name).toLowerCase() in this._headers; }
  removeHeader(name) { delete this._headers[String(name).toLowerCase()]; }
  flushHeaders() {}
  setNoDelay() {}
  setSocketKeepAlive() {}
  setTimeout(ms, cb) {
    if (cb) this.once('timeout', cb);
    clearTimeout(this._timer);
    if (ms > 0) this._timer = setTimeout(() => { this.emit('timeout'); this.socket.emit('timeout'); }, ms);
    return this;
  }
  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }
  _write(chunk, encoding, cb) {
    this._chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
    cb();
  }
  _final(cb) {
    this._send();
    cb();
  }
  _destroy(err, cb) {
    clearTimeout(this._timer);
    this._controller.abort();
    if (this.res && !this.res.complete) this.res.destroy(err || connReset());
    cb(err);
  }
  _send() {
    this._sent = true;
    const headers = new Headers();
    for (const k in this._headers) {
      const [name, value] = this._headers[k];
      if (k === 'host' || k === 'connection' || k === 'content-length' || k === 'transfer-encoding' || k === 'keep-alive') continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, String(v));
    }
    if (!headers.has('accept-encoding')) headers.set('accept-encoding', 'identity');
    const port = String(this.port);
    const defaultPort = this.protocol === 'https:' ? '443' : '80';
    const hostname = this.host.includes(':') ? '[' + this.host + ']' : this.host;
    const url = this.protocol + '//' + hostname + (port && port !== defaultPort ? ':' + port : '') + this.path;
    const body = this._chunks.length ? Buffer.concat(this._chunks) : undefined;
    const init = { method: this.method, headers, redirect: 'manual', signal: this._controller.signal };
    if (body !== undefined && this.method !== 'GET' && this.method !== 'HEAD') init.body = body;
    fetch(url, init).then((r) => this._response(r), (err) => {
      if (this.destroyed) return;
      const e = new Error(err && err.cause ? String(err.cause.message || err.cause) : String(err && err.message));
      const m = e.message;
      e.code = /certificate|x509/i.test(m) ? 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' : /timeout/i.test(m) ? 'ETIMEDOUT' : /refused/i.test(m) ? 'ECONNREFUSED' : /no such host|lookup/i.test(m) ? 'ENOTFOUND' : 'ECONNRESET';
      this.destroy(e);
    });
  }
  _response(r) {
    if (this.destroyed) return;
    const res = new IncomingMessage(this.socket);
    res.req = this;
    res.statusCode = r.status;
    res.statusMessage = r.statusText || STATUS_CODES[r.status] || '';
    for (const [name, value] of r.headers) {
      res.rawHeaders.push(name, value);
      (res.headersDistinct[name] || (res.headersDistinct[name] = [])).push(value);
      if (name === 'set-cookie') (res.headers[name] || (res.headers[name] = [])).push(value);
      else if (!(name in res.headers)) res.headers[name] = value;
      else if (!singleHeaders.has(name)) res.headers[name] += ', ' + value;
    }
    if (r.headers.getSetCookie) {
      const cookies = r.headers.getSetCookie();
      if (cookies.length) { res.headers['set-cookie'] = cookies; res.headersDistinct['set-cookie'] = cookies; }
    }
    this.res = res;
    clearTimeout(this._timer);
    const delivered = this.emit('response', res);
    if (!delivered) res.resume(); // Node drains an unread response
    r.arrayBuffer().then((ab) => {
      if (res.destroyed) return;
      if (ab.byteLength) res.push(Buffer.from(ab));
      res.complete = true;
      res.push(null);
      res.once('end', () => { this.emit('close'); });
    }, (err) => res.destroy(err));
  }
}

function abortError(reason) {
  const e = new Error('The operation was aborted', { cause: reason });
  e.name = 'AbortError';
  e.code = 'ABORT_ERR';
  return e;
}
function connReset() {
  const e = new Error('aborted');
  e.code = 'ECONNRESET';
  return e;
}

export function request(input, options, cb) { return new ClientRequest(input, options, cb); }
export function get(input, options, cb) { const req = request(input, options, cb); req.end(); return req; }
export class Server { constructor() { throw unsupported('http.Server'); } }
export function createServer() { throw unsupported('http.createServer'); }
export class OutgoingMessage extends Writable {}
export class ServerResponse extends OutgoingMessage { constructor() { super(); throw unsupported('http.ServerResponse'); } }
export function setMaxIdleHTTPParsers() {}

export default { METHODS, STATUS_CODES, Agent, ClientRequest, IncomingMessage, OutgoingMessage, Server, ServerResponse, createServer, get, globalAgent, maxHeaderSize, request, setMaxIdleHTTPParsers, validateHeaderName, validateHeaderValue };
