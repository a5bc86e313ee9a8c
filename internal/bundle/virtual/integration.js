// The stand-in for any @astrojs/* integration or adapter in a config
// (internal/bundle/virtual.go prepends `const name = "@astrojs/x";`): a
// function returning a descriptor, so `adapter: node({ mode: 'standalone' })`
// and `integrations: [sitemap()]` evaluate.
export default function integration(options) { return { name, hooks: {}, options }; }
