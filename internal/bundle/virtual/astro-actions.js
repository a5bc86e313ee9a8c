// astro:actions as Astro 7 has it (actions/runtime/server.ts, client.ts,
// load.ts, handler.ts, utils.ts), written for Comet. Results travel as
// Astro's wire format: data as devalue (application/json+devalue, URL
// objects kept), no data as 204, errors as JSON ({ type, code, status,
// message } or an input error's { type, issues, fields }).
//
// __cometActions and __cometActionsRoute are Comet's: the bundle entry
// calls __cometActions with a loader for src/actions and hands the result
// to endpoint.js (the action step at the bottom of the middleware chain,
// context.callAction and context.getActionResult); __cometActionsRoute is
// the POST of the injected /_actions/[...path] route.
import { stringify as devalueStringify, parse as devalueParse } from 'comet:devalue';
import config from 'comet:astro-config';

export const ACTION_QUERY_PARAMS = { actionName: '_action', actionPayload: '_astroActionPayload' };
const ACTION_RPC_ROUTE_PATTERN = '/_actions/[...path]';
// security.actionBodySizeLimit's default (core/config/schemas/defaults.ts).
const BODY_SIZE_LIMIT = typeof config.actionBodySizeLimit === 'number' ? config.actionBodySizeLimit : 1024 * 1024;
const ACTION_API_CONTEXT_SYMBOL = Symbol.for('astro.actionAPIContext');
const isDev = typeof __cometEnv !== 'undefined' && !!__cometEnv.DEV;

function astroError(name, message, hint) {
  const e = new Error(message);
  e.name = name;
  if (hint) e.hint = hint;
  return e;
}

const calledFromServer = () => astroError('ActionCalledFromServerError',
  'Action called from a server-rendered page or endpoint without using `Astro.callAction()`. This wrapper must be used to call actions from server code.',
  'See the `Astro.callAction()` reference for usage examples: https://docs.astro.build/en/reference/api-reference/#callaction');

const codeToStatusMap = {
  BAD_REQUEST: 400, UNAUTHORIZED: 401, PAYMENT_REQUIRED: 402, FORBIDDEN: 403, NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405, NOT_ACCEPTABLE: 406, PROXY_AUTHENTICATION_REQUIRED: 407, REQUEST_TIMEOUT: 408,
  CONFLICT: 409, GONE: 410, LENGTH_REQUIRED: 411, PRECONDITION_FAILED: 412, CONTENT_TOO_LARGE: 413,
  URI_TOO_LONG: 414, UNSUPPORTED_MEDIA_TYPE: 415, RANGE_NOT_SATISFIABLE: 416, EXPECTATION_FAILED: 417,
  MISDIRECTED_REQUEST: 421, UNPROCESSABLE_CONTENT: 422, LOCKED: 423, FAILED_DEPENDENCY: 424, TOO_EARLY: 425,
  UPGRADE_REQUIRED: 426, PRECONDITION_REQUIRED: 428, TOO_MANY_REQUESTS: 429,
  REQUEST_HEADER_FIELDS_TOO_LARGE: 431, UNAVAILABLE_FOR_LEGAL_REASONS: 451, INTERNAL_SERVER_ERROR: 500,
  NOT_IMPLEMENTED: 501, BAD_GATEWAY: 502, SERVICE_UNAVAILABLE: 503, GATEWAY_TIMEOUT: 504,
  HTTP_VERSION_NOT_SUPPORTED: 505, VARIANT_ALSO_NEGOTIATES: 506, INSUFFICIENT_STORAGE: 507, LOOP_DETECTED: 508,
  NETWORK_AUTHENTICATION_REQUIRED: 511,
};
const statusToCodeMap = Object.fromEntries(Object.entries(codeToStatusMap).map(([k, v]) => [v, k]));

