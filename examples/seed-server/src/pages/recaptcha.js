// The seed's captcha check. The secret stays on the server. Google's
// siteverify URL is taken from RECAPTCHA_VERIFY_URL; by default this example
// asks its own local stub (src/pages/stub/siteverify.ts), so it runs offline.
export async function post({ request }) {
  const data = await request.json();

  const recaptchaURL = process.env.RECAPTCHA_VERIFY_URL || new URL('/stub/siteverify', request.url).href;
  const requestBody = {
    secret: import.meta.env.RECAPTCHA_SECRET ?? "YOUR_SITE_SECRET_KEY",   // This can be an environment variable
    response: data.recaptcha          // The token passed in from the client
  };

  const response = await fetch(recaptchaURL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(requestBody)
  });

  const responseData = await response.json();

  return new Response(JSON.stringify(responseData), { status: 200 });
}
