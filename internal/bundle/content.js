// astro:content for Comet: the parts of Astro's content collections that
// code reading content uses (getCollection, getEntry, getEntries, render,
// reference, defineCollection, z, the glob and file loaders).
//
// Files are found and parsed in Go (internal/content) and come back as
// JSON through __cometContent.load; everything that depends on user code
// (the config, generateId, zod schemas, filters, custom loaders) runs
// here. A collection is loaded once per runtime, on first use. The
// project's content config is imported lazily (comet:content-config), so
// the config can itself import this module.
import { z } from 'comet:zod';

export { z };

const native = globalThis.__cometContent;
const loadConfig = () => import('comet:content-config');

const LEGACY = Symbol.for('comet.content.legacy');

class AstroError extends Error {
  constructor(props) {
    super(props.message || props.title);
    this.name = props.name;
    if (props.title) this.title = props.title;
    if (props.hint) this.hint = props.hint;
  }
}

function revive(_key, v) {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    if (Object.prototype.hasOwnProperty.call(v, '\u0000date')) return new Date(v['\u0000date']);
    if (Object.prototype.hasOwnProperty.call(v, '\u0000num')) return Number(v['\u0000num']);
  }
  return v;
}

function nativeLoad(req) {
  return JSON.parse(native.load(JSON.stringify(req)), revive);
}

function projectRoot() {
  const root = globalThis.__cometNode && globalThis.__cometNode.root;
  return new URL('file://' + encodeURI(root || '/') + '/');
}

// makeLogger is a loader's logger; its lines go to Comet's log under the
// label (Astro's `[glob-loader] …`).
function makeLogger(label) {
  return {
    label,
    info: (m) => native.log('info', label, String(m)),
    warn: (m) => native.log('warn', label, String(m)),
    error: (m) => native.log('error', label, String(m)),
    debug: () => {},
    options: {},
    fork: (l) => makeLogger(l),
  };
}
const contentLog = makeLogger('content');

// --- Astro's zod error map (core/errors/zod-error-map.ts, Astro 7) ---

const stringify = (val) => {
  const json = JSON.stringify(val, null, 1);
  if (json === undefined) return String(val);
  return json.split(/\n\s*/).join(' ');
};
const flattenErrorPath = (p) => (p || []).join('.');
const prefix = (key, msg) => (key.length ? '**' + key + '**: ' + msg : msg);
const unionExpectedVals = (vals) => [...vals].map((v) => stringify(v)).join(' | ');
function typeOrLiteralMsg(error) {
  if (typeof error.received === 'undefined' || error.received === 'undefined') return error.message ?? 'Required';
  const expected = new Set(error.expected);
  if (error.code === 'invalid_literal') return 'Expected `' + unionExpectedVals(expected) + '`, received `' + stringify(error.received) + '`';
  return 'Expected type `' + unionExpectedVals(expected) + '`, received `' + stringify(error.received) + '`';
}
function received(issue) {
  // zod 4 gives the input; zod 3 gives `received` as a type name.
  if ('input' in issue) return typeof issue.input;
  return issue.received;
}
function errorMap(issue) {
  const base = flattenErrorPath(issue.path);
  if (issue.code === 'invalid_union') {
    const all = (issue.errors || (issue.unionErrors || []).map((e) => e.issues)).flat();
    const byPath = new Map();
    for (const u of all) {
      if (u.code === 'invalid_type') {
        const p = flattenErrorPath(u.path);
        if (byPath.has(p)) byPath.get(p).expected.push(u.expected);
        else byPath.set(p, { code: u.code, received: received(u), expected: [u.expected], message: u.message });
      }
    }
    const messages = [prefix(base, 'Did not match union.')];
    const details = [...byPath.entries()]
      .filter(([, e]) => e.expected.length === all.length)
      .map(([key, e]) => (key === base ? '> ' + typeOrLiteralMsg(e) : '> ' + prefix(key, typeOrLiteralMsg(e))));
    return { message: messages.concat(details).join('\n') };
  }
  if (issue.code === 'invalid_type') {
    return { message: prefix(base, typeOrLiteralMsg({ code: issue.code, received: received(issue), expected: [issue.expected], message: issue.message })) };
  }
  if (issue.message) return { message: prefix(base, issue.message) };
  return undefined;
}

// yamlErrorLine is Astro's getYAMLErrorLine: the line of a top-level key
// in the frontmatter (which starts on the file's first line).
function yamlErrorLine(rawData, key) {
  if (!rawData) return 0;
  const i = rawData.search(new RegExp('(\n|^)' + key));
  if (i === -1) return 0;
  return rawData.substring(0, i + 1).split('\n').length;
}

