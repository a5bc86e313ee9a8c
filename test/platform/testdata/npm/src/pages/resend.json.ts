// resend: send an email (the request it makes goes to a stub fetch) and
// read back the answer and an API error.
import type { APIRoute } from 'astro';
import { Resend } from 'resend';
import { json, stubFetch, withGlobalFetch } from '../stub';

export const GET: APIRoute = async () => {
  const stub = stubFetch((req) =>
    new URL(req.url).pathname === '/emails' ? json({ id: 'em_123' }) : json({ name: 'not_found', message: 'Not found', statusCode: 404 }, 404),
  );
  const resend = new Resend('re_test_123');
  const out = await withGlobalFetch(stub.fetch, async () => ({
    sent: await resend.emails.send({ from: 'Comet <a@example.com>', to: ['b@example.com'], subject: 'Hi ✓', html: '<p>Hi</p>', tags: [{ name: 'k', value: 'v' }] }),
    missing: await resend.emails.get('nope'),
  }));
  return new Response(JSON.stringify({ ...out, calls: stub.calls.map((c) => ({ ...c, headers: c.headers.filter(([k]) => k !== 'idempotency-key') })) }, null, 2));
};