export class ActionError extends Error {
  constructor(params) {
    super(params.message);
    this.type = 'AstroActionError';
    this.code = params.code;
    this.status = ActionError.codeToStatus(params.code);
    if (params.stack) this.stack = params.stack;
  }
  static codeToStatus(code) { return codeToStatusMap[code]; }
  static statusToCode(status) { return statusToCodeMap[status] ?? 'INTERNAL_SERVER_ERROR'; }
  static fromJson(body) {
    if (isInputError(body)) return new ActionInputError(body.issues);
    if (isActionError(body)) return new ActionError(body);
    return new ActionError({ code: 'INTERNAL_SERVER_ERROR' });
  }
}

export function isActionError(error) {
  return typeof error === 'object' && error != null && 'type' in error && error.type === 'AstroActionError';
}

export function isInputError(error) {
  return typeof error === 'object' && error != null && 'type' in error && error.type === 'AstroActionInputError' &&
    'issues' in error && Array.isArray(error.issues);
}

export class ActionInputError extends ActionError {
  constructor(issues) {
    super({ message: 'Failed to validate: ' + JSON.stringify(issues, null, 2), code: 'BAD_REQUEST' });
    this.type = 'AstroActionInputError';
    this.issues = issues;
    this.fields = {};
    for (const issue of issues) {
      if (issue.path.length > 0) {
        const key = issue.path[0].toString();
        (this.fields[key] ??= []).push(issue.message);
      }
    }
  }
}

// Zod schemas are the project's own zod (v4, as Astro 7's; v3 schemas
// work where their shape allows). zodKind names a schema's kind as zod 4's
// def.type does.
const V3_KINDS = {
  ZodObject: 'object', ZodOptional: 'optional', ZodNullable: 'nullable', ZodDefault: 'default',
  ZodEffects: 'pipe', ZodPipeline: 'pipe', ZodBoolean: 'boolean', ZodArray: 'array', ZodNumber: 'number',
  ZodDiscriminatedUnion: 'union',
};
function zodDef(s) { return s && (s._zod ? s._zod.def : s._def); }
function zodKind(s) {
  const d = zodDef(s);
  if (!d) return '';
  if (s._zod) return d.type;
  return V3_KINDS[d.typeName] || '';
}
function zodShape(s) {
  const d = zodDef(s);
  return typeof d.shape === 'function' ? d.shape() : d.shape;
}
function zodInner(s) {
  const d = zodDef(s);
  return d.innerType || d.schema || d.in;
}
function zodPipeIn(s) {
  const d = zodDef(s);
  return d.in || d.schema;
}
function zodCatchall(s) {
  const c = zodDef(s).catchall;
  return !!c && zodDef(c) && zodDef(c).type !== 'never' && zodDef(c).typeName !== 'ZodNever';
}
function literalValues(s) {
  if (!s) return new Set();
  if (s._zod && s._zod.values) return s._zod.values;
  if (s.values instanceof Set) return s.values;
  const d = zodDef(s);
  return new Set(d && 'value' in d ? [d.value] : d && d.values ? d.values : []);
}
function unionOptions(s) {
  const d = zodDef(s);
  return d.options instanceof Map ? [...d.options.values()] : d.options || [];
}
function findVariant(s, typeKey, typeValue) {
  return unionOptions(s).find((o) => literalValues(zodShape(o)[typeKey]).has(typeValue));
}

async function safeParse(schema, input) {
  if (typeof schema.safeParseAsync === 'function') return schema.safeParseAsync(input);
  const r = await schema['~standard'].validate(input);
  return r.issues ? { success: false, error: { issues: r.issues } } : { success: true, data: r.value };
}

export function defineAction({ accept, input: inputSchema, handler }) {
  const serverHandler = accept === 'form' ? formServerHandler(handler, inputSchema) : jsonServerHandler(handler, inputSchema);
  async function safeServerHandler(unparsedInput) {
    if (typeof this === 'function' || !isActionAPIContext(this)) throw calledFromServer();
    return callSafely(() => serverHandler(unparsedInput, this));
  }
  Object.assign(safeServerHandler, {
    orThrow(unparsedInput) {
      if (typeof this === 'function') throw calledFromServer();
      return serverHandler(unparsedInput, this);
    },
  });
  return safeServerHandler;
}

