// stubFetch returns a fetch function that records each request (method,
// URL, headers, body) and answers with respond's Response, so client
// libraries run their whole request path without a network.
export type Call = { method: string; url: string; headers: [string, string][]; body: string };

export function stubFetch(respond: (req: Request) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    calls.push({ method: req.method, url: req.url, headers: [...req.headers], body: await req.clone().text() });
    return respond(req);
  };
  return { fetch, calls };
}

// withGlobalFetch runs f with globalThis.fetch replaced by fetch, for
// libraries that take no fetch option.
export async function withGlobalFetch<T>(fetch: typeof globalThis.fetch, f: () => Promise<T>): Promise<T> {
  const saved = globalThis.fetch;
  globalThis.fetch = fetch;
  try {
    return await f();
  } finally {
    globalThis.fetch = saved;
  }
}

export const json = (value: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json', ...headers } });
