// https: the client half of Node's https module, the same requests as
// node:http (over the runtime's fetch, with Go's TLS and the system's
// roots). Servers are refused.
import { Agent as HttpAgent, ClientRequest } from 'node:http';

export class Agent extends HttpAgent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
  }
}
export const globalAgent = new Agent();
const defaults = { protocol: 'https:', port: 443, agent: globalAgent };
export function request(input, options, cb) { return new ClientRequest(input, options, cb, defaults); }
export function get(input, options, cb) { const req = request(input, options, cb); req.end(); return req; }
function unsupported(what) {
  const e = new Error(what + ' is not supported by Comet: endpoints are served by Comet, and make requests with https.request or fetch');
  e.code = 'ERR_COMET_UNSUPPORTED';
  return e;
}
export class Server { constructor() { throw unsupported('https.Server'); } }
export function createServer() { throw unsupported('https.createServer'); }
export default { Agent, Server, createServer, get, globalAgent, request };