function formServerHandler(handler, inputSchema) {
  return async (unparsedInput, context) => {
    if (!(unparsedInput instanceof FormData)) {
      throw new ActionError({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'This action only accepts FormData.' });
    }
    if (!inputSchema) return await handler(unparsedInput, context);
    const baseSchema = unwrapBaseObjectSchema(inputSchema, unparsedInput);
    const input = zodKind(baseSchema) === 'object' ? formDataToObject(unparsedInput, baseSchema) : unparsedInput;
    const parsed = await safeParse(inputSchema, input);
    if (!parsed.success) throw new ActionInputError(parsed.error.issues);
    return await handler(parsed.data, context);
  };
}

function jsonServerHandler(handler, inputSchema) {
  return async (unparsedInput, context) => {
    if (unparsedInput instanceof FormData) {
      throw new ActionError({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'This action only accepts JSON.' });
    }
    if (!inputSchema) return await handler(unparsedInput, context);
    const parsed = await safeParse(inputSchema, unparsedInput);
    if (!parsed.success) throw new ActionInputError(parsed.error.issues);
    return await handler(parsed.data, context);
  };
}

function unwrapBaseObjectSchema(schema, formData) {
  const kind = zodKind(schema);
  if (kind === 'pipe') return unwrapBaseObjectSchema(zodPipeIn(schema), formData);
  if (kind === 'union' && zodDef(schema).discriminator) {
    const typeKey = zodDef(schema).discriminator;
    const typeValue = formData.get(typeKey);
    if (typeof typeValue !== 'string') return schema;
    return findVariant(schema, typeKey, typeValue) || schema;
  }
  return schema;
}

// formDataToObject is Astro's: fields by the object schema's shape;
// booleans from 'true'/'false'/presence, numbers with Number(), arrays
// with getAll, dotted names for nested objects, defaults for absent keys.
export function formDataToObject(formData, schema, prefix = '') {
  const formKeys = [...formData.keys()];
  const obj = zodCatchall(schema)
    ? Object.fromEntries([...formData.entries()].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]))
    : {};
  const shape = zodShape(schema);
  for (const key of Object.keys(shape)) {
    const baseValidator = shape[key];
    const prefixedKey = prefix + key;
    let validator = baseValidator;
    let kind = zodKind(validator);
    while (kind === 'optional' || kind === 'nullable' || kind === 'default') {
      if (kind === 'default' && !hasKeyOrPrefix(formKeys, prefixedKey)) {
        const dv = zodDef(validator).defaultValue;
        obj[key] = dv instanceof Function ? dv() : dv;
      }
      validator = zodInner(validator);
      kind = zodKind(validator);
    }
    while (kind === 'pipe') {
      validator = zodPipeIn(validator);
      kind = zodKind(validator);
    }
    if (kind === 'union' && zodDef(validator).discriminator) {
      const typeKey = zodDef(validator).discriminator;
      const typeValue = formData.get(prefixedKey + '.' + typeKey);
      if (typeof typeValue === 'string') {
        const match = findVariant(validator, typeKey, typeValue);
        if (match) {
          validator = match;
          kind = zodKind(validator);
        }
      }
    }
    if (kind === 'object') {
      const nestedPrefix = prefixedKey + '.';
      if (formKeys.some((k) => k.startsWith(nestedPrefix))) {
        obj[key] = formDataToObject(formData, validator, nestedPrefix);
      } else if (!(key in obj)) {
        obj[key] = zodKind(baseValidator) === 'nullable' ? null : undefined;
      }
    } else if (!formData.has(prefixedKey) && key in obj) {
      continue;
    } else if (kind === 'boolean') {
      const val = formData.get(prefixedKey);
      obj[key] = val === 'true' ? true : val === 'false' ? false : formData.has(prefixedKey);
    } else if (kind === 'array') {
      const entries = Array.from(formData.getAll(prefixedKey));
      const el = zodKind(zodDef(validator).element || zodDef(validator).type);
      if (el === 'number') obj[key] = entries.map(Number);
      else if (el === 'boolean') obj[key] = entries.map((v) => (v === 'true' ? true : v === 'false' ? false : Boolean(v)));
      else obj[key] = entries;
    } else {
      const value = formData.get(prefixedKey);
      if (!value) obj[key] = zodKind(baseValidator) === 'optional' ? undefined : null;
      else obj[key] = kind === 'number' ? Number(value) : value;
    }
  }
  return obj;
}