function invalidDataError(collection, id, error, internal) {
  const err = makeInvalidDataError(collection, id, error);
  if (internal && internal.filePath) {
    // Where Astro's error points: the entry's file (and the first failing
    // key's line); Comet's error report takes its location from the stack.
    const line = yamlErrorLine(internal.rawData, String(error.issues[0].path[0]));
    err.stack = err.name + ': ' + err.message + '\n    at ' + internal.filePath + ':' + (line || 1) + ':1';
  }
  return err;
}

function makeInvalidDataError(collection, id, error) {
  return new AstroError({
    name: 'InvalidContentEntryDataError',
    title: 'Content entry data does not match schema.',
    message: [
      '**' + String(collection) + ' → ' + String(id) + '** data does not match collection schema.\n',
      ...error.issues.map((issue) => '  **' + issue.path.join('.') + '**: ' + issue.message),
      '',
    ].join('\n'),
    hint: 'See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.',
  });
}

// parseEntryData validates data with the collection's schema, as Astro's
// getEntryData does (safeParseAsync with Astro's error map).
async function parseEntryData(collection, config, id, data, internal) {
  let schema = config.schema;
  if (typeof schema === 'function') schema = schema({ image: () => z.string() });
  if (!schema) return data;
  if (typeof schema.safeParseAsync !== 'function') return data;
  const map = (issue, ctx) => {
    const r = errorMap(issue);
    if (ctx) return r || { message: ctx.defaultError }; // zod 3
    return r && r.message; // zod 4
  };
  const parsed = await schema.safeParseAsync(data, { error: (issue) => map(issue), errorMap: map });
  if (parsed.success) return parsed.data;
  throw invalidDataError(collection, id, parsed.error, internal);
}

// --- collections ---

export function defineCollection(config) {
  return config;
}

export function defineLiveCollection(config) {
  return config;
}

export function reference(collection) {
  const lookup = z.union([
    z.string(),
    z.object({ id: z.string(), collection: z.string() }),
    z.object({ slug: z.string(), collection: z.string() }),
  ]);
  return lookup.transform((v) => {
    if (typeof v === 'object') return 'slug' in v ? { slug: v.slug, collection: v.collection } : { id: v.id, collection: v.collection };
    return { id: v, collection };
  });
}

let configPromise;
function contentConfig() {
  if (!configPromise) {
    configPromise = loadConfig().then((m) => {
      let collections = m.collections;
      if (m.kind === 'none') {
        // No content config: every folder of src/content is a content
        // collection, as in Astro 2–4 (and Astro 5's legacy mode).
        collections = {};
        const dirs = nativeLoad({ loader: 'folders', base: m.contentDir });
        for (const name of dirs) collections[name] = { type: 'content' };
        if (dirs.length) {
          contentLog.warn('Auto-generating collections for folders in "' + m.contentDir + '/" that are not defined as collections.\n' +
            'This is deprecated, so you should define these collections yourself in "src/content.config.ts".\n' +
            'The following collections have been auto-generated: ' + dirs.join(', '));
        }
      }
      return { collections: collections || {}, contentDir: m.contentDir };
    });
  }
  return configPromise;
}

const loaded = new Map(); // collection name → Promise<Map<id, entry>>

function collectionStore(name) {
  const entries = new Map();
  const store = {
    get: (id) => entries.get(String(id)),
    entries: () => [...entries.entries()],
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    has: (id) => entries.has(String(id)),
    delete: (id) => { entries.delete(String(id)); },
    clear: () => entries.clear(),
    set: (opts) => {
      const { id: key, data, body, filePath, digest, rendered, deferredRender } = opts;
      if (!key) throw new Error('ID must be a non-empty string');
      const id = String(key);
      const old = entries.get(id);
      if (digest && old && old.digest === digest) return false;
      const entry = { id, data };
      if (body) entry.body = body;
      if (filePath) {
        if (filePath.startsWith('/')) throw new Error('File path must be relative to the site root. Got: ' + filePath);
        entry.filePath = filePath;
      }
      if (digest) entry.digest = digest;
      if (rendered) entry.rendered = rendered;
      if (deferredRender) entry.deferredRender = deferredRender;
      entries.set(id, entry);
      return true;
    },
    addAssetImport() {},
    addAssetImports() {},
    addModuleImport() {},
  };
  return { entries, store };
}

