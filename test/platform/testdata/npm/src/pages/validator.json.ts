// validator: the string validators and sanitizers forms use.
import type { APIRoute } from 'astro';
import validator from 'validator';

export const GET: APIRoute = () => {
  const emails = ['a@b.co', 'bad@', 'ünï@exämple.com', 'x+tag@example.co.uk', '"quoted"@example.com'];
  const urls = ['https://example.com/a?b=c', 'ftp://x.y', 'example.com', 'http://localhost:3000', 'javascript:alert(1)'];
  const out = {
    email: emails.map((e) => validator.isEmail(e)),
    url: urls.map((u) => validator.isURL(u)),
    urlStrict: urls.map((u) => validator.isURL(u, { require_protocol: true, protocols: ['https'] })),
    misc: [validator.isUUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8'), validator.isISO8601('2024-02-29T12:00:00Z'), validator.isISO8601('2023-02-29', { strict: true }), validator.isIP('::1'), validator.isCreditCard('4111111111111111'), validator.isStrongPassword('Ab1!abcd'), validator.isSlug('a-b-c'), validator.isMobilePhone('+4915112345678', 'de-DE'), validator.isPostalCode('10115', 'DE'), validator.isAlpha('Grüße', 'de-DE')],
    sanitize: [validator.escape('<a href="x">&\'</a>'), validator.normalizeEmail('Foo.Bar+tag@GoogleMail.com'), validator.trim('  x  '), validator.toDate('2024-02-29')?.toISOString(), validator.stripLow('a\u0001b\nc', true), validator.blacklist('a-b_c', '\\-_')],
  };
  return new Response(JSON.stringify(out, null, 2));
};
