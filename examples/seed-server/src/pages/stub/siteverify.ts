import type { APIRoute } from 'astro';

// A stand-in for https://www.google.com/recaptcha/api/siteverify: the token
// "valid-token" passes, anything else fails, as Google answers.
export const POST: APIRoute = async ({ request }) => {
  const { secret, response } = await request.json();
  if (!secret) {
    return Response.json({ success: false, 'error-codes': ['missing-input-secret'] });
  }
  if (response === 'valid-token') {
    return Response.json({ success: true, challenge_ts: new Date(0).toISOString(), hostname: 'localhost' });
  }
  return Response.json({ success: false, 'error-codes': ['invalid-input-response'] });
};