function generateDigest(data) {
  return native.digest(typeof data === 'string' ? data : JSON.stringify(data));
}

async function runLoader(name, config) {
  const { entries, store } = collectionStore(name);
  const loader = config.loader;
  const parseData = ({ id, data, _internal }) => parseEntryData(name, config, id, data, _internal);
  if (typeof loader === 'function') {
    // An inline loader: a function returning entries (an array with ids,
    // or an object keyed by id).
    const result = await loader();
    if (Array.isArray(result)) {
      for (const raw of result) {
        if (!raw || raw.id === undefined) throw new Error('Collection "' + name + '": every entry returned by the loader needs an `id`');
        store.set({ id: raw.id, data: await parseData({ id: String(raw.id), data: raw }) });
      }
    } else if (result && typeof result === 'object') {
      for (const [id, raw] of Object.entries(result)) {
        store.set({ id, data: await parseData({ id, data: { ...raw, id } }) });
      }
    }
    return entries;
  }
  if (!loader || typeof loader.load !== 'function') throw new Error('Collection "' + name + '": the loader has no load() function');
  const meta = new Map();
  await loader.load({
    collection: name,
    store,
    meta: { get: (k) => meta.get(k), set: (k, v) => meta.set(k, v), has: (k) => meta.has(k), delete: (k) => meta.delete(k) },
    logger: makeLogger(loader.name || name),
    config: { root: projectRoot() },
    parseData,
    generateDigest,
    renderMarkdown: async (md) => { const r = nativeLoad({ loader: 'markdown', text_md: md }); return { html: r.html, metadata: { headings: r.headings, localImagePaths: [], remoteImagePaths: [], frontmatter: {}, imagePaths: [] } }; },
    watcher: undefined,
    refreshContextData: undefined,
  });
  return entries;
}

// Astro 2–4 collections (no loader): `type: 'content'` entries are the
// Markdown files of src/content/<name>/ with `id` (the path), `slug` and
// `render()`; `type: 'data'` entries are its JSON and YAML files.
async function runLegacy(name, config, contentDir) {
  const type = config.type || 'content';
  const exts = type === 'data' ? '{json,yaml,yml}' : '{md,mdx,markdown,mdown,mkdn,mkd,mdwn}';
  const res = nativeLoad({ loader: 'glob', base: contentDir + '/' + name, pattern: ['**/*.' + exts, '!**/_*/**', '!**/_*'], legacy: true });
  const entries = new Map();
  for (const e of res.entries) {
    if (type === 'data') {
      const data = await parseEntryData(name, config, e.path, dataObject(e, name), { filePath: e.filePath });
      entries.set(e.path, { id: e.path, collection: name, data });
      continue;
    }
    const { slug: fmSlug, ...rest } = e.data;
    if (fmSlug !== undefined && typeof fmSlug !== 'string') {
      throw new AstroError({ name: 'InvalidContentEntrySlugError', title: 'Invalid content entry slug.', message: name + ' → ' + e.entry + ' has an invalid slug. `slug` must be a string.' });
    }
    const slug = fmSlug ?? e.slug;
    const data = await parseEntryData(name, config, e.entry, rest, { filePath: e.filePath, rawData: e.rawData });
    const rendered = e.rendered;
    const kind = e.kind;
    const entry = {
      id: e.entry,
      slug,
      body: e.legacyBody,
      collection: name,
      data,
      render: async () => renderResult(rendered ? { html: rendered.html, metadata: { headings: rendered.headings, frontmatter: e.data } } : undefined, kind, name, e.entry),
    };
    entries.set(e.entry, entry);
  }
  Object.defineProperty(entries, LEGACY, { value: type });
  return entries;
}

function dataObject(e, collection) {
  const d = e.data;
  if (e.kind === 'json' && (d === null || typeof d !== 'object' || Array.isArray(d))) {
    throw new AstroError({ name: 'DataCollectionError', title: 'Data collection entry failed to parse.', message: '**' + collection + ' → ' + e.entry + '** failed to parse: JSON data must be an object.' });
  }
  return d == null ? {} : d;
}

function loadCollection(name) {
  if (!loaded.has(name)) {
    loaded.set(name, contentConfig().then(({ collections, contentDir }) => {
      const config = Object.prototype.hasOwnProperty.call(collections, name) ? collections[name] : undefined;
      if (!config) return undefined;
      return config.loader ? runLoader(name, config) : runLegacy(name, config, contentDir);
    }));
  }
  return loaded.get(name);
}