function hasKeyOrPrefix(formKeys, key) {
  const prefix = key + '.';
  return formKeys.some((k) => k === key || k.startsWith(prefix));
}

async function callSafely(handler) {
  try {
    const data = await handler();
    return { data, error: undefined };
  } catch (e) {
    if (e instanceof ActionError) return { data: undefined, error: e };
    return {
      data: undefined,
      error: new ActionError({ message: e instanceof Error ? e.message : 'Unknown error', code: 'INTERNAL_SERVER_ERROR' }),
    };
  }
}

let errorStack;

export function serializeActionResult(res) {
  if (res.error) {
    if (isDev) errorStack = res.error.stack;
    let body;
    if (res.error instanceof ActionInputError) {
      body = { type: res.error.type, issues: res.error.issues, fields: res.error.fields };
    } else {
      body = Object.assign({}, res.error, { message: res.error.message });
    }
    return { type: 'error', status: res.error.status, contentType: 'application/json', body: JSON.stringify(body) };
  }
  if (res.data === undefined) return { type: 'empty', status: 204 };
  let body;
  try {
    body = devalueStringify(res.data, { URL: (value) => value instanceof URL && value.href });
  } catch (e) {
    let hint = 'See the devalue library for all supported types: https://github.com/rich-harris/devalue';
    if (res.data instanceof Response) {
      hint = [301, 302, 303, 307, 308, 300, 304].includes(res.data.status)
        ? 'If you need to redirect when the action succeeds, trigger a redirect where the action is called. See the Actions guide for server and client redirect examples: https://docs.astro.build/en/guides/actions.'
        : 'If you need to return a Response object, try using a server endpoint instead. See https://docs.astro.build/en/guides/endpoints/#server-endpoints-api-routes';
    }
    throw astroError('ActionsReturnedInvalidDataError',
      'Action handler returned invalid data. Handlers should return serializable data types like objects, arrays, strings, and numbers. Parse error: ' + String(e), hint);
  }
  return { type: 'data', status: 200, contentType: 'application/json+devalue', body };
}

export function deserializeActionResult(res) {
  if (res.type === 'error') {
    let json;
    try {
      json = JSON.parse(res.body);
    } catch (e) {
      return { data: undefined, error: new ActionError({ message: res.body, code: 'INTERNAL_SERVER_ERROR' }) };
    }
    const error = ActionError.fromJson(json);
    if (isDev) error.stack = errorStack;
    return { error, data: undefined };
  }
  if (res.type === 'empty') return { data: undefined, error: undefined };
  return { data: devalueParse(res.body, { URL: (href) => new URL(href) }), error: undefined };
}

function getActionQueryString(name) {
  return '?' + new URLSearchParams({ [ACTION_QUERY_PARAMS.actionName]: name }).toString();
}

const shouldAppendTrailingSlash = config.trailingSlash === 'always' || (config.trailingSlash === 'ignore' && config.format === 'directory');

export function getActionPath(action) {
  const base = (typeof __cometEnv !== 'undefined' && __cometEnv.BASE_URL) || config.base || '/';
  let path = base.replace(/\/$/, '') + '/_actions/' + new URLSearchParams(action.toString()).get(ACTION_QUERY_PARAMS.actionName);
  if (shouldAppendTrailingSlash && !path.endsWith('/')) path += '/';
  return path;
}

// The user's actions, loaded on first use (load.ts getAction).
let loadActions = null;
let actionsModule;
const FORBIDDEN_PATH_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function actionNotFound(name) {
  return astroError('ActionNotFoundError',
    'The server received a request for an action named `' + name + "` but could not find a match. If you renamed an action, check that you've updated your `actions/index` file and your calling code to match.",
    'You can run `astro check` to detect type errors caused by mismatched action names.');
}

