import { PUBLIC_API, RETRIES, DEBUG, API_KEY, getSecret } from 'astro:env/server';
import { PUBLIC_HELLO } from 'astro:env/client';
export const GET = () => Response.json({ api: PUBLIC_API, retries: RETRIES, debug: DEBUG, key: API_KEY ?? null, raw: getSecret('API_KEY') ?? null, client: PUBLIC_HELLO });
