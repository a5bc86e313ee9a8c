})().then(async (ns) => { const d = ns.default; return typeof d === 'function' ? await d() : d; });