async function getAction(path) {
  const pathKeys = path.split('.').map((k) => decodeURIComponent(k));
  if (!loadActions) throw actionNotFound(pathKeys.join('.'));
  if (!actionsModule) actionsModule = await loadActions();
  let server = actionsModule.server;
  if (!server || typeof server !== 'object') {
    throw new TypeError('Expected `server` export in actions file to be an object. Received ' + typeof server + '.');
  }
  for (const key of pathKeys) {
    if (typeof server === 'function' || FORBIDDEN_PATH_KEYS.has(key) || !Object.hasOwn(server, key)) {
      throw actionNotFound(pathKeys.join('.'));
    }
    server = server[key];
  }
  if (typeof server !== 'function') {
    throw new TypeError('Expected handler for action ' + pathKeys.join('.') + ' to be a function. Received ' + typeof server + '.');
  }
  return server;
}

const ENCODED_DOT = '%2E';

function createActionsProxy({ actionCallback = {}, aggregatedPath = '', handleAction }) {
  return new Proxy(actionCallback, {
    get(target, objKey) {
      if (Object.prototype.hasOwnProperty.call(target, objKey) || typeof objKey === 'symbol') return target[objKey];
      const path = aggregatedPath + encodeURIComponent(objKey.toString()).replaceAll('.', ENCODED_DOT);
      function action(param) {
        return handleAction(param, path, this);
      }
      Object.assign(action, {
        queryString: getActionQueryString(path),
        toString: () => action.queryString,
        bind: action.bind,
        valueOf: () => action.valueOf,
        $$FORM_ACTION: function () {
          const searchParams = new URLSearchParams(action.toString());
          return { method: 'POST', name: '_astroAction', action: '?' + searchParams.toString() };
        },
        async orThrow(param) {
          const { data, error } = await handleAction(param, path, this);
          if (error) throw error;
          return data;
        },
      });
      return createActionsProxy({ actionCallback: action, aggregatedPath: path + '.', handleAction });
    },
  });
}

// isCometContext: a context Comet made for this request (endpoint.js sets
// the symbol), as Astro checks for its fetch state.
const COMET_CONTEXT = Symbol.for('comet.apiContext');

export const actions = createActionsProxy({
  handleAction: async (param, path, context) => {
    if (!context || !context[COMET_CONTEXT]) throw calledFromServer();
    const action = await getAction(path);
    return action.bind(context)(param);
  },
});

function isActionAPIContext(ctx) {
  return ctx != null && Reflect.get(ctx, ACTION_API_CONTEXT_SYMBOL) === true;
}

