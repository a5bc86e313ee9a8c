// The feed, in English: dates through toLocaleDateString('en-US', …),
// Intl.DateTimeFormat, toUTCString and toISOString.
import type { APIRoute } from 'astro';
import { rss } from '../lib/feed.mjs';

export const GET: APIRoute = ({ site }) => {
  return new Response(rss(site ?? 'http://localhost:4321/'), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
