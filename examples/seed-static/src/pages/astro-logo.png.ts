import { logoBase64 } from '../lib/logo';

// The seed fetches the logo with fetch(); offline, the bytes come from a
// local module. `encoding: 'binary'` writes them as they are.
export async function get({ params, request }) {
  const buffer = Buffer.from(logoBase64, 'base64');
  return {
    body: buffer,
    encoding: 'binary',
  };
}
