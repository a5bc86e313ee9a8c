// openai: a chat completion, a streamed one (server-sent events through
// ReadableStream) and an API error, against a stub fetch. The SDK's
// x-stainless-* headers describe the platform (os, runtime, versions), so
// only their names are compared.
import type { APIRoute } from 'astro';
import OpenAI from 'openai';
import { json, stubFetch } from '../stub';

export const GET: APIRoute = async () => {
  const stub = stubFetch(async (req) => {
    const body = await req.json().catch(() => ({}));
    if (body.model === 'missing') return json({ error: { message: 'The model `missing` does not exist', type: 'invalid_request_error', code: 'model_not_found' } }, 404, { 'x-request-id': 'req_1' });
    if (body.stream) {
      const events = ['Hel', 'lo ✓'].map((t, i) => `data: ${JSON.stringify({ id: 'c2', object: 'chat.completion.chunk', created: 1709200000, model: body.model, choices: [{ index: 0, delta: { content: t }, finish_reason: i ? 'stop' : null }] })}\n\n`);
      const enc = new TextEncoder();
      const stream = new ReadableStream({ start(c) { for (const e of [...events, 'data: [DONE]\n\n']) c.enqueue(enc.encode(e)); c.close(); } });
      return new Response(stream, { headers: { 'content-type': 'text/event-stream' } });
    }
    return json({ id: 'c1', object: 'chat.completion', created: 1709200000, model: body.model, choices: [{ index: 0, message: { role: 'assistant', content: 'Hi!' }, finish_reason: 'stop' }], usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 } }, 200, { 'x-request-id': 'req_0' });
  });
  const client = new OpenAI({ apiKey: 'sk-test', baseURL: 'https://api.example.com/v1', fetch: stub.fetch, maxRetries: 0 });
  const completion = await client.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'Hello' }], temperature: 0 });
  const chunks: string[] = [];
  const stream = await client.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'Hello' }], stream: true });
  for await (const chunk of stream) chunks.push(chunk.choices[0]?.delta?.content ?? '');
  let error;
  try {
    await client.chat.completions.create({ model: 'missing', messages: [] });
  } catch (e: any) {
    error = [e instanceof OpenAI.APIError, e.constructor.name, e.status, e.message, e.code, e.requestID];
  }
  const calls = stub.calls.map((c) => ({ ...c, headers: c.headers.map(([k, v]) => (k.startsWith('x-stainless-') || k === 'user-agent' ? [k] : [k, v])) }));
  return new Response(JSON.stringify({ completion, chunks, error, calls }, null, 2));
};
