// loadAllContent (content.go) initialises every route module, then loads every
// collection of the content config (content.js sets __cometContentLoadAll
// when astro:content is part of the bundle).
(async () => {
  const b = globalThis.__cometBundle;
  for (const k of Object.keys(b.routes)) await b.routes[k]();
  if (b.middleware) await b.middleware();
  if (typeof globalThis.__cometContentLoadAll === 'function') await globalThis.__cometContentLoadAll();
})()
