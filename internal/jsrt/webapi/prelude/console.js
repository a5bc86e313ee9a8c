// A part of the Web platform prelude: the body of the function core.js opens
// (prelude.go joins the parts in order; they share each other's local names).
  // ---- console ---------------------------------------------------------
  // console.* format their arguments as Node's console does (util.format)
  // and hand the line to Go. group() indents what follows by two spaces.
  const counts = new Map();
  const timers = new Map();
  let groupIndent = '';
  const emit = (level, msg) => native.console(level, groupIndent ? groupIndent + msg.replace(/\n/g, '\n' + groupIndent) : msg);
  const console = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) console[level] = (...args) => emit(level, format(...args));
  // Node writes traces and failed assertions to stderr, as console.warn does.
  console.trace = (...args) => emit('warn', 'Trace' + (args.length ? ': ' + format(...args) : '') + '\n' + String(new Error().stack).split('\n').slice(2).join('\n'));
  console.dir = (v, opts) => emit('log', inspect(v, Object.assign({ customInspect: false }, opts)));
  console.dirxml = (...args) => emit('log', format(...args));
  console.table = (v) => emit('log', inspect(v));
  console.assert = (cond, ...args) => {
    if (cond) return;
    if (typeof args[0] === 'string') args[0] = 'Assertion failed: ' + args[0];
    else args.unshift('Assertion failed');
    emit('warn', format(...args));
  };
  console.count = (label = 'default') => { label = String(label); const n = (counts.get(label) || 0) + 1; counts.set(label, n); emit('log', label + ': ' + n); };
  console.countReset = (label = 'default') => { counts.delete(String(label)); };
  const since = (label) => { const ms = performance.now() - timers.get(label); return label + ': ' + (ms < 1000 ? +ms.toFixed(3) + 'ms' : +(ms / 1000).toFixed(3) + 's'); };
  console.time = (label = 'default') => { timers.set(String(label), performance.now()); };
  console.timeEnd = (label = 'default') => { label = String(label); if (!timers.has(label)) return; const s = since(label); timers.delete(label); emit('log', s); };
  console.timeLog = (label = 'default', ...args) => { label = String(label); if (!timers.has(label)) return; emit('log', since(label) + (args.length ? ' ' + format(...args) : '')); };
  console.group = console.groupCollapsed = (...args) => { if (args.length) emit('log', format(...args)); groupIndent += '  '; };
  console.groupEnd = () => { groupIndent = groupIndent.slice(2); };

