export function setTimeout(ms, value, opts) {
  return new Promise((resolve, reject) => {
    const signal = opts && opts.signal;
    if (signal && signal.aborted) return reject(signal.reason);
    const t = globalThis.setTimeout(() => resolve(value), ms);
    if (signal) signal.addEventListener('abort', () => { globalThis.clearTimeout(t); reject(signal.reason); }, { once: true });
  });
}
export function setImmediate(value) { return new Promise((r) => globalThis.setTimeout(() => r(value), 0)); }
export default { setTimeout, setImmediate };