// loadAll loads every collection (a server build stores what the loaders
// read, so the server needs no content files).
export async function __cometLoadAll() {
  const { collections } = await contentConfig();
  for (const name of Object.keys(collections)) await loadCollection(name);
}

function publicEntry(name, entry) {
  if (entry.collection !== undefined && entry.render) return entry; // legacy entries are complete
  return { ...entry, collection: name };
}

export async function getCollection(collection, filter) {
  const entries = await loadCollection(collection);
  if (!entries || entries.size === 0) {
    contentLog.warn('The collection ' + JSON.stringify(collection) + ' does not exist or is empty. Please check your content config file for errors.');
    return [];
  }
  const result = [];
  for (const raw of entries.values()) {
    const entry = publicEntry(collection, raw);
    if (typeof filter === 'function' && !filter(entry)) continue;
    result.push(entry);
  }
  return result;
}

export async function getEntry(collectionOrLookup, lookup) {
  let collection, id;
  if (typeof collectionOrLookup === 'string') {
    collection = collectionOrLookup;
    if (!lookup) throw new AstroError({ name: 'UnknownContentCollectionError', title: 'Unknown content collection error.', message: '`getEntry()` requires an entry identifier as the second argument.' });
    id = lookup;
  } else {
    collection = collectionOrLookup.collection;
    id = 'id' in collectionOrLookup ? collectionOrLookup.id : collectionOrLookup.slug;
  }
  if (typeof id === 'object') {
    throw new AstroError({ name: 'UnknownContentCollectionError', title: 'Unknown content collection error.', message: 'The entry identifier must be a string. Received object.' });
  }
  const entries = await loadCollection(collection);
  if (!entries) return undefined;
  if (entries[LEGACY] === 'content') {
    for (const e of entries.values()) if (e.slug === id) return e;
    return undefined;
  }
  const entry = entries.get(String(id));
  if (!entry) {
    contentLog.warn('Entry ' + collection + ' → ' + id + ' was not found.');
    return undefined;
  }
  return publicEntry(collection, entry);
}

export async function getEntries(entries) {
  return Promise.all(entries.map((e) => getEntry(e)));
}

export async function getEntryBySlug(collection, slug) {
  return getEntry(collection, slug);
}

export async function getDataEntryById(collection, id) {
  return getEntry(collection, id);
}

function renderResult(rendered, kind, collection, id) {
  if (kind === 'mdx') {
    throw new AstroError({ name: 'UnknownContentCollectionError', title: 'Unknown content collection error.', message: 'Comet cannot render MDX entries (' + collection + ' → ' + id + '): MDX is a component. Read entry.body instead.' });
  }
  // Content is an Astro component, which an endpoint cannot call (Astro
  // throws InvalidComponentArgs too); the HTML is entry.rendered.html.
  const Content = function Content() {
    throw new AstroError({ name: 'InvalidComponentArgs', title: 'Invalid component arguments.', message: 'Invalid arguments passed to component.', hint: 'Astro components cannot be rendered directly via function call, such as `Component()` or `{items.map(Component)}`.' });
  };
  Content.isAstroComponentFactory = true;
  return {
    Content,
    headings: (rendered && rendered.metadata && rendered.metadata.headings) || [],
    remarkPluginFrontmatter: (rendered && rendered.metadata && rendered.metadata.frontmatter) || {},
  };
}

export async function render(entry) {
  if (!entry) {
    throw new AstroError({ name: 'RenderUndefinedEntryError', title: 'Attempted to render an undefined content collection entry.', hint: 'Check if the entry is undefined before passing it to `render()`.' });
  }
  if (typeof entry.render === 'function') return entry.render();
  return renderResult(entry.rendered, entry.deferredRender ? 'mdx' : 'md', entry.collection, entry.id);
}

function unsupported(name) {
  return async () => { throw new Error('astro:content: ' + name + '() (live collections) is not supported by Comet'); };
}
export const getLiveCollection = unsupported('getLiveCollection');
export const getLiveEntry = unsupported('getLiveEntry');

// --- loaders (astro/loaders) ---

function checkPrefix(pattern, p) {
  return Array.isArray(pattern) ? pattern.some((x) => x.startsWith(p)) : pattern.startsWith(p);
}

function baseString(base) {
  if (base === undefined) return '';
  if (base instanceof URL) return base.href;
  return String(base);
}

