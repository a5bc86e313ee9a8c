// process.js completes the global `process` installProcess makes (process.go)
// with the rest of Node's surface that packages read at load time or use
// in passing: identity (pid, arch, title, execPath, uid/gid), resource
// figures, umask, and the EventEmitter methods (process.on('exit', …) is
// common in libraries). Nothing here can end or change the server process:
// exit, kill, abort and chdir throw an error that says so, and the events
// registered are kept but never fired by Comet ('exit' and signals belong
// to the server, not to an endpoint).
(function (p, native) {
  const define = (k, v) => { if (p[k] === undefined) p[k] = v; };
  define('pid', native.pid);
  define('ppid', native.ppid);
  define('arch', native.arch);
  define('title', 'node');
  define('argv0', 'node');
  define('execArgv', []);
  define('execPath', '/usr/local/bin/node');
  define('exitCode', undefined);
  define('config', { target_defaults: {}, variables: {} });
  define('features', { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: true, tls: true, cached_builtins: true, typescript: false });
  define('allowedNodeEnvironmentFlags', new Set());
  define('umask', function umask() { return 0o022; });
  define('getuid', () => native.uid);
  define('geteuid', () => native.uid);
  define('getgid', () => native.gid);
  define('getegid', () => native.gid);
  define('getgroups', () => [native.gid]);
  const memoryUsage = function memoryUsage() { return native.memoryUsage(); };
  memoryUsage.rss = () => native.memoryUsage().rss;
  define('memoryUsage', memoryUsage);
  define('cpuUsage', function cpuUsage(prev) {
    const u = native.cpuUsage();
    return prev ? { user: u.user - prev.user, system: u.system - prev.system } : u;
  });
  define('resourceUsage', function resourceUsage() {
    const u = native.cpuUsage();
    return { userCPUTime: u.user, systemCPUTime: u.system, maxRSS: Math.round(native.memoryUsage().rss / 1024), sharedMemorySize: 0, unsharedDataSize: 0, unsharedStackSize: 0, minorPageFault: 0, majorPageFault: 0, swappedOut: 0, fsRead: 0, fsWrite: 0, ipcSent: 0, ipcReceived: 0, signalsCount: 0, voluntaryContextSwitches: 0, involuntaryContextSwitches: 0 };
  });
  define('availableMemory', () => native.memoryUsage().heapTotal);
  define('constrainedMemory', () => 0);
  define('getActiveResourcesInfo', () => []);
  define('hasUncaughtExceptionCaptureCallback', () => false);
  define('setUncaughtExceptionCaptureCallback', () => {});
  define('setSourceMapsEnabled', () => {});
  define('emitWarning', function emitWarning(w, type) { console.warn(typeof w === 'string' ? (typeof type === 'string' ? type : 'Warning') + ': ' + w : (w && w.name) + ': ' + (w && w.message)); });
  const refuse = (name, why) => function () {
    const e = new Error(`process.${name}() is not available in Comet: ${why}`);
    e.code = 'ERR_COMET_UNSUPPORTED';
    throw e;
  };
  define('exit', refuse('exit', 'an endpoint cannot end the server (throw an error or return a Response instead)'));
  define('reallyExit', p.exit);
  define('abort', refuse('abort', 'an endpoint cannot end the server'));
  define('kill', refuse('kill', 'endpoints cannot send signals'));
  define('chdir', refuse('chdir', 'the working directory is the project for every endpoint'));
  define('dlopen', refuse('dlopen', 'native addons do not run'));
  // process.binding (deprecated) hands out Node's internal modules. Some
  // packages read one while loading (readline-sync: tty_wrap.TTY) and use
  // it only on a path an endpoint never takes, so it gives an empty object:
  // loading works, and using a member fails where it is used.
  define('binding', function binding(name) { return Object.create(null); });
  // The EventEmitter methods, with listeners kept per event name.
  const listeners = new Map();
  const list = (name) => listeners.get(name) || [];
  function on(name, fn) { listeners.set(name, [...list(name), { fn, once: false }]); return p; }
  function once(name, fn) { listeners.set(name, [...list(name), { fn, once: true }]); return p; }
  function off(name, fn) {
    const l = list(name), i = l.findIndex((x) => x.fn === fn);
    if (i >= 0) listeners.set(name, [...l.slice(0, i), ...l.slice(i + 1)]);
    return p;
  }
  function emit(name, ...args) {
    const l = list(name);
    if (!l.length) return false;
    listeners.set(name, l.filter((x) => !x.once));
    for (const x of l) x.fn.apply(p, args);
    return true;
  }
  const methods = {
    on, addListener: on, prependListener: on, once, prependOnceListener: once, off, removeListener: off, emit,
    removeAllListeners(name) { if (name === undefined) listeners.clear(); else listeners.delete(name); return p; },
    listeners: (name) => list(name).map((x) => x.fn), rawListeners: (name) => list(name).map((x) => x.fn),
    listenerCount: (name) => list(name).length, eventNames: () => [...listeners.keys()].filter((k) => list(k).length),
    setMaxListeners() { return p; }, getMaxListeners: () => 10,
  };
  for (const k of Object.keys(methods)) define(k, methods[k]);
  define('stdin', { fd: 0, isTTY: false, readable: false, on() { return this; }, once() { return this; }, off() { return this; }, removeListener() { return this; }, resume() { return this; }, pause() { return this; }, setEncoding() { return this; }, read: () => null });
})
