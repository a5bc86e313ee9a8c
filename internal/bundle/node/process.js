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
export default p;
export const { env, cwd, nextTick, platform, version, versions, argv, hrtime, uptime, emitWarning, release } = p;
