// Content collections need Astro's content layer, which Comet does not
// have: say so clearly instead of failing on a missing export.
function unsupported(name) {
  return () => { throw new Error('astro:content (' + name + ') is not supported by Comet: read your data with a local import or fetch instead'); };
}
export const getCollection = unsupported('getCollection');
export const getEntry = unsupported('getEntry');
export const getEntries = unsupported('getEntries');
export const getEntryBySlug = unsupported('getEntryBySlug');
export const defineCollection = (c) => c;
export const reference = unsupported('reference');
export const z = new Proxy({}, { get: () => unsupported('z') });
