// nodemailer: build a message with the stream transport (no network):
// MIME encoding, headers, attachments, through Node streams.
import type { APIRoute } from 'astro';
import nodemailer from 'nodemailer';

export const GET: APIRoute = async () => {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await transport.sendMail({
    from: 'Comet <comet@example.com>',
    to: 'user@example.com',
    subject: 'Héllo ✓',
    text: 'Plain body with ünïcode',
    html: '<p>HTML body</p>',
    messageId: '<fixed@example.com>',
    date: new Date(Date.UTC(2024, 1, 27, 9, 30)),
    attachments: [{ filename: 'a.txt', content: 'attached text' }],
    headers: { 'X-Comet': '1' },
  });
  const raw = (info.message as Buffer).toString();
  // The MIME boundaries are random: replace them.
  const boundaries = [...new Set(raw.match(/--_NmP-[\w-]+/g) || [])];
  let stable = raw;
  boundaries.forEach((b, i) => { stable = stable.split(b.slice(2)).join('BOUNDARY' + i); });
  return new Response(JSON.stringify({ envelope: info.envelope, messageId: info.messageId, raw: stable }, null, 2));
};
