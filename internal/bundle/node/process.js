// process is Comet's global (internal/jsrt); this adds what it lacks.
const p = globalThis.process;
const start = performance.now();
if (typeof p.hrtime !== 'function') {
  const hrtime = (prev) => {
    const ns = Math.round((performance.timeOrigin + performance.now()) * 1e6);
    let s = Math.floor(ns / 1e9), n = ns % 1e9;
    if (prev) { s -= prev[0]; n -= prev[1]; if (n < 0) { s--; n += 1e9; } }
    return [s, n];
  };
  hrtime.bigint = () => BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
  p.hrtime = hrtime;
}
if (typeof p.uptime !== 'function') p.uptime = () => (performance.now() - start) / 1000;
if (typeof p.emitWarning !== 'function') p.emitWarning = (w, type) => console.warn((typeof w === 'string' ? (type || 'Warning') + ': ' + w : w.name + ': ' + w.message));
if (p.release === undefined) p.release = { name: 'node' };
// stdout and stderr write to Comet's log, a line at a time (console.log
// and console.error); they are never a terminal.
function output(fd, log) {
  let pending = '';
  const noop = function () { return this; };
  return {
    fd, isTTY: false, writable: true, columns: 80, rows: 24,
    write(chunk, enc, cb) {
      if (typeof enc === 'function') cb = enc;
      pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer || chunk, chunk.byteOffset || 0, chunk.byteLength).toString(typeof enc === 'string' ? enc : 'utf8');
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) log(line);
      if (typeof cb === 'function') queueMicrotask(cb);
      return true;
    },
    end(chunk, enc, cb) { if (chunk !== undefined && typeof chunk !== 'function') this.write(chunk, enc); if (pending) { log(pending); pending = ''; } if (typeof (cb || chunk) === 'function') queueMicrotask(cb || chunk); return this; },
    on: noop, once: noop, off: noop, removeListener: noop, emit: () => false, cork() {}, uncork() {},
    getColorDepth: () => 1, hasColors: () => false, getWindowSize: () => [80, 24],
  };
}
if (p.stdout === undefined) p.stdout = output(1, (s) => console.log(s));
if (p.stderr === undefined) p.stderr = output(2, (s) => console.error(s));
export default p;
export const { env, cwd, nextTick, platform, version, versions, argv, hrtime, uptime, emitWarning, release, stdout, stderr } = p;
