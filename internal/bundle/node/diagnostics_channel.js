// diagnostics_channel: named channels with subscribers, and tracing
// channels, as Node 20 has them (in-process; nothing outside Comet listens).
const channels = new Map();

export class Channel {
  constructor(name) { this.name = name; this._subscribers = []; this._stores = new Map(); }
  get hasSubscribers() { return this._subscribers.length > 0 || this._stores.size > 0; }
  subscribe(fn) {
    if (typeof fn !== 'function') { const e = new TypeError('The "subscription" argument must be of type function. Received ' + typeof fn); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
    this._subscribers.push(fn);
  }
  unsubscribe(fn) { const i = this._subscribers.indexOf(fn); if (i < 0) return false; this._subscribers.splice(i, 1); return true; }
  publish(message) {
    for (const fn of this._subscribers.slice()) {
      try { fn(message, this.name); } catch (e) { queueMicrotask(() => { throw e; }); }
    }
  }
  bindStore(store, transform) { this._stores.set(store, transform); }
  unbindStore(store) { return this._stores.delete(store); }
  runStores(data, fn, thisArg, ...args) {
    let run = () => { this.publish(data); return fn.apply(thisArg, args); };
    for (const [store, transform] of this._stores) {
      const inner = run;
      run = () => store.run(transform ? transform(data) : data, inner);
    }
    return run();
  }
}

export function channel(name) {
  let c = channels.get(name);
  if (!c) { c = new Channel(name); channels.set(name, c); }
  return c;
}
export function hasSubscribers(name) { const c = channels.get(name); return !!c && c.hasSubscribers; }
export function subscribe(name, fn) { channel(name).subscribe(fn); }
export function unsubscribe(name, fn) { return channel(name).unsubscribe(fn); }

const EVENTS = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];
class TracingChannel {
  constructor(name) {
    for (const ev of EVENTS) this[ev] = typeof name === 'string' ? channel('tracing:' + name + ':' + ev) : name[ev];
  }
  get hasSubscribers() { return EVENTS.some((ev) => this[ev].hasSubscribers); }
  subscribe(handlers) { for (const ev of EVENTS) if (handlers[ev]) this[ev].subscribe(handlers[ev]); }
  unsubscribe(handlers) { let ok = true; for (const ev of EVENTS) if (handlers[ev] && !this[ev].unsubscribe(handlers[ev])) ok = false; return ok; }
  traceSync(fn, context = {}, thisArg, ...args) {
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try { context.result = fn.apply(thisArg, args); return context.result; } catch (e) { context.error = e; error.publish(context); throw e; } finally { end.publish(context); }
    });
  }
  tracePromise(fn, context = {}, thisArg, ...args) {
    const { start, end, asyncStart, asyncEnd, error } = this;
    return start.runStores(context, () => {
      try {
        const p = fn.apply(thisArg, args);
        return Promise.resolve(p).then((result) => { context.result = result; asyncStart.publish(context); asyncEnd.publish(context); return result; },
          (e) => { context.error = e; error.publish(context); asyncStart.publish(context); asyncEnd.publish(context); throw e; });
      } catch (e) { context.error = e; error.publish(context); throw e; } finally { end.publish(context); }
    });
  }
  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    const { start, end, asyncStart, asyncEnd, error } = this;
    const i = position < 0 ? args.length + position : position;
    const cb = args[i];
    args[i] = function (err, res) {
      if (err) { context.error = err; error.publish(context); } else context.result = res;
      asyncStart.publish(context);
      try { return cb.apply(this, arguments); } finally { asyncEnd.publish(context); }
    };
    return start.runStores(context, () => {
      try { return fn.apply(thisArg, args); } catch (e) { context.error = e; error.publish(context); throw e; } finally { end.publish(context); }
    });
  }
}
export function tracingChannel(name) { return new TracingChannel(name); }
export default { channel, hasSubscribers, subscribe, unsubscribe, tracingChannel, Channel };
