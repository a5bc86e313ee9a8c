export function defineMiddleware(fn) { return fn; }
export function sequence(...handlers) { return globalThis.__cometSequence(handlers); }
