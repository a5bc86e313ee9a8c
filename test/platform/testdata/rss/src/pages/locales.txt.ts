// The same dates in other locales (de-DE, fr-FR, ja-JP, …), in UTC.
import type { APIRoute } from 'astro';
import { localeDates } from '../lib/feed.mjs';

export const GET: APIRoute = () => new Response(localeDates());
