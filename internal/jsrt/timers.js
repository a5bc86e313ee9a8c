// timers.js wraps the loop's timer functions (see installTimers in
// timers.go): an exception thrown in a callback is reported instead of
// vanishing (the event loop ignores it), and timeouts run in Node's order.
// goja_nodejs gives each timer its own Go timer, and Go timers that fall due
// together fire in any order, while Node runs them by due time, then in the
// order they were set, draining microtasks after each callback. Here every
// timeout only arms a Go wake-up (arm); the wake-up calls runDue once per
// due timeout, each call a separate entry into the VM, so the microtasks a
// callback queues run before the next callback, as in Node.
(function (report, arm, disarm) {
  const guard = (fn) => function (...args) { try { return fn.apply(this, args); } catch (e) { report(e); } };
  for (const name of ['setInterval', 'setImmediate']) {
    const orig = globalThis[name];
    if (typeof orig !== 'function') continue;
    globalThis[name] = function (fn, ...rest) { return typeof fn === 'function' ? orig(guard(fn), ...rest) : orig(fn, ...rest); };
  }
  const origSet = globalThis.setTimeout, origClear = globalThis.clearTimeout;
  if (typeof origSet !== 'function') return undefined;
  const queue = []; // pending timeouts, sorted by due time, then seq
  let seq = 0;
  function insert(e) {
    let lo = 0, hi = queue.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; const q = queue[mid]; if (q.due < e.due || (q.due === e.due && q.seq < e.seq)) lo = mid + 1; else hi = mid; }
    queue.splice(lo, 0, e);
  }
  // runDue runs the first due timeout and reports whether it ran one.
  function runDue() {
    if (!queue.length || queue[0].due > Date.now()) return false;
    const e = queue.shift();
    if (e.timer !== undefined) { disarm(e.timer); e.timer = undefined; }
    e.done = true;
    try { e.fn.apply(globalThis, e.args); } catch (err) { report(err); }
    return true;
  }
  class Timeout {
    constructor(e) { this._e = e; }
    ref() { return this; }
    unref() { return this; }
    hasRef() { return true; }
    refresh() { const e = this._e; if (!e.done) { cancel(e); schedule(e); } return this; }
    [Symbol.toPrimitive]() { return this._e.seq; }
  }
  function schedule(e) {
    e.seq = ++seq;
    e.due = Date.now() + e.ms;
    e.done = false;
    insert(e);
    e.timer = arm(e.ms);
  }
  function cancel(e) {
    const i = queue.indexOf(e);
    if (i >= 0) queue.splice(i, 1);
    if (e.timer !== undefined) { disarm(e.timer); e.timer = undefined; }
    e.done = true;
  }
  const byNumber = new Map(); // handles used as numbers (clearTimeout(+t))
  globalThis.setTimeout = function (fn, ms, ...args) {
    if (typeof fn !== 'function') return origSet(fn, ms, ...args);
    ms = Number(ms);
    if (!(ms >= 1 && ms <= 2147483647)) ms = 1;
    const e = { fn, args, ms: Math.trunc(ms) };
    schedule(e);
    const t = new Timeout(e);
    byNumber.set(e.seq, t);
    const done = e.fn;
    e.fn = function (...a) { byNumber.delete(e.seq); return done.apply(this, a); };
    return t;
  };
  globalThis.clearTimeout = function (t) {
    if (t instanceof Timeout) { byNumber.delete(t._e.seq); cancel(t._e); return; }
    if (typeof t === 'number' || typeof t === 'string') { const h = byNumber.get(Number(t)); if (h) { byNumber.delete(Number(t)); cancel(h._e); } return; }
    if (t !== undefined && t !== null) origClear(t);
  };
  return runDue;
})
