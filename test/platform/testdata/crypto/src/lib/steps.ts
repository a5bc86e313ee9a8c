// run records each named check's result, or the error it threw, so that one
// failing check shows as one differing line rather than a failed page.
export async function run(checks: Record<string, () => unknown>): Promise<Response> {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(checks)) {
    try {
      out[name] = await fn();
    } catch (e: any) {
      out[name] = 'threw ' + (e && e.name) + (e && e.code ? ' ' + e.code : '');
    }
  }
  return new Response(JSON.stringify(out, null, 2), { headers: { 'Content-Type': 'application/json' } });
}

export const hex = (b: ArrayBuffer | Uint8Array) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
export const enc = (s: string) => new TextEncoder().encode(s);