function getCallerInfo(ctx) {
  if (ctx.routePattern === ACTION_RPC_ROUTE_PATTERN) {
    return { from: 'rpc', name: ctx.url.pathname.replace(/^.*\/_actions\//, '') };
  }
  const q = ctx.url.searchParams.get(ACTION_QUERY_PARAMS.actionName);
  if (q) return { from: 'form', name: q };
  return undefined;
}

function hasContentType(contentType, expected) {
  const type = contentType.split(';')[0].toLowerCase();
  return expected.some((t) => type === t);
}

const tooLarge = () => new ActionError({ code: 'CONTENT_TOO_LARGE', message: 'Request body exceeds ' + BODY_SIZE_LIMIT + ' bytes' });

async function parseRequestBody(request) {
  const contentType = request.headers.get('content-type');
  const lengthHeader = request.headers.get('content-length');
  const contentLength = lengthHeader ? Number.parseInt(lengthHeader, 10) : undefined;
  const hasLength = typeof contentLength === 'number' && Number.isFinite(contentLength);
  if (!contentType) return undefined;
  if (hasLength && contentLength > BODY_SIZE_LIMIT) throw tooLarge();
  if (hasContentType(contentType, ['application/x-www-form-urlencoded', 'multipart/form-data'])) {
    if (!hasLength) {
      const body = new Uint8Array(await request.clone().arrayBuffer());
      if (body.byteLength > BODY_SIZE_LIMIT) throw tooLarge();
      return await new Request(request.url, { method: request.method, headers: request.headers, body }).formData();
    }
    return await request.clone().formData();
  }
  if (hasContentType(contentType, ['application/json'])) {
    if (contentLength === 0) return undefined;
    if (!hasLength) {
      const body = new Uint8Array(await request.clone().arrayBuffer());
      if (body.byteLength > BODY_SIZE_LIMIT) throw tooLarge();
      if (body.byteLength === 0) return undefined;
      return JSON.parse(new TextDecoder().decode(body));
    }
    return await request.clone().json();
  }
  throw new TypeError('Unsupported content type');
}

const trailingSlashTrim = shouldAppendTrailingSlash;

// getActionContext is Astro's: what middleware sees of an action request.
export function getActionContext(context) {
  const callerInfo = getCallerInfo(context);
  const alreadySet = Boolean(context.locals._actionPayload);
  let action;
  if (callerInfo && context.request.method === 'POST' && !alreadySet) {
    action = {
      calledFrom: callerInfo.from,
      name: callerInfo.name,
      handler: async () => {
        const name = trailingSlashTrim ? callerInfo.name.replace(/\/$/, '') : callerInfo.name;
        let baseAction;
        try {
          baseAction = await getAction(name);
        } catch (error) {
          if (error instanceof Error && error.name === 'ActionNotFoundError') {
            return { data: undefined, error: new ActionError({ code: 'NOT_FOUND' }) };
          }
          throw error;
        }
        let input;
        try {
          input = await parseRequestBody(context.request);
        } catch (e) {
          if (e instanceof ActionError) return { data: undefined, error: e };
          if (e instanceof TypeError) return { data: undefined, error: new ActionError({ code: 'UNSUPPORTED_MEDIA_TYPE' }) };
          throw e;
        }
        const omit = ['props', 'getActionResult', 'callAction', 'redirect'];
        const descriptors = Object.getOwnPropertyDescriptors(context);
        for (const k of omit) delete descriptors[k];
        const actionAPIContext = Object.create(Object.getPrototypeOf(context), descriptors);
        for (const k of omit) {
          if (k in actionAPIContext) Object.defineProperty(actionAPIContext, k, { value: undefined, enumerable: false });
        }
        Reflect.set(actionAPIContext, ACTION_API_CONTEXT_SYMBOL, true);
        return baseAction.bind(actionAPIContext)(input);
      },
    };
  }
  function setActionResult(actionName, actionResult) {
    context.locals._actionPayload = { actionResult, actionName };
  }
  return { action, setActionResult, serializeActionResult, deserializeActionResult };
}

// The action step (handler.ts handleAction): a Response for an RPC call,
// undefined to go on to the route (a form action's result is then in
// locals for getActionResult).
async function handle(context) {
  if (context.isPrerendered) return undefined;
  const { action, setActionResult } = getActionContext(context);
  if (!action) return undefined;
  const serialized = serializeActionResult(await action.handler());
  if (action.calledFrom === 'rpc') {
    if (serialized.type === 'empty') return new Response(null, { status: serialized.status });
    return new Response(serialized.body, { status: serialized.status, headers: { 'Content-Type': serialized.contentType } });
  }
  setActionResult(action.name, serialized);
  return undefined;
}

export function __cometActionsRoute(context) {
  // Reached only when the action step did not answer (the result was set
  // already, e.g. by middleware): Astro's route.ts then says 404.
  const { action } = getActionContext(context);
  if (!action || action.calledFrom !== 'rpc') return new Response('Not found', { status: 404 });
  return handle(context);
}

function callAction(context) {
  return (baseAction, input) => {
    Reflect.set(context, ACTION_API_CONTEXT_SYMBOL, true);
    return baseAction.bind(context)(input);
  };
}

function getActionResult(locals) {
  return (actionFn) => {
    if (!('_actionPayload' in locals) || actionFn.toString() !== getActionQueryString(locals._actionPayload.actionName)) {
      return undefined;
    }
    return deserializeActionResult(locals._actionPayload.actionResult);
  };
}

export function __cometActions(load) {
  loadActions = load;
  return { handle, callAction, getActionResult };
}