export function glob(options) {
  if (checkPrefix(options.pattern, '../')) throw new Error('Glob patterns cannot start with `../`. Set the `base` option to a parent directory instead.');
  if (checkPrefix(options.pattern, '/')) throw new Error('Glob patterns cannot start with `/`. Set the `base` option to a parent directory or use a relative path instead.');
  const patterns = Array.isArray(options.pattern) ? options.pattern : [options.pattern];
  const generateId = options.generateId || (({ data, entry }) => (data.slug ? String(data.slug) : slugs.get(entry)));
  const slugs = new Map();
  return {
    name: 'glob-loader',
    load: async ({ collection, store, parseData, logger }) => {
      const res = nativeLoad({ loader: 'glob', base: baseString(options.base), pattern: patterns });
      for (const w of res.warnings) logger.warn(w);
      const root = projectRoot();
      const baseURL = new URL(encodeURI(res.base.replace(/\/?$/, '/')), root);
      if (res.entries.length === 0 && !res.warnings.some((w) => w.startsWith('The base directory'))) {
        logger.warn('No files found matching "' + patterns.join(',') + '" in directory "' + res.base + '"');
        return;
      }
      const seen = new Map();
      for (const e of res.entries) {
        const data = e.kind === 'md' || e.kind === 'mdx' ? e.data : dataObject(e, collection);
        slugs.set(e.entry, e.slug);
        const id = String(generateId({ entry: e.entry, base: baseURL, data }));
        if (seen.has(id)) {
          logger.warn('**' + collection + '** contains multiple entries with the same slug: `' + id + '`. Slugs must be unique.\n\nEntries: \n- ' + seen.get(id) + '\n- ' + e.filePath);
        }
        seen.set(id, e.filePath);
        const parsed = await parseData({ id, data, filePath: root.pathname + e.filePath, _internal: { filePath: e.filePath, rawData: e.rawData } });
        const body = options.retainBody === false ? undefined : e.body;
        const entry = { id, data: parsed, body, filePath: e.filePath, digest: e.digest };
        if (e.rendered) {
          entry.rendered = { html: e.rendered.html, metadata: { headings: e.rendered.headings, localImagePaths: [], remoteImagePaths: [], frontmatter: data, imagePaths: [] } };
        } else if (e.kind === 'mdx') {
          entry.deferredRender = true;
        }
        store.set(entry);
      }
    },
  };
}

export function file(fileName, options) {
  if (fileName.includes('*')) {
    throw new AstroError({ name: 'FileGlobNotSupported', title: 'Glob patterns are not supported in the file loader.', message: 'Glob patterns are not supported in the `file` loader. Use the `glob` loader instead.' });
  }
  const ext = fileName.split('.').at(-1);
  const parser = options && options.parser;
  if (!parser && !['json', 'yml', 'yaml', 'toml'].includes(ext)) {
    throw new AstroError({ name: 'FileParserNotFound', title: 'File parser not found.', message: "No parser was found for '" + fileName + "'. Pass a parser function (e.g. `parser: csv`) to the `file` loader." });
  }
  return {
    name: 'file-loader',
    load: async ({ collection, store, parseData, logger }) => {
      const res = nativeLoad({ loader: 'file', file: fileName, text: !!parser });
      if (res.missing) { logger.error('File not found: ' + fileName); return; }
      let data;
      try {
        if (res.error) throw new Error(res.error);
        data = parser ? await parser(res.text) : res.data;
      } catch (err) {
        logger.error('Error reading data from ' + fileName);
        return;
      }
      const filePath = res.filePath;
      store.clear();
      if (Array.isArray(data)) {
        if (data.length === 0) logger.warn('No items found in ' + fileName);
        const ids = new Set();
        for (const raw of data) {
          const id = (raw.id ?? raw.slug)?.toString();
          if (!id) { logger.error('Item in ' + fileName + ' is missing an id or slug field.'); continue; }
          if (ids.has(id)) logger.warn('**' + collection + '** contains multiple entries with the same slug: `' + id + '`. Slugs must be unique.\n\nEntries: \n- ' + fileName + '\n- ' + fileName);
          ids.add(id);
          store.set({ id, data: await parseData({ id, data: raw, _internal: { filePath } }), filePath });
        }
      } else if (data && typeof data === 'object') {
        for (const [id, raw] of Object.entries(data)) {
          if (id === '$schema' && typeof raw === 'string') continue;
          store.set({ id, data: await parseData({ id, data: raw, _internal: { filePath } }), filePath });
        }
      } else {
        logger.error('Invalid data in ' + fileName + '. Must be an array or object.');
      }
    },
  };
}

globalThis.__cometContentLoadAll = __cometLoadAll;
